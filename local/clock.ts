/**
 * Pretend time for the console: "it is Monday 7:30 in Sydney" as an instant, and a clock that starts there and
 * advances with real time, so a conversation's turns are seconds apart as they would be on a device.
 */

/** A runner checks in before their run: the time of day a pretend date starts at unless --time says otherwise. */
export const MORNING = '07:30';

const TIME = /^(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DD' that is a real calendar day: the project's one validator, from the engine. */
export { isCalendarDate } from '../lambda/coach/dates.js';

/** 'HH:MM' on a 24-hour clock. */
export function isClockTime(text: string): boolean {
  const m = TIME.exec(text);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant when the wall clock in `timeZone` shows `date` `time`. Two passes settle the offset across a
 * daylight-saving change; a wall time skipped by the change lands just after it.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - zoneOffsetMs(wall, timeZone);
  instant = wall - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The date and 'HH:MM' the wall clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Monday 23 November 2026, 07:30": written out by hand so transcripts do not depend on the ICU version. */
export function describeDay(date: string, time: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${time}`;
}

/** A settable clock: real time until `set`, then the pretend instant plus the real time elapsed since. */
export class PretendClock {
  private base: { pretend: number; real: number } | undefined;

  constructor(private readonly realNow: () => number = Date.now) {}

  /** Pretend it is now `instant`. */
  set(instant: Date): void {
    this.base = { pretend: instant.getTime(), real: this.realNow() };
  }

  get pretending(): boolean {
    return this.base !== undefined;
  }

  /** The clock for the skill and the simulator (bound, so it can be handed over as a function). */
  readonly now = (): Date => {
    const real = this.realNow();
    return new Date(this.base ? this.base.pretend + (real - this.base.real) : real);
  };
}
