import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { DistanceUnit } from '../coach/index.js';
import { isValidTimeZone } from './local-date.js';

/** The Alexa settings API is a nice-to-have for a turn: give up quickly rather than eat Alexa's 8 seconds. */
export const SETTINGS_TIMEOUT_MS = 800;

/**
 * ask-sdk's DefaultApiClient has no timeout, so a slow settings API would stall the turn. This one is the
 * same contract over fetch, with a deadline.
 */
export class TimeoutApiClient implements services.ApiClient {
  constructor(private readonly timeoutMs = SETTINGS_TIMEOUT_MS) {}

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const headers = new Headers();
    for (const { key, value } of request.headers ?? []) headers.append(key, value);
    const res = await fetch(request.url, {
      method: request.method,
      headers,
      ...(request.body ? { body: request.body } : {}),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = await res.text();
    const out: services.ApiClientResponse = { statusCode: res.status, body, headers: [] };
    res.headers.forEach((value, key) => out.headers.push({ key, value }));
    return out;
  }
}

export interface DeviceSettings {
  timeZone?: string;
  unit?: DistanceUnit;
}

/** Reads the device's time zone and distance units; whatever fails is simply left out. */
export async function readDeviceSettings(input: HandlerInput): Promise<DeviceSettings> {
  const system = input.requestEnvelope.context?.System;
  const deviceId = system?.device?.deviceId;
  if (!deviceId || !system?.apiEndpoint || !system.apiAccessToken || !input.serviceClientFactory) return {};
  let ups: services.ups.UpsServiceClient;
  try {
    ups = input.serviceClientFactory.getUpsServiceClient();
  } catch {
    return {};
  }
  const [zone, units] = await Promise.allSettled([ups.getSystemTimeZone(deviceId), ups.getSystemDistanceUnits(deviceId)]);
  const settings: DeviceSettings = {};
  if (zone.status === 'fulfilled' && isValidTimeZone(zone.value)) settings.timeZone = zone.value;
  if (units.status === 'fulfilled') {
    if (units.value === 'METRIC') settings.unit = 'km';
    else if (units.value === 'IMPERIAL') settings.unit = 'mile';
  }
  return settings;
}
