/**
 * Calendar dates as the runner's local 'YYYY-MM-DD' strings. Arithmetic is done in UTC on the date itself, so
 * no time zone or daylight-saving shift can move a day. Nothing here reads the clock.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Milliseconds at UTC midnight of the date, or NaN when it is not a real calendar date. */
function utcMidnight(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const at = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  at.setUTCFullYear(year, month - 1, day);
  // Reject rollovers such as 2026-02-30 -> 2026-03-02.
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return Number.NaN;
  return at.getTime();
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isDate(date: string): boolean {
  return !Number.isNaN(utcMidnight(date));
}

/** Whole days from `from` to `to` (positive when `to` is later); NaN when either is not a date. Never throws. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** How many days before `today` the date is (1 = yesterday, 0 = today, negative = future); NaN when invalid. */
export function daysBefore(today: string, date: string): number {
  return daysBetween(date, today);
}

/** The date `days` after `date` (negative goes back). Throws RangeError on an invalid date or a non-integer count. */
export function addDays(date: string, days: number): string {
  const start = utcMidnight(date);
  if (Number.isNaN(start)) throw new RangeError(`not a date: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  const at = new Date(start + days * MS_PER_DAY);
  const year = at.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`date out of range: ${date} + ${days}`);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(at.getUTCMonth() + 1, 2)}-${pad(at.getUTCDate(), 2)}`;
}
