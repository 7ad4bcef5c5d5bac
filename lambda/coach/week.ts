/**
 * "How was my week?": totals for this week (today and the 6 days before) and the week before, from the history.
 * Only what was logged is summed, and how many runs had it is kept beside it: "13.2 miles; 2 of them timed,
 * 40 minutes" is the truth, "13.2 miles and 40 minutes" would read as a pace nobody ran.
 */
import { EASY_SHARE_TARGET, HARD_EFFORT, WEEK_DAYS } from './constants.js';
import { sessionReader, type SessionReader } from './classify.js';
import { addDays, daysBefore } from './dates.js';
import { isTiredCheckIn } from './facts.js';
import { isRunningKind, volumeMinutes } from './load.js';
import type { History, RunRecord } from './types.js';

export interface WeekTotals {
  /** Running sessions (walks and cross-training are not runs). */
  runs: number;
  /** Logged distance of those runs, km (unrounded: speech rounds). */
  km: number;
  /** How many of those runs had a distance. */
  measuredRuns: number;
  /** Logged minutes of those runs. */
  minutes: number;
  /** How many of those runs had a time. */
  timedRuns: number;
  /** Days with a hard session of any kind (long run by kind or length, workout, race, effort >= 7 or a high load). */
  hardDays: number;
  /** Days whose check-in had heavy or sore legs, or run down. */
  tiredDays: number;
  /**
   * Share of running time at easy effort (0-1), the 80/20 way: workouts, races and sessions at effort >= 7 are
   * hard time, everything else (long runs at an easy effort included) easy. Untimed runs count at their estimated
   * minutes, so this is a proportion to describe, never a number to speak. Null without runs.
   */
  easyShare: number | null;
  /** Most running easy: the easy share reaches the 80/20 target (EASY_SHARE_TARGET). Null without runs. */
  mostlyEasy: boolean | null;
}

export interface WeekSummary {
  thisWeek: WeekTotals;
  lastWeek: WeekTotals;
  /** Whole percent change of running minutes against last week; null unless every run of both weeks was timed. */
  minutesChangePercent: number | null;
  /** Whole percent change of running distance against last week; null unless every run of both weeks had one. */
  distanceChangePercent: number | null;
}

function finitePositive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Time at hard intensity: a workout or race (by kind in effect), or a logged effort of 7 or more. */
function isHardEffort(run: RunRecord, reader: SessionReader): boolean {
  const kind = reader.kind(run);
  return kind === 'workout' || kind === 'race' || (finitePositive(run.effort) && run.effort >= HARD_EFFORT);
}

/** Totals of the 7 days from `fromDays` to `fromDays + 6` days before today. */
function totals(history: History, today: string, fromDays: number, reader: SessionReader): WeekTotals {
  const inWeek = (date: string): boolean => {
    const days = daysBefore(today, date);
    return days >= fromDays && days < fromDays + WEEK_DAYS;
  };
  const sessions = history.runs.filter((run) => inWeek(run.date));
  const runs = sessions.filter((run) => isRunningKind(run.kind));
  const timed = runs.filter((run) => finitePositive(run.minutes));
  const measured = runs.filter((run) => finitePositive(run.distanceKm));
  let easy = 0;
  let all = 0;
  for (const run of runs) {
    const minutes = volumeMinutes(run);
    all += minutes;
    if (!isHardEffort(run, reader)) easy += minutes;
  }
  return {
    runs: runs.length,
    km: measured.reduce((sum, run) => sum + (run.distanceKm ?? 0), 0),
    measuredRuns: measured.length,
    minutes: timed.reduce((sum, run) => sum + (run.minutes ?? 0), 0),
    timedRuns: timed.length,
    hardDays: new Set(sessions.filter((run) => reader.hard(run)).map((run) => run.date)).size,
    tiredDays: new Set(history.checkIns.filter((c) => inWeek(c.date) && isTiredCheckIn(c)).map((c) => c.date)).size,
    easyShare: all > 0 ? easy / all : null,
    mostlyEasy: all > 0 ? easy / all >= EASY_SHARE_TARGET : null,
  };
}

function changePercent(now: number, before: number): number | null {
  return before > 0 ? Math.round(((now - before) / before) * 100) : null;
}

export function summariseWeek(history: History, today: string): WeekSummary {
  const reader = sessionReader(history);
  const thisWeek = totals(history, today, 0, reader);
  const lastWeek = totals(history, today, WEEK_DAYS, reader);
  // A change is only true when both weeks measured every run the same way.
  const allTimed = thisWeek.timedRuns === thisWeek.runs && lastWeek.timedRuns === lastWeek.runs;
  const allMeasured = thisWeek.measuredRuns === thisWeek.runs && lastWeek.measuredRuns === lastWeek.runs;
  return {
    thisWeek,
    lastWeek,
    minutesChangePercent: allTimed ? changePercent(thisWeek.minutes, lastWeek.minutes) : null,
    distanceChangePercent: allMeasured ? changePercent(thisWeek.km, lastWeek.km) : null,
  };
}

/** One day of the last seven, for the week chart: what was logged that day. */
export interface WeekDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Logged minutes of running that day (untimed runs add nothing: the chart shows only what was logged). */
  minutes: number;
  /** Running sessions that day. */
  runs: number;
  /** A hard session of any kind that day, as the week's hard days count them. */
  hard: boolean;
}

/** The last seven days, oldest first and today last: the days the week summary's `thisWeek` adds up. */
export function weekDays(history: History, today: string): WeekDay[] {
  const reader = sessionReader(history);
  return Array.from({ length: WEEK_DAYS }, (_, i) => {
    const date = addDays(today, i - (WEEK_DAYS - 1));
    const sessions = history.runs.filter((run) => run.date === date);
    const runs = sessions.filter((run) => isRunningKind(run.kind));
    return {
      date,
      minutes: runs.reduce((sum, run) => sum + (finitePositive(run.minutes) ? run.minutes : 0), 0),
      runs: runs.length,
      hard: sessions.some((run) => reader.hard(run)),
    };
  });
}
