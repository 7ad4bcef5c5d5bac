/**
 * `npm start`: talk to Recovery Coach in the terminal. The real skill (composeSkill) on a local DynamoDB-API
 * server, driven through the offline Alexa simulator, which resolves what you type through the interaction
 * model. Interactive at a terminal; a transcript from a script file or piped stdin otherwise.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LOCALE_DEFAULTS } from '../lambda/speech/locales.js';
import { DataDirInUseError, DEFAULT_DATA_DIR, quietAwsNodeVersionWarning, startBackend, type Backend } from './backend.js';
import { parseConsoleArgs, UsageError, type ConsoleArgs } from './cli-args.js';
import { describeDay, MORNING, PretendClock, wallClock, zonedInstant } from './clock.js';
import { ConsoleConversation } from './conversation.js';
import { parseLine, parseScript, ScriptError, type Step } from './script.js';
import { AlexaSimulator, DEVICES, simulatedPersonId } from './simulator/index.js';
import { startRemindersApi } from './reminders-api.js';

/** The console's one runner's API access token, as Alexa would send it. */
const LOCAL_ACCESS_TOKEN = 'local-console-access-token';

export const USAGE = `Talk to Recovery Coach in the terminal, offline (no AWS account, no Alexa device).

Usage: npm start -- [options]            type what you would say; Ctrl-C, Ctrl-D, "exit" or "quit" ends
       npm start -- --script FILE        run a script and print the transcript
       some-command | npm start -- ...   utterances on stdin (whenever stdin is not a terminal)

What you type:
  open recovery coach | launch           open the skill (a new session)
  ask recovery coach <utterance>         a one-shot: one question, one answer
  anything else                          said to Alexa (opens a session if none is open)
  stop | cancel                          said to the skill; at the keyboard it also ends the console
                                         (in a script it ends the session and the script goes on)
  @date YYYY-MM-DD [HH:MM]               pretend it is now that day, at HH:MM or else at ${MORNING} (or --time);
                                         an open session ends first
  @time HH:MM                            pretend it is now that time, the same day; an open session ends first
  @person NAME                           from now on NAME speaks (a voice profile of the household, as --person);
                                         @person alone: a voice Alexa does not recognise
  # ...                                  a comment (in scripts)

Options:
  --locale en-US|en-GB|en-AU|en-CA|en-IN
                               the device's language (default en-US); sets the usual zone and units
  --date YYYY-MM-DD            pretend it is that day, from ${MORNING} local time unless --time; the clock
                               then moves on with real time
  --time HH:MM                 pretend it is that time (today, or on --date)
  --tz ZONE                    the device's IANA time zone (default: the locale's, e.g. Europe/London)
  --units km|miles             the device's distance units (default: the locale's)
  --user NAME                  which runner is talking (default "runner"); each name is its own Alexa
                               user with its own history
  --person NAME                a recognised voice in that user's household is talking: the skill gets a
                               stable personId made from NAME (never the name), so each person has a week
  --reset                      first delete the stored history of that user only (other runners keep theirs);
                               with --person, that person's only
  --memory                     keep history in memory only (nothing is written to .local)
  --data DIR                   keep history in DIR (default .local/dynamo, so yesterday's runs are there today)
  --script FILE                read utterances from FILE instead of the keyboard
  --verbose                    print the skill's one-line JSON log of each turn to stderr
  --device echo|show           a voice-only Echo (default), or an Echo Show: the skill also sends a screen,
                               shown as one line, e.g. [screen: advice — Recovery run, 20-30 min]
  --deny-reminders             answer Alexa's reminders permission question with no (default: yes)
  --help, -h                   this text
`;

export interface ConsoleIo {
  /** Transcript and conversation output. */
  out: (line: string) => void;
  /** Status and error messages. */
  err: (line: string) => void;
}

const LOCAL_SKILL_ID = 'amzn1.ask.skill.recovery-coach-local';

/** A stable Alexa userId per runner name, so a name's history is there next time. */
export function userIdFor(name: string): string {
  const slug = name.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  return `amzn1.ask.account.local-console-${encodeURIComponent(slug)}`;
}

/** The runner's pretend calendar: which day and time it is, in the device's zone. */
class PretendCalendar {
  readonly clock = new PretendClock();
  /** Where a day without a time starts: --time, else a morning check-in. */
  private readonly startOfDay: string;

  constructor(
    readonly timeZone: string,
    args: Pick<ConsoleArgs, 'date' | 'time'>,
  ) {
    this.startOfDay = args.time ?? MORNING;
    if (args.date !== undefined || args.time !== undefined) this.moveTo(args.date ?? this.today());
  }

  today(): string {
    return wallClock(this.clock.now(), this.timeZone).date;
  }

  moveTo(date: string, time = this.startOfDay): void {
    this.clock.set(zonedInstant(date, time, this.timeZone));
  }

