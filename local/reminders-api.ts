/**
 * A stand-in for the Alexa Reminders API on loopback, speaking its documented REST interface ("Alexa Reminders
 * API Reference", https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-api-reference.html):
 * POST /v1/alerts/reminders (201 with an alertToken), GET /v1/alerts/reminders, GET and DELETE
 * /v1/alerts/reminders/{alertToken}, each with a Bearer token. A token the runner has not granted the
 * reminders permission to is refused with 403, as the API refuses a skill without the permission.
 * The console (`npm start`) and the tests start it; faults (5xx, a slow answer) are set by the caller.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredReminder {
  alertToken: string;
  createdTime: string;
  updatedTime: string;
  status: 'ON';
  version: string;
  trigger: { type: string; scheduledTime?: string; timeZoneId?: string; recurrence?: { startDateTime?: string; recurrenceRules?: string[] } };
  alertInfo: { spokenInfo: { content: { locale: string; text: string }[] } };
  pushNotification: { status: string };
}

export interface RemindersApi {
  endpoint: string;
  /** Every request answered, as "METHOD path". */
  requests: string[];
  /** Reminders held, per access token. */
  remindersOf(token: string): StoredReminder[];
  /** The runner behind `token` allowed (or withdrew) the reminders permission. */
  permit(token: string, allowed?: boolean): void;
  /** Answer every request with this status (a 5xx), until cleared with undefined. */
  failWith(status: number | undefined): void;
  /** Hold every answer this long (longer than the skill's timeout for a "slow" API). */
  delay(ms: number): void;
  close(): Promise<void>;
}

const BASE = '/v1/alerts/reminders';
/** A local wall-clock time, as the API takes scheduledTime: no zone designator. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** What the API requires of a reminder this skill creates; a reason to refuse it, or undefined. */
function problemWith(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return 'body is not an object';
  const r = body as Partial<StoredReminder> & { requestTime?: unknown };
  if (typeof r.requestTime !== 'string') return 'requestTime missing';
  const trigger = r.trigger;
  if (!trigger || trigger.type !== 'SCHEDULED_ABSOLUTE') return 'trigger.type must be SCHEDULED_ABSOLUTE';
  if (typeof trigger.scheduledTime !== 'string' || !LOCAL_TIME.test(trigger.scheduledTime)) return 'trigger.scheduledTime must be local';
  if (typeof trigger.timeZoneId !== 'string' || trigger.timeZoneId === '') return 'trigger.timeZoneId missing';
  const rules = trigger.recurrence?.recurrenceRules;
  if (rules !== undefined && (!Array.isArray(rules) || !rules.every((x) => typeof x === 'string' && x.startsWith('FREQ=')))) return 'bad recurrenceRules';
  const content = r.alertInfo?.spokenInfo?.content;
  if (!Array.isArray(content) || content.length === 0 || !content.every((c) => typeof c.locale === 'string' && typeof c.text === 'string')) {
    return 'alertInfo.spokenInfo.content missing';
  }
  if (r.pushNotification?.status !== 'ENABLED' && r.pushNotification?.status !== 'DISABLED') return 'pushNotification.status missing';
  return undefined;
}

/**
 * `forward`: another stand-in (the settings API) that answers every other path, since Alexa gives a skill one
 * apiEndpoint for all its services.
 */
export async function startRemindersApi(options: { now?: () => Date; forward?: string } = {}): Promise<RemindersApi> {
  const now = options.now ?? (() => new Date());
  const byToken = new Map<string, StoredReminder[]>();
  const permitted = new Set<string>();
  const requests: string[] = [];
  let failure: number | undefined;
  let delayMs = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const body = await readBody(req);
      if (!path.startsWith(BASE) && options.forward) {
        const answer = await fetch(`${options.forward}${req.url ?? ''}`, {
          method: req.method ?? 'GET',
          headers: req.headers.authorization ? { authorization: req.headers.authorization } : {},
        });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
        return;
      }
      requests.push(`${req.method} ${path}`);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed) return;
      const send = (status: number, payload?: unknown): void => {
        if (payload === undefined) res.writeHead(status).end();
        else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      const auth = req.headers.authorization ?? '';
      if (!auth.startsWith('Bearer ') || auth.length <= 7) return send(401, { code: 'UNAUTHORIZED', message: 'no access token' });
      const token = auth.slice(7);
      if (failure !== undefined) return send(failure, { code: 'INTERNAL_SERVER_ERROR', message: 'stand-in fault' });
      if (!permitted.has(token)) return send(403, { code: 'FORBIDDEN', message: 'the reminders permission has not been granted' });
      const held = byToken.get(token) ?? [];
      byToken.set(token, held);
      if (path === BASE && req.method === 'POST') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          return send(400, { code: 'INVALID_BODY', message: 'not JSON' });
        }
        const problem = problemWith(parsed);
        if (problem) return send(400, { code: 'INVALID_REQUEST', message: problem });
        const r = parsed as StoredReminder;
        const at = now().toISOString();
        const stored: StoredReminder = {
          alertToken: randomUUID(),
          createdTime: at,
          updatedTime: at,
          status: 'ON',
          version: '1',
          trigger: r.trigger,
          alertInfo: r.alertInfo,
          pushNotification: r.pushNotification,
        };
        held.push(stored);
        return send(201, { alertToken: stored.alertToken, createdTime: at, updatedTime: at, status: 'ON', version: '1', href: `${BASE}/${stored.alertToken}` });
      }
      if (path === BASE && req.method === 'GET') return send(200, { totalCount: String(held.length), alerts: held, links: null });
      const one = path.startsWith(`${BASE}/`) ? decodeURIComponent(path.slice(BASE.length + 1)) : undefined;
      const index = one === undefined ? -1 : held.findIndex((r) => r.alertToken === one);
      if (one !== undefined && index < 0) return send(404, { code: 'NOT_FOUND', message: 'no such reminder' });
      if (one !== undefined && req.method === 'GET') return send(200, held[index]);
      if (one !== undefined && req.method === 'DELETE') {
        held.splice(index, 1);
        return send(200);
      }
      return send(405, { code: 'METHOD_NOT_ALLOWED', message: 'not part of the stand-in' });
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    remindersOf: (token) => structuredClone(byToken.get(token) ?? []),
    permit: (token, allowed = true) => {
      if (allowed) permitted.add(token);
      else permitted.delete(token);
    },
    failWith: (status) => {
      failure = status;
    },
    delay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
