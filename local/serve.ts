/**
 * `npm run serve`: the real skill as an HTTPS-ready HTTP endpoint on 127.0.0.1, for a real Echo through a
 * tunnel (e.g. `ngrok http 3000`, then the HTTPS URL as the skill's endpoint in the developer console).
 *
 * Our own express route rather than ExpressAdapter: the adapter answers a refused request (RejectedRequestError)
 * and a non-JSON body with 500 and echoes error text; here they are 400s with a short JSON reason. Requests are
 * verified as Amazon specifies (local/verify-request.ts): the timestamp, then the signature.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { RequestEnvelope } from 'ask-sdk-model';
import { RejectedRequestError } from '../lambda/skill.js';
import { DEFAULT_DATA_DIR, quietAwsNodeVersionWarning, startBackend } from './backend.js';
import { parseServeArgs, UsageError, type ServeArgs } from './cli-args.js';
import { MORNING, PretendClock, wallClock, zonedInstant } from './clock.js';
import { createRequestVerifier, type RequestVerifier } from './verify-request.js';

/** Alexa requests are a few KB; anything far bigger is not one. */
const BODY_LIMIT = '256kb';

export const NO_VERIFY_WARNING = [
  '',
  '!!! WARNING: request verification is OFF (--no-verify) !!!',
  '!!! Anyone who can reach this port can talk to the skill as any user.',
  '!!! Use this only for local curl testing; never expose it through a tunnel.',
  '',
].join('\n');

export interface ServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 3000. */
  port?: number;
  /** Check the Signature-256 header against Amazon's certificate chain. Default true. */
  verifySignature?: boolean;
  /** Refuse requests whose timestamp is not within 150 s of now (an hour late for skill events). Default true. */
  verifyTimestamp?: boolean;
  /** The checks themselves. Default: Amazon's rules, the real clock and an HTTPS fetch of Amazon's certificate. */
  verifier?: RequestVerifier;
  /** Answer only this skill's requests (else env SKILL_ID; else any skill's). */
  skillId?: string;
  /** LevelDB folder for the history; in memory when absent. */
  dataDir?: string;
  /** Environment for the skill (TABLE_NAME, SKILL_ID, ...). Defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The skill's one-line JSON log per turn. Defaults to stdout. */
  log?: (line: string) => void;
  /** Warnings (verification off, no skill id). Defaults to stderr. */
  warn?: (message: string) => void;
  /**
   * The skill's clock (what "today" and "this morning" are). Defaults to the real time. Request timestamps are
   * always checked against the real time: they come from Alexa's clock, not ours.
   */
  clock?: () => Date;
}

export interface RunningServer {
  /** e.g. 'http://127.0.0.1:3000/': POST Alexa requests here. */
  url: string;
  close(): Promise<void>;
}

function fail(res: Response, status: number, error: string, reason?: string): void {
  res.status(status).json(reason ? { error, reason } : { error });
}

