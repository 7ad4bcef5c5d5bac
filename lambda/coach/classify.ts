/**
 * What a session was, from what it was as well as what it was called: a 25 km "run" is a long run, an easy run
 * at effort 8 was a workout. Pure: the run and the runs before it in, a session kind out.
 */
import {
  LONG_RUN_FLOOR_KM,
  LONG_RUN_FLOOR_MINUTES,
  LONG_RUN_OVER_USUAL,
  LONG_RUN_RELATIVE_MIN_KM,
  LONG_RUN_RELATIVE_MIN_MINUTES,
  USUAL_RUN_MIN_SAMPLES,
} from './constants.js';
import { isDate } from './dates.js';
import { HARD_KINDS, isHardSession, isRunningKind } from './load.js';
import type { History, RunRecord, SessionKind } from './types.js';

/** The runner's usual run before a date: median minutes and median km, each null when too few runs had it. */
export interface UsualRun {
  minutes: number | null;
  km: number | null;
}

function positive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function median(values: number[]): number | null {
  if (values.length < USUAL_RUN_MIN_SAMPLES) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The usual run from the running sessions dated strictly before `date`: what was usual before this run, so that
 * a later run never changes how an earlier one is read.
 */
export function usualRunBefore(runs: readonly RunRecord[], date: string): UsualRun {
  return usualAmong(runningWithDates(runs), date);
}

/** Running sessions with a real date: the only ones a usual run is made of. */
function runningWithDates(runs: readonly RunRecord[]): RunRecord[] {
  return runs.filter((r) => isRunningKind(r.kind) && isDate(r.date));
}

function usualAmong(running: readonly RunRecord[], date: string): UsualRun {
  if (!isDate(date)) return { minutes: null, km: null };
  // 'YYYY-MM-DD' strings of real dates order as the dates do.
  const earlier = running.filter((r) => r.date < date);
  return {
    minutes: median(earlier.map((r) => r.minutes).filter(positive)),
    km: median(earlier.map((r) => r.distanceKm).filter(positive)),
  };
}

/** Long against the usual run for that measure, or against the absolute floor when there is no usual run. */
function longBy(value: number | undefined, usual: number | null, floor: number, relativeMin: number): boolean {
  if (!positive(value)) return false;
  if (usual === null) return value >= floor;
  return value >= usual * LONG_RUN_OVER_USUAL && value >= relativeMin;
}

/** A run long by its length: by its minutes or by its distance. */
export function isLongByLength(run: Pick<RunRecord, 'minutes' | 'distanceKm'>, usual: UsualRun): boolean {
  return (
    longBy(run.minutes, usual.minutes, LONG_RUN_FLOOR_MINUTES, LONG_RUN_RELATIVE_MIN_MINUTES) ||
    longBy(run.distanceKm, usual.km, LONG_RUN_FLOOR_KM, LONG_RUN_RELATIVE_MIN_KM)
  );
}

/** Reads many sessions against the same history: the usual run is worked out once per date, not once per call. */
export interface SessionReader {
  kind(run: RunRecord): SessionKind;
  /** A hard day: hard by kind in effect (long run, workout, race) or by effort or load (a hard bike too). */
  hard(run: RunRecord): boolean;
}

export function sessionReader(history: Pick<History, 'runs'>): SessionReader {
  const usualByDate = new Map<string, UsualRun>();
  let running: RunRecord[] | undefined;
  const usual = (date: string): UsualRun => {
    let found = usualByDate.get(date);
    if (!found) {
      running ??= runningWithDates(history.runs);
      found = usualAmong(running, date);
      usualByDate.set(date, found);
    }
    return found;
  };
  const kind = (run: RunRecord): SessionKind => {
    if (!isRunningKind(run.kind) || HARD_KINDS.has(run.kind)) return run.kind;
    if (isLongByLength(run, usual(run.date))) return 'long-run';
    if (isHardSession(run)) return 'workout';
    return run.kind;
  };
  return { kind, hard: (run) => isHardSession(run) || HARD_KINDS.has(kind(run)) };
}

/**
 * The session's kind in effect. Workouts and races stay what they were called whatever their length; so does a
 * long run (the kind the runner said wins when it is harder). An easy or recovery run long by its length is a
 * long run; one hard by effort or load is a workout. Walks and cross-training stay as they are.
 */
export function classifySession(run: RunRecord, history: Pick<History, 'runs'>): SessionKind {
  return sessionReader(history).kind(run);
}

/** A hard day: a session hard by kind in effect (long run, workout, race) or by effort or load (a hard bike too). */
export function isHardDay(run: RunRecord, history: Pick<History, 'runs'>): boolean {
  return sessionReader(history).hard(run);
}
