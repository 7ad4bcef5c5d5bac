/**
 * The runner's daily check-in reminder, through the Alexa Reminders API ("Alexa Reminders API Reference",
 * https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-api-reference.html): ask-sdk-model's
 * ReminderManagementServiceClient over our TimeoutApiClient, with a deadline of its own so a slow API gets a clear
 * spoken answer well inside Alexa's 8 seconds. Nothing is stored by the skill: the API is the only record.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { TimeoutApiClient } from './device-settings.js';

/** The Reminders API may take a moment to write; give up after this and say so. */
export const REMINDERS_TIMEOUT_MS = 2_000;

/** The permission scope the manifest declares and the voice permission request names. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** A time of day, as AMAZON.TIME sends a clock time ("07:00"). */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

export type ReminderFailure = 'no-permission' | 'timeout' | 'error';
export type ReminderResult<T> = { ok: true; value: T } | { ok: false; failure: ReminderFailure };

/** "07:00" -> 7:00; a part of the day ("MO"), a time with seconds or nonsense -> undefined: asked for, never guessed. */
export function parseTimeOfDay(value: unknown): TimeOfDay | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

export function formatTimeOfDay(t: TimeOfDay): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/** The daily rule for a time of day (RFC 5545 RRULE, as the Reminders API takes it in recurrenceRules). */
export function dailyRule(t: TimeOfDay): string {
  return `FREQ=DAILY;BYHOUR=${t.hour};BYMINUTE=${t.minute};BYSECOND=0`;
}

/** Whether the request says the runner has granted some permission (a consent token is only sent then). */
export function hasConsent(input: HandlerInput): boolean {
  const token = input.requestEnvelope.context?.System?.user?.permissions?.consentToken;
  return typeof token === 'string' && token.length > 0;
}

/**
 * The settings client's fetch with the reminders deadline. A timeout comes back as a plain Error named
 * TimeoutError: ask-sdk-model rewrites the message of whatever the client throws, which a DOMException refuses.
 */
class RemindersApiClient implements services.ApiClient {
  private readonly inner = new TimeoutApiClient(REMINDERS_TIMEOUT_MS);

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    try {
      return await this.inner.invoke(request);
    } catch (error) {
      const name = (error as { name?: unknown } | undefined)?.name;
      throw Object.assign(new Error('the Reminders API call failed'), { name: name === 'TimeoutError' || name === 'AbortError' ? 'TimeoutError' : 'FetchError' });
    }
  }
}

function clientOf(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient | undefined {
  const system = input.requestEnvelope.context?.System;
  if (!system?.apiEndpoint || !system.apiAccessToken) return undefined;
  return new services.reminderManagement.ReminderManagementServiceClient({
    apiClient: new RemindersApiClient(),
    apiEndpoint: system.apiEndpoint,
    authorizationValue: system.apiAccessToken,
  });
}

function failureOf(error: unknown): ReminderFailure {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 401 || status === 403) return 'no-permission';
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  return 'error';
}

async function attempt<T>(input: HandlerInput, call: (client: services.reminderManagement.ReminderManagementServiceClient) => Promise<T>): Promise<ReminderResult<T>> {
  const client = clientOf(input);
  if (!client) return { ok: false, failure: 'error' };
  try {
    return { ok: true, value: await call(client) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The next local wall-clock instant at `t` ("2026-11-25T07:00:00", no zone: the API reads it in timeZoneId). */
export function nextLocalOccurrence(now: Date, timeZone: string, t: TimeOfDay): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const nowMinutes = get('hour') * 60 + get('minute');
  const day = new Date(Date.UTC(get('year'), get('month') - 1, get('day')));
  if (t.hour * 60 + t.minute <= nowMinutes) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T${formatTimeOfDay(t)}:00`;
}

export interface DailyReminder {
  alertToken: string;
  time: TimeOfDay;
}

/** Creates the daily reminder; only an alertToken from the API counts as made. */
export function createDailyReminder(
  input: HandlerInput,
  request: { now: Date; timeZone: string; time: TimeOfDay; locale: string; text: string },
): Promise<ReminderResult<DailyReminder>> {
  const start = nextLocalOccurrence(request.now, request.timeZone, request.time);
  const body: services.reminderManagement.ReminderRequest = {
    // requestTime is the runner's local instant too, without a zone, as in Amazon's examples.
    requestTime: new Date(request.now).toISOString().slice(0, 19),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: start,
      timeZoneId: request.timeZone,
      recurrence: { startDateTime: start, recurrenceRules: [dailyRule(request.time)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: request.locale, text: request.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
  return attempt(input, async (client) => {
    const made = await client.createReminder(body);
    if (typeof made.alertToken !== 'string' || made.alertToken === '') throw new Error('no alertToken in the answer');
    return { alertToken: made.alertToken, time: request.time };
  });
}

/** The time of a reminder this skill made: daily, with its hour and minute in the rule. */
function dailyTimeOf(alert: services.reminderManagement.Reminder): TimeOfDay | undefined {
  if (alert.status !== undefined && alert.status !== 'ON') return undefined;
  for (const rule of alert.trigger?.recurrence?.recurrenceRules ?? []) {
    const m = /FREQ=DAILY.*BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2})/.exec(rule);
    if (m) {
      const t = { hour: Number(m[1]), minute: Number(m[2]) };
      if (t.hour < 24 && t.minute < 60) return t;
    }
  }
  return undefined;
}

/** The skill's daily reminders (the API lists only this skill's own). */
export function findDailyReminders(input: HandlerInput): Promise<ReminderResult<DailyReminder[]>> {
  return attempt(input, async (client) => {
    const list = await client.getReminders();
    return (list.alerts ?? []).flatMap((alert) => {
      const time = dailyTimeOf(alert);
      return time && alert.alertToken ? [{ alertToken: alert.alertToken, time }] : [];
    });
  });
}

export function deleteReminder(input: HandlerInput, alertToken: string): Promise<ReminderResult<void>> {
  return attempt(input, (client) => client.deleteReminder(alertToken));
}
