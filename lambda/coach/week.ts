/**
 * "How was my week?": totals for this week (today and the 6 days before) and the week before, from the history.
 * Only what was logged is summed: a distance-derived estimate would be a number the runner never said.
 */
import { WEEK_DAYS } from './constants.js';
import { daysBefore } from './dates.js';
import { isTiredCheckIn } from './facts.js';
import { isHardSession, isRunningKind } from './load.js';
import type { History } from './types.js';

export interface WeekTotals {
  /** Running sessions (walks and cross-training are not runs). */
  runs: number;
  /** Logged distance of those runs, km (unrounded: speech rounds). */
  km: number;
  /** Logged minutes of those runs. */
  minutes: number;
  /** Days with a hard session of any kind (long run, workout, race, effort >= 7 or a high load). */
  hardDays: number;
  /** Days whose check-in had heavy or sore legs, or run down. */
  tiredDays: number;
}

export interface WeekSummary {
  thisWeek: WeekTotals;
  lastWeek: WeekTotals;
  /** Whole percent change of running minutes against last week; null when last week had none. */
  minutesChangePercent: number | null;
  /** Whole percent change of running distance against last week; null when last week had none. */
  distanceChangePercent: number | null;
}

function finitePositive(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Totals of the 7 days from `fromDays` to `fromDays + 6` days before today. */
function totals(history: History, today: string, fromDays: number): WeekTotals {
  const inWeek = (date: string): boolean => {
    const days = daysBefore(today, date);
    return days >= fromDays && days < fromDays + WEEK_DAYS;
  };
  const sessions = history.runs.filter((run) => inWeek(run.date));
  const runs = sessions.filter((run) => isRunningKind(run.kind));
  return {
    runs: runs.length,
    km: runs.reduce((sum, run) => sum + finitePositive(run.distanceKm), 0),
    minutes: runs.reduce((sum, run) => sum + finitePositive(run.minutes), 0),
    hardDays: new Set(sessions.filter(isHardSession).map((run) => run.date)).size,
    tiredDays: new Set(history.checkIns.filter((c) => inWeek(c.date) && isTiredCheckIn(c)).map((c) => c.date)).size,
  };
}

function changePercent(now: number, before: number): number | null {
  return before > 0 ? Math.round(((now - before) / before) * 100) : null;
}

export function summariseWeek(history: History, today: string): WeekSummary {
  const thisWeek = totals(history, today, 0);
  const lastWeek = totals(history, today, WEEK_DAYS);
  return {
    thisWeek,
    lastWeek,
    minutesChangePercent: changePercent(thisWeek.minutes, lastWeek.minutes),
    distanceChangePercent: changePercent(thisWeek.km, lastWeek.km),
  };
}
