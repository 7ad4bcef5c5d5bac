/**
 * A stand-in for the Alexa settings API on loopback: the skill reads the device's time zone and distance units
 * over HTTP exactly as it does from Alexa (GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SettingsApi {
  endpoint: string;
  /** Requests answered so far, by path. */
  requests: string[];
  set(deviceId: string, settings: { timeZone?: string; distanceUnits?: 'METRIC' | 'IMPERIAL' }): void;
  close(): Promise<void>;
}

export async function startSettingsApi(): Promise<SettingsApi> {
  const devices = new Map<string, { timeZone?: string; distanceUnits?: string }>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const match = /^\/v2\/devices\/([^/]+)\/settings\/System\.(timeZone|distanceUnits)$/.exec(req.url ?? '');
    const device = match ? devices.get(decodeURIComponent(match[1] ?? '')) : undefined;
    const value = match && device ? (match[2] === 'timeZone' ? device.timeZone : device.distanceUnits) : undefined;
    if (!req.headers.authorization?.startsWith('Bearer ') || value === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(value));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    set: (deviceId, settings) => devices.set(deviceId, settings),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
