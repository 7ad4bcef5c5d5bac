/** Command-line parsing for the console and the HTTP endpoint: strict, so a typo is an error, not ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LOCALES, type Locale } from '../lambda/speech/locales.js';
import { isCalendarDate, isClockTime, isTimeZone } from './clock.js';

/** A bad flag or value: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type DistanceUnitFlag = 'km' | 'mile';

export interface ConsoleArgs {
  help: boolean;
  locale: Locale;
  /** 'YYYY-MM-DD': pretend it is this day. */
  date?: string;
  /** 'HH:MM': pretend it is this time of day. */
  time?: string;
  /** IANA zone of the pretend device; the locale's usual zone when absent. */
  timeZone?: string;
  /** Distance units of the pretend device; the locale's default when absent. */
  units?: DistanceUnitFlag;
  user: string;
  /** A voice profile of that user's household speaking (a stable fake personId from the name); none when absent. */
  person?: string;
  reset: boolean;
  /** A file of utterances to run instead of the keyboard. */
  script?: string;
  memory: boolean;
  /** Where history is kept on disk (ignored with memory). */
  dataDir?: string;
  /** Print the skill's one-line JSON log of each turn to stderr. */
  verbose: boolean;
  /** Which device is talking: a voice-only Echo, or an Echo Show (a screen: APL). */
  device: ConsoleDevice;
  /** Answer Alexa's reminders permission question with no (the console answers yes by default). */
  denyReminders?: true;
}

export type ConsoleDevice = 'echo' | 'show';

export interface ServeArgs {
  help: boolean;
  port: number;
  verify: boolean;
  skillId?: string;
  memory: boolean;
  dataDir?: string;
  /** Pretend the skill's day is this one ('YYYY-MM-DD'), from `time` in `timeZone`. */
  date?: string;
  time?: string;
  timeZone?: string;
}

/** --date, --time and --tz, checked the same way for the console and the endpoint. */
function pretendTime(v: Record<string, unknown>): { date?: string; time?: string; timeZone?: string } {
  const date = str(v.date);
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError(`--date must be a day as YYYY-MM-DD, not "${date}"`);
  const time = str(v.time);
  if (time !== undefined && !isClockTime(time)) throw new UsageError(`--time must be HH:MM on a 24-hour clock, not "${time}"`);
  const timeZone = str(v.tz);
  if (timeZone !== undefined && !isTimeZone(timeZone)) throw new UsageError(`--tz must be an IANA time zone such as Europe/London, not "${timeZone}"`);
  return { ...(date !== undefined ? { date } : {}), ...(time !== undefined ? { time } : {}), ...(timeZone !== undefined ? { timeZone } : {}) };
}

function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A runner's or a person's name as the console accepts it. */
export function isName(text: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u.test(text);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function parseConsoleArgs(argv: readonly string[]): ConsoleArgs {
  const v = parse(argv, {
    help: { type: 'boolean', short: 'h' },
    locale: { type: 'string' },
    date: { type: 'string' },
    time: { type: 'string' },
    tz: { type: 'string' },
    units: { type: 'string' },
    user: { type: 'string' },
    person: { type: 'string' },
    reset: { type: 'boolean' },
    script: { type: 'string' },
    memory: { type: 'boolean' },
    data: { type: 'string' },
    verbose: { type: 'boolean' },
    device: { type: 'string' },
    'deny-reminders': { type: 'boolean' },
  });
  const device = str(v.device) ?? 'echo';
  if (device !== 'echo' && device !== 'show') throw new UsageError(`--device must be echo or show, not "${device}"`);
  const locale = str(v.locale) ?? 'en-US';
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, not "${locale}"`);
  }
  const { date, time, timeZone } = pretendTime(v);
  const unitsText = str(v.units);
  let units: DistanceUnitFlag | undefined;
  if (unitsText !== undefined) {
    if (/^(km|kilomet(re|er)s?|metric)$/i.test(unitsText)) units = 'km';
    else if (/^(mi|miles?|imperial)$/i.test(unitsText)) units = 'mile';
    else throw new UsageError(`--units must be km or miles, not "${unitsText}"`);
  }
  const user = (str(v.user) ?? 'runner').trim();
  if (!isName(user)) {
    throw new UsageError('--user must be a name of 1-40 letters, digits, spaces, dots, dashes or underscores');
  }
  const person = str(v.person)?.trim();
  if (person !== undefined && !isName(person)) {
    throw new UsageError('--person must be a name of 1-40 letters, digits, spaces, dots, dashes or underscores');
  }
  const script = str(v.script);
  const dataDir = str(v.data);
  return {
    help: v.help === true,
    locale: locale as Locale,
    ...(date !== undefined ? { date } : {}),
    ...(time !== undefined ? { time } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(units !== undefined ? { units } : {}),
    user,
    ...(person !== undefined ? { person } : {}),
    reset: v.reset === true,
    ...(script !== undefined ? { script } : {}),
    memory: v.memory === true,
    ...(dataDir !== undefined ? { dataDir } : {}),
    verbose: v.verbose === true,
    device,
    ...(v['deny-reminders'] === true ? { denyReminders: true as const } : {}),
  };
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const v = parse(argv, {
    help: { type: 'boolean', short: 'h' },
    port: { type: 'string', short: 'p' },
    'no-verify': { type: 'boolean' },
    'skill-id': { type: 'string' },
    memory: { type: 'boolean' },
    data: { type: 'string' },
    date: { type: 'string' },
    time: { type: 'string' },
    tz: { type: 'string' },
  });
  const portText = str(v.port) ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${portText}"`);
  const skillId = str(v['skill-id'])?.trim();
  if (skillId !== undefined && !/^amzn1\.ask\.skill\.[\w-]+$/.test(skillId)) {
    throw new UsageError(`--skill-id must look like amzn1.ask.skill.xxxx, not "${skillId}"`);
  }
  const dataDir = str(v.data);
  return {
    help: v.help === true,
    port,
    verify: v['no-verify'] !== true,
    ...(skillId ? { skillId } : {}),
    memory: v.memory === true,
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...pretendTime(v),
  };
}