  /** "Monday 23 November 2026, 07:30 (Europe/London)" */
  describeNow(): string {
    const { date, time } = wallClock(this.clock.now(), this.timeZone);
    return `${describeDay(date, time)} (${this.timeZone})`;
  }

  heading(): string {
    return `--- ${this.describeNow()} ---`;
  }
}

interface Session {
  conversation: ConsoleConversation;
  calendar: PretendCalendar;
  simulator: AlexaSimulator;
}

/** Applies an @person step: the next request carries that person (or none), in the same session, as on a device. */
function applyPersonStep(step: Extract<Step, { kind: 'person' }>, session: Session, io: ConsoleIo): void {
  session.simulator.speakAs(step.name !== undefined ? simulatedPersonId(step.name) : undefined);
  io.out(step.name !== undefined ? `(${step.name} is speaking)` : '(a voice Alexa does not recognise is speaking)');
}

/** Any @ line. */
async function applyStep(step: Exclude<Step, { kind: 'say' }>, session: Session, io: ConsoleIo): Promise<void> {
  if (step.kind === 'person') applyPersonStep(step, session, io);
  else await applyClockStep(step, session, io);
}

/** Applies an @date / @time step: a new day is a new session, as the last one timed out long ago. */
async function applyClockStep(step: Extract<Step, { kind: 'date' | 'time' }>, session: Session, io: ConsoleIo): Promise<void> {
  await session.conversation.hangUp('EXCEEDED_MAX_REPROMPTS');
  if (step.kind === 'date') session.calendar.moveTo(step.date, step.time);
  else session.calendar.moveTo(session.calendar.today(), step.time);
  io.out('');
  io.out(session.calendar.heading());
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/**
 * Runs a script's steps, or lines as they arrive on a pipe; resolves to the exit code: 1 when a turn failed,
 * 2 for a bad @ line on a pipe (a script file is checked whole before anything runs), 130 when interrupted.
 */
async function runSteps(steps: Iterable<Step> | AsyncIterable<Step>, session: Session, io: ConsoleIo, stopped: () => boolean): Promise<number> {
  let failed = false;
  try {
    for await (const step of steps) {
      if (stopped()) break;
      if (step.kind !== 'say') {
        await applyStep(step, session, io);
        continue;
      }
      io.out(`You: ${step.text}`);
      try {
        if ((await session.conversation.hear(step.text)) === 'quit') break;
      } catch (error) {
        failed = true;
        io.err(`(console) line ${step.line}: that turn failed: ${reasonOf(error)}`);
      }
    }
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    io.err(`stdin: ${error.message}`);
    return 2;
  } finally {
    await session.conversation.hangUp('USER_INITIATED');
  }
  if (stopped()) {
    io.err('(console) interrupted');
    return 130;
  }
  return failed ? 1 : 0;
}

/** Lines from a pipe as steps, as they arrive (so `tail -f` and slow producers work); ends at EOF or Ctrl-C. */
async function* stdinSteps(interrupt: AbortSignal): AsyncGenerator<Step> {
  const rl = createInterface({ input: process.stdin, terminal: false, signal: interrupt });
  try {
    let lineNumber = 0;
    for await (const line of rl) {
      const step = parseLine(line, ++lineNumber);
      if (step) yield step;
    }
  } finally {
    rl.close();
  }
}

/** The keyboard: a prompt, one turn per line, until exit, stop, Ctrl-C or Ctrl-D. */
async function runInteractive(session: Session, io: ConsoleIo, keyboard: Keyboard): Promise<number> {
  const rl = createInterface({ input: keyboard.input, output: keyboard.output, prompt: 'You: ' });
  rl.on('SIGINT', () => rl.close());
  io.out(`Recovery Coach, offline. It is ${session.calendar.describeNow()}${session.calendar.clock.pretending ? ' (pretend)' : ''}.`);
  io.out('Say "open recovery coach", or just ask "should I run today". "exit" or Ctrl-C ends. --help for more.');
  rl.prompt();
  let lineNumber = 0;
  for await (const line of rl) {
    lineNumber += 1;
    try {
      const step = parseLine(line, lineNumber);
      if (step?.kind === 'say') {
        if ((await session.conversation.hear(step.text)) === 'quit') break;
      } else if (step) {
        await applyStep(step, session, io);
      }
    } catch (error) {
      io.err(error instanceof ScriptError ? error.message.replace(/^line \d+: /, '') : `Sorry, that turn failed: ${reasonOf(error)}`);
    }
    rl.prompt();
  }
  rl.close();
  await session.conversation.hangUp('USER_INITIATED');
  io.out('');
  return 0;
}

/** Where the interactive conversation reads and prompts: the terminal, or streams in a test. */
export interface Keyboard {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export interface ConsoleRun {
  /** The steps to run (a script, or a pipe as it arrives); undefined for the keyboard. */
  steps?: Iterable<Step> | AsyncIterable<Step>;
  args: ConsoleArgs;
  io: ConsoleIo;
  /** True once the run should stop (Ctrl-C). */
  stopped?: () => boolean;
  /** For the interactive conversation; the terminal by default. */
  keyboard?: Keyboard;
}

/** Starts the local store and the skill, runs the conversation, and closes everything; resolves to an exit code. */
export async function runConsole({
  steps,
  args,
  io,
  stopped = () => false,
  keyboard = { input: process.stdin, output: process.stdout },
}: ConsoleRun): Promise<number> {
  const defaults = LOCALE_DEFAULTS[args.locale];
  const calendar = new PretendCalendar(args.timeZone ?? defaults.timeZone, args);
  const skillId = process.env.SKILL_ID?.trim() || LOCAL_SKILL_ID;
  const userId = userIdFor(args.user);
  const personId = args.person !== undefined ? simulatedPersonId(args.person) : undefined;
  let backend: Backend;
  try {
    backend = await startBackend({
      ...(args.memory ? {} : { dataDir: args.dataDir ?? DEFAULT_DATA_DIR }),
      env: { ...process.env, SKILL_ID: skillId },
      overrides: {
        clock: calendar.clock.now,
        // No settings API offline: the device reports the locale's usual zone and units (or --tz / --units).
        deviceSettings: async () => ({ timeZone: calendar.timeZone, unit: args.units ?? defaults.unit }),
        log: args.verbose ? (line: string) => io.err(line) : () => undefined,
      },
    });
  } catch (error) {
    io.err(`Could not start the local history store: ${reasonOf(error)}`);
    if (error instanceof DataDirInUseError) io.err('Stop that one first, or use --memory (nothing kept) or --data DIR (another folder).');
    return 1;
  }
  const reminders = await startRemindersApi({ now: calendar.clock.now });
  try {
    if (args.reset) {
      const deleted = await backend.forgetUser(userId, personId);
      const whose = args.person !== undefined ? `${args.person}'s (of ${args.user})` : `${args.user}'s`;
      io.err(`(console) cleared ${deleted} stored item${deleted === 1 ? '' : 's'} of ${whose} history`);
    }
    const simulator = new AlexaSimulator({
      locale: args.locale,
      invoke: (request: RequestEnvelope): Promise<ResponseEnvelope> => backend.skill.invoke(request),
      applicationId: skillId,
      userId,
      deviceId: 'amzn1.ask.device.local-console',
      now: calendar.clock.now,
      timeZone: calendar.timeZone,
      ...(personId !== undefined ? { personId } : {}),
      ...DEVICES[args.device],
      // Alexa's services for the skill: the local Reminders API stand-in (kept in memory for this run).
      apiEndpoint: reminders.endpoint,
      apiAccessToken: LOCAL_ACCESS_TOKEN,
      onConsent: () => reminders.permit(LOCAL_ACCESS_TOKEN),
    });
    const permission = args.denyReminders ? 'DENIED' : 'ACCEPTED';
    const session: Session = { conversation: new ConsoleConversation(simulator, io.out, steps === undefined, permission), calendar, simulator };
    if (steps === undefined) return await runInteractive(session, io, keyboard);
    if (calendar.clock.pretending) io.out(calendar.heading());
    return await runSteps(steps, session, io, stopped);
  } finally {
    await Promise.all([backend.close(), reminders.close()]);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const io: ConsoleIo = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
  let args: ConsoleArgs;
  try {
    args = parseConsoleArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  quietAwsNodeVersionWarning();
  // `npm start ... | head`: the reader went away, so there is no one left to talk to.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  // A last resort, so a person at the console sees one line rather than a stack trace (--verbose shows it).
  process.on('uncaughtException', (error) => {
    io.err(`(console) unexpected error: ${args.verbose && error.stack ? error.stack : reasonOf(error)}`);
    process.exit(1);
  });
  const interrupt = new AbortController();
  const stopped = (): boolean => interrupt.signal.aborted;
  let steps: Iterable<Step> | AsyncIterable<Step> | undefined;
  if (args.script !== undefined) {
    try {
      steps = parseScript(await readFile(args.script, 'utf8'));
    } catch (error) {
      io.err(error instanceof ScriptError ? `${args.script}: ${error.message}` : `Could not read the script: ${reasonOf(error)}`);
      return 2;
    }
  } else if (!process.stdin.isTTY) {
    steps = stdinSteps(interrupt.signal);
  }
  // At the keyboard readline turns Ctrl-C into the end of input; a script or pipe stops after the turn in
  // flight. Either way the run unwinds and closes the server and the client.
  if (steps !== undefined) process.once('SIGINT', () => interrupt.abort());
  return runConsole({ ...(steps ? { steps } : {}), args, io, stopped });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
