/**
 * `npm run serve`'s endpoint, in-process on an ephemeral 127.0.0.1 port: verification on by default (no
 * signature or a stale timestamp is a 400), off only when asked (then a LaunchRequest is answered), and
 * broken or foreign requests are 400s with a short JSON reason, never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRequest, TEST_SKILL_ID } from '../support/envelopes.js';
import { startServer, type RunningServer, type ServerOptions } from '../../local/serve.js';
import { finished, startCli, STACK_OR_WARNING, waitForOutput, type CliResult } from './run-cli.js';

const now = (): string => new Date().toISOString();
const tenMinutesAgo = (): string => new Date(Date.now() - 10 * 60_000).toISOString();

interface Reply {
  status: number;
  json: Record<string, unknown>;
  text: string;
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // left empty: the assertions on `text` say what came back
  }
  return { status: res.status, json, text };
}

/** A response body that is a short error, never a stack trace or the request echoed back. */
function expectCleanError(reply: Reply, error: string): void {
  expect(reply.json.error).toBe(error);
  for (const key of Object.keys(reply.json)) expect(['error', 'reason']).toContain(key);
  expect(reply.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
}

async function start(options: ServerOptions): Promise<{ server: RunningServer; warnings: string[]; logs: string[] }> {
  const warnings: string[] = [];
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    skillId: TEST_SKILL_ID,
    warn: (message) => warnings.push(message),
    log: (line) => logs.push(line),
    ...options,
  });
  return { server, warnings, logs };
}

describe('serve with verification on (the default)', () => {
  let server: RunningServer;
  let warnings: string[];
  let logs: string[];
  beforeAll(async () => {
    ({ server, warnings, logs } = await start({}));
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only and warns about nothing', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(warnings).toEqual([]);
  });

  it('refuses a request without signature headers with a 400, before the skill sees it', async () => {
    const reply = await post(server.url, JSON.stringify(launchRequest({ timestamp: now() })));
    expect(reply.status).toBe(400);
    expectCleanError(reply, 'request verification failed');
    expect(String(reply.json.reason)).toMatch(/certificate|signature/i);
    expect(logs).toEqual([]);
  });

  it('refuses signature headers that do not point at Amazon, without fetching anything', async () => {
    const reply = await post(server.url, JSON.stringify(launchRequest({ timestamp: now() })), {
      SignatureCertChainUrl: 'https://certs.invalid/echo.api/echo-api-cert.pem',
      'Signature-256': 'bm90IGEgc2lnbmF0dXJl',
    });
    expect(reply.status).toBe(400);
    expectCleanError(reply, 'request verification failed');
  });

  it('refuses an expired timestamp with a 400', async () => {
    const reply = await post(server.url, JSON.stringify(launchRequest({ timestamp: tenMinutesAgo() })));
    expect(reply.status).toBe(400);
    expectCleanError(reply, 'request verification failed');
    expect(String(reply.json.reason)).toMatch(/timestamp/i);
  });

  it('answers a malformed body with a 400', async () => {
    const reply = await post(server.url, '{"request": ');
    expect(reply.status).toBe(400);
    expectCleanError(reply, 'malformed request');
  });
});

describe('serve with only the timestamp check', () => {
  let server: RunningServer;
  beforeAll(async () => {
    ({ server } = await start({ verifySignature: false }));
  });
  afterAll(() => server.close());

  it('answers a fresh request and refuses the same request ten minutes old', async () => {
    const fresh = await post(server.url, JSON.stringify(launchRequest({ timestamp: now() })));
    expect(fresh.status).toBe(200);
    const stale = await post(server.url, JSON.stringify(launchRequest({ timestamp: tenMinutesAgo() })));
    expect(stale.status).toBe(400);
    expectCleanError(stale, 'request verification failed');
  });
});

