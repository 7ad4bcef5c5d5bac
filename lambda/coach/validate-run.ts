/**
 * Checks a session the runner wants to log before it reaches the history. Pure: numbers in, a run in km or a
 * problem code out; the speech explains each code.
 */
import {
  EFFORT_MAX,
  EFFORT_MIN,
  MAX_RUN_KM,
  MAX_RUN_MINUTES,
  PACE_CHECK_MIN_KM,
  WHOLE_DAY_MINUTES,
  WORLD_RECORDS,
  type WorldRecord,
} from './constants.js';
import type { SessionKind } from './types.js';
import { toKm, type DistanceUnit } from './units.js';

export const RUN_PROBLEMS = [
  'not-a-number', // NaN or Infinity anywhere: a slot that did not resolve
  'nothing-to-log', // no kind, no distance, no time
  'distance-not-positive',
  'distance-too-long', // beyond MAX_RUN_KM
  'minutes-not-positive',
  'minutes-too-long', // beyond MAX_RUN_MINUTES
  'minutes-whole-day', // exactly a day (a DURATION of P1D) for anything but a race: asked about, not logged
  'effort-out-of-range', // not within 1-10
  'pace-too-fast', // faster than the world record for its distance band (not checked for cross-training)
] as const;
export type RunProblem = (typeof RUN_PROBLEMS)[number];

export interface RunToValidate {
  kind?: SessionKind;
  distance?: number;
  /** The unit of `distance`; kilometres when not said (the handler passes the runner's unit). */
  unit?: DistanceUnit;
  minutes?: number;
  /** Rate of perceived exertion, 1-10. */
  effort?: number;
}

export interface ValidRun {
  kind: SessionKind;
  distanceKm?: number;
  minutes?: number;
  effort?: number;
}

/** The record that bounds a distance: the longest record distance not beyond it (null under the first band). */
export function recordFor(distanceKm: number): WorldRecord | null {
  let bound: WorldRecord | null = null;
  for (const record of WORLD_RECORDS) if (record.km <= distanceKm) bound = record;
  return bound;
}

/**
 * Faster on average than the world record of its band: nobody has held that pace so far. Distances under
 * PACE_CHECK_MIN_KM are not judged (whole spoken minutes are too coarse there).
 */
export function fasterThanWorldRecord(distanceKm: number, minutes: number): boolean {
  if (distanceKm < PACE_CHECK_MIN_KM) return false;
  const record = recordFor(distanceKm);
  return record !== null && minutes / distanceKm < record.minutes / record.km;
}

export type RunValidation = { ok: true; run: ValidRun } | { ok: false; problem: RunProblem };

/**
 * The first problem found, in the order of RUN_PROBLEMS, or the run in kilometres.
 * A distance or time without a kind is logged as an easy run: most runs are easy, and the runner can correct it.
 * A kind alone is a valid log (e.g. "I did a workout"); an effort alone is not a session.
 */
export function validateRun(input: RunToValidate): RunValidation {
  const { kind, distance, minutes, effort, unit = 'km' } = input;
  const fail = (problem: RunProblem): RunValidation => ({ ok: false, problem });

  for (const value of [distance, minutes, effort]) {
    if (value !== undefined && !Number.isFinite(value)) return fail('not-a-number');
  }
  if (kind === undefined && distance === undefined && minutes === undefined) return fail('nothing-to-log');

  const distanceKm = distance === undefined ? undefined : toKm(distance, unit);
  if (distanceKm !== undefined) {
    if (distanceKm <= 0) return fail('distance-not-positive');
    if (distanceKm > MAX_RUN_KM) return fail('distance-too-long');
  }
  if (minutes !== undefined) {
    if (minutes <= 0) return fail('minutes-not-positive');
    if (minutes > MAX_RUN_MINUTES) return fail('minutes-too-long');
    // "A day" heard as a duration is far likelier than a 24-hour walk; a 24-hour race is real.
    if (minutes >= WHOLE_DAY_MINUTES && kind !== 'race') return fail('minutes-whole-day');
  }
  if (effort !== undefined && (effort < EFFORT_MIN || effort > EFFORT_MAX)) return fail('effort-out-of-range');
  // Cross-training (a bike ride) covers ground faster than any runner: no pace check for it.
  const paced = kind !== 'cross-training' && distanceKm !== undefined && minutes !== undefined;
  if (paced && fasterThanWorldRecord(distanceKm, minutes)) return fail('pace-too-fast');

  const run: ValidRun = { kind: kind ?? 'easy-run' };
  if (distanceKm !== undefined) run.distanceKm = distanceKm;
  if (minutes !== undefined) run.minutes = minutes;
  if (effort !== undefined) run.effort = effort;
  return { ok: true, run };
}
