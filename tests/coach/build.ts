/** Small builders for the coach's tests: dates relative to a fixed today, runs and check-ins. */
import { addDays } from '../../lambda/coach/dates.js';
import type { CheckInRecord, RunRecord, SessionKind } from '../../lambda/coach/types.js';

export const TODAY = '2026-11-24';

/** The date `n` days before TODAY (0 = today). */
export function ago(n: number, today: string = TODAY): string {
  return addDays(today, -n);
}

export function run(daysAgo: number, kind: SessionKind, extra: Partial<Omit<RunRecord, 'date' | 'kind'>> = {}): RunRecord {
  return { date: ago(daysAgo), kind, ...extra };
}

export function checkInOn(daysAgo: number, extra: Partial<Omit<CheckInRecord, 'date'>> = {}): CheckInRecord {
  return { date: ago(daysAgo), ...extra };
}

/** One fresh check-in a day for `days` days before today: a runner who has used the skill that long. */
export function checkInsFor(days: number): CheckInRecord[] {
  return Array.from({ length: days }, (_, i) => checkInOn(i + 1, { legs: 'okay' }));
}

/** The same easy run on the given days before today. */
export function easyRunsOn(daysAgo: number[], extra: Partial<Omit<RunRecord, 'date' | 'kind'>>): RunRecord[] {
  return daysAgo.map((d) => run(d, 'easy-run', extra));
}
