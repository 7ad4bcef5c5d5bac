/**
 * Console scripts: one utterance per line, `#` comments, and `@` lines that move the pretend clock, so a
 * runner's whole first week fits in one file:
 *
 *   @date 2026-11-23          # Monday morning: 07:30, or the console's --time
 *   @date 2026-11-24 18:15    # Tuesday evening
 *   @time 20:45               # later the same day
 *   should I run today
 *   @person Sam               # from here on Sam speaks (a voice profile); `@person` alone: a voice not recognised
 */
import { isName } from './cli-args.js';
import { isCalendarDate, isClockTime } from './clock.js';

export type Step =
  | { kind: 'say'; text: string; line: number }
  | { kind: 'date'; date: string; time?: string; line: number }
  | { kind: 'time'; time: string; line: number }
  | { kind: 'person'; name?: string; line: number };

export class ScriptError extends Error {
  override name = 'ScriptError';
}

/** One line: undefined for blanks and comments; throws ScriptError for a bad `@` line. */
export function parseLine(raw: string, line: number): Step | undefined {
  const text = raw.trim();
  if (text === '' || text.startsWith('#')) return undefined;
  if (!text.startsWith('@')) return { kind: 'say', text, line };
  // A trailing comment is allowed on directives (utterances keep their '#', which is never spoken anyway).
  const [word, ...rest] = text.replace(/\s+#.*$/, '').split(/\s+/);
  if (word === '@date' && rest.length >= 1 && rest.length <= 2) {
    const [date, time] = rest as [string, string | undefined];
    if (!isCalendarDate(date)) throw new ScriptError(`line ${line}: "${date}" is not a day as YYYY-MM-DD`);
    if (time !== undefined && !isClockTime(time)) throw new ScriptError(`line ${line}: "${time}" is not a time as HH:MM`);
    return { kind: 'date', date, ...(time !== undefined ? { time } : {}), line };
  }
  if (word === '@time' && rest.length === 1) {
    const time = rest[0]!;
    if (!isClockTime(time)) throw new ScriptError(`line ${line}: "${time}" is not a time as HH:MM`);
    return { kind: 'time', time, line };
  }
  if (word === '@person') {
    const name = rest.join(' ');
    if (name === '') return { kind: 'person', line };
    if (!isName(name)) throw new ScriptError(`line ${line}: "${name}" is not a name (1-40 letters, digits, spaces, dots, dashes or underscores)`);
    return { kind: 'person', name, line };
  }
  throw new ScriptError(`line ${line}: unknown directive "${text}" (use @date YYYY-MM-DD [HH:MM], @time HH:MM or @person [NAME])`);
}

/** The whole script, checked before anything runs, so a typo on line 40 does not leave half a week done. */
export function parseScript(text: string): Step[] {
  const steps: Step[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const step = parseLine(raw, i + 1);
    if (step) steps.push(step);
  });
  return steps;
}