describe('serve with verification off (--no-verify)', () => {
  let server: RunningServer;
  let warnings: string[];
  beforeAll(async () => {
    // The skill's own clock is injected: a Tuesday afternoon in London, when an opened skill welcomes the runner.
    ({ server, warnings } = await start({ verifySignature: false, verifyTimestamp: false, clock: () => new Date('2026-11-24T15:00:00Z') }));
  });
  afterAll(() => server.close());

  it('warns loudly that verification is off', () => {
    expect(warnings.join('\n')).toMatch(/WARNING: request verification is OFF/);
  });

  it('answers a local LaunchRequest with 200 and speech, even with an old timestamp', async () => {
    const reply = await post(server.url, JSON.stringify(launchRequest({ timestamp: tenMinutesAgo(), locale: 'en-GB' })));
    expect(reply.status).toBe(200);
    const response = reply.json.response as { outputSpeech?: { type?: string; ssml?: string }; shouldEndSession?: boolean };
    expect(response.outputSpeech?.type).toBe('SSML');
    expect(response.outputSpeech?.ssml).toMatch(/Welcome to Recovery Coach/);
    expect(response.shouldEndSession).toBe(false);
  });

  it("uses the clock it is given: before noon in London an opened skill starts the morning check-in", async () => {
    const morning = await start({ verifySignature: false, verifyTimestamp: false, clock: () => new Date('2026-11-24T07:30:00Z') });
    try {
      const reply = await post(morning.server.url, JSON.stringify(launchRequest({ timestamp: now(), locale: 'en-GB' })));
      const response = reply.json.response as { outputSpeech?: { ssml?: string } };
      expect(response.outputSpeech?.ssml).toMatch(/Good morning\. Let&apos;s do your check-in\. How do your legs feel today/);
    } finally {
      await morning.server.close();
    }
  });

  it('answers a malformed body with a 400', async () => {
    for (const body of ['not json at all', '{"request": ', '']) {
      const reply = await post(server.url, body);
      expect(reply.status).toBe(400);
      expectCleanError(reply, 'malformed request');
    }
  });

  it('answers JSON that is not an Alexa request with a 400 (the skill refuses it)', async () => {
    for (const body of ['{"hello":"world"}', '[]', '42', 'null']) {
      const reply = await post(server.url, body);
      expect(reply.status).toBe(400);
      expect(reply.text).not.toMatch(/\n\s+at /);
    }
  });

  it("answers another skill's request with a 400 (the skill-id check)", async () => {
    const reply = await post(server.url, JSON.stringify(launchRequest({ timestamp: now(), applicationId: 'amzn1.ask.skill.someone-else' })));
    expect(reply.status).toBe(400);
    expectCleanError(reply, 'rejected request');
  });

  it('answers an oversized body with a 4xx and no stack trace', async () => {
    const reply = await post(server.url, JSON.stringify({ padding: 'x'.repeat(400_000) }));
    expect(reply.status).toBe(413);
    expect(reply.text).not.toMatch(/\n\s+at /);
  });
});

describe('npm run serve (the command line)', () => {
  async function serve(args: string[]): Promise<{ url: string; stop: () => Promise<CliResult> }> {
    const child = startCli('local/serve.ts', ['--memory', '--port', '0', ...args]);
    const done = finished(child);
    const banner = await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(banner)![1]!;
    return {
      url,
      stop: async () => {
        child.kill('SIGINT');
        return done;
      },
    };
  }

  it('verifies by default: an unsigned request is refused, and Ctrl-C stops it cleanly', async () => {
    const { url, stop } = await serve([]);
    const reply = await post(url, JSON.stringify(launchRequest({ timestamp: now() })));
    expect(reply.status).toBe(400);
    const result = await stop();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/verification on/);
    expect(result.stderr).not.toMatch(/verification is OFF/);
    expect(result.stderr).not.toMatch(STACK_OR_WARNING);
  });

  it('--no-verify answers an unsigned request and warns loudly', async () => {
    const { url, stop } = await serve(['--no-verify', '--skill-id', TEST_SKILL_ID]);
    const reply = await post(url, JSON.stringify(launchRequest({ timestamp: now() })));
    expect(reply.status).toBe(200);
    const result = await stop();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/WARNING: request verification is OFF/);
    expect(result.stdout).toMatch(/"requestType":"LaunchRequest"/);
  });

  it('--date and --time set the skill\'s day: a pretend London afternoon welcomes, whatever the real hour', async () => {
    const { url, stop } = await serve(['--no-verify', '--skill-id', TEST_SKILL_ID, '--date', '2026-11-24', '--time', '15:00', '--tz', 'Europe/London']);
    const reply = await post(url, JSON.stringify(launchRequest({ timestamp: now(), locale: 'en-GB' })));
    expect((reply.json.response as { outputSpeech?: { ssml?: string } }).outputSpeech?.ssml).toMatch(/Welcome to Recovery Coach/);
    expect((await stop()).code).toBe(0);
  });

  it('refuses a bad flag with exit 2 and the usage', async () => {
    const result = await finished(startCli('local/serve.ts', ['--verify', 'no']));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run serve');
    expect(result.stderr).not.toMatch(STACK_OR_WARNING);
  });
});