/** Verification reasons are short fixed strings (local/verify-request.ts); cut anything else to one short line. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const warn = options.warn ?? ((message: string) => console.error(message));
  const env = { ...(options.env ?? process.env), ...(options.skillId ? { SKILL_ID: options.skillId } : {}) };
  const verifier = options.verifier ?? createRequestVerifier({ now: () => new Date() });
  if (options.verifySignature === false || options.verifyTimestamp === false) warn(NO_VERIFY_WARNING);
  if (!env.SKILL_ID?.trim()) warn('Note: no skill id set (--skill-id or SKILL_ID): requests for any skill will be answered.');

  const backend = await startBackend({
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    env,
    overrides: { ...(options.log ? { log: options.log } : {}), ...(options.clock ? { clock: options.clock } : {}) },
  });

  const app = express();
  app.disable('x-powered-by');
  // The raw text, whatever the content type: the signature is over the exact bytes Alexa sent.
  app.post('/', express.text({ type: () => true, limit: BODY_LIMIT }), async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (typeof body !== 'string' || body.length === 0) return fail(res, 400, 'malformed request', 'empty body');
    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      return fail(res, 400, 'malformed request', 'body is not JSON');
    }
    try {
      // The timestamp first: it is local and cheap; the signature check may fetch Amazon's certificate chain.
      if (options.verifyTimestamp !== false) verifier.checkTimestamp(envelope);
      if (options.verifySignature !== false) await verifier.checkSignature(body, req.headers);
    } catch (error) {
      return fail(res, 400, 'request verification failed', reasonOf(error));
    }
    try {
      const response = await backend.skill.invoke(envelope as RequestEnvelope);
      res.status(200).json(response);
    } catch (error) {
      if (error instanceof RejectedRequestError) return fail(res, 400, 'rejected request', reasonOf(error));
      warn(`Skill failed: ${reasonOf(error)}`);
      fail(res, 500, 'internal error');
    }
  });
  app.get('/', (_req: Request, res: Response) => {
    res.type('text/plain').send('Recovery Coach skill endpoint: Alexa POSTs requests to this URL.\n');
  });
  app.use((_req: Request, res: Response) => fail(res, 404, 'not found'));
  // Body-parser errors (too large, bad encoding) and anything unexpected: a status and a word, never a stack.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return fail(res, status, 'bad request', reasonOf(error));
    warn(`Request failed: ${reasonOf(error)}`);
    fail(res, 500, 'internal error');
  });

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(options.port ?? 3000, '127.0.0.1');
      s.once('listening', () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await backend.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await backend.close();
    },
  };
}

const USAGE = `Recovery Coach over HTTP, for a real Alexa device through a tunnel (listens on 127.0.0.1 only).

Usage: npm run serve -- [options]

  --port N, -p N     port on 127.0.0.1 (default 3000; 0 picks a free one)
  --skill-id ID      answer only this skill's requests (default: env SKILL_ID; unset = any skill)
  --no-verify        turn OFF signature and timestamp verification, for local curl testing only
  --memory           keep history in memory (default: on disk in .local/dynamo, shared with npm start,
                     so stop the console first)
  --data DIR         keep history in DIR instead of .local/dynamo
  --date YYYY-MM-DD  pretend the skill's day is this one (from 07:30, or --time); the clock then runs on
  --time HH:MM       pretend it is this time of day (today, or on --date)
  --tz ZONE          the zone --date and --time are in (default UTC); the device's own zone still comes
                     from its settings
  --help, -h         this text

Requests are verified as Alexa requires: the timestamp must be within 150 s of now (skill events may be an
hour late), and the Signature-256 header must match Amazon's certificate chain, fetched from
SignatureCertChainUrl once that URL is checked to be Amazon's. Failures get 400.
`;

/** --date/--time as the skill's clock: the pretend instant, moving on with real time. */
function pretendClock(args: ServeArgs): { clock?: () => Date } {
  if (args.date === undefined && args.time === undefined) return {};
  const zone = args.timeZone ?? 'UTC';
  const clock = new PretendClock();
  clock.set(zonedInstant(args.date ?? wallClock(new Date(), zone).date, args.time ?? MORNING, zone));
  return { clock: clock.now };
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  quietAwsNodeVersionWarning();
  // A last resort: one line in the terminal rather than a stack trace, and a non-zero exit.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`Recovery Coach server stopped on an unexpected error: ${reasonOf(error)}\n`);
    process.exit(1);
  });
  let running: RunningServer;
  try {
    running = await startServer({
      port: args.port,
      verifySignature: args.verify,
      verifyTimestamp: args.verify,
      ...(args.skillId ? { skillId: args.skillId } : {}),
      ...(args.memory ? {} : { dataDir: args.dataDir ?? DEFAULT_DATA_DIR }),
      ...pretendClock(args),
    });
  } catch (error) {
    process.stderr.write(`Could not start the server: ${reasonOf(error)}\n`);
    return 1;
  }
  process.stdout.write(`Recovery Coach listening on ${running.url} (verification ${args.verify ? 'on' : 'OFF'}). Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await running.close();
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
