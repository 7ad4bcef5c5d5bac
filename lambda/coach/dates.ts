/**
 * Calendar dates as the runner's local 'YYYY-MM-DD' strings. Arithmetic is done in UTC on the date itself, so
 * no time zone or daylight-saving shift can move a day. Nothing here reads the clock.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic alone: the engine compares dates hundreds
 * of times per decision, and building a Date object for each was most of its time.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  // Count years from March, so the leap day falls at the end of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Milliseconds at UTC midnight of the date, or NaN when it is not a real calendar date. */
function utcMidnight(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  // Reject dates such as 2026-02-30 rather than rolling them over.
  if (day > monthLength) return Number.NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY;
}

/**
 * True for a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one, though Date.parse accepts it).
 * The one date validator of the project: the engine, the store, the local console and the turn all use it.
 */
export function isCalendarDate(date: unknown): date is string {
  return typeof date === 'string' && !Number.isNaN(utcMidnight(date));
}

/** The engine's name for isCalendarDate. */
export const isDate: (date: unknown) => date is string = isCalendarDate;

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
