/**
 * Who is a new runner, from the history alone (the runner's own answer always wins, see facts): someone whose
 * logged running is all short and easy. One longer run, or a long run, workout or race, says otherwise.
 */
import { NEW_RUNNER_SHORT_RUN_KM, NEW_RUNNER_SHORT_RUN_MINUTES } from './constants.js';
import { HARD_KINDS, isRunningKind } from './load.js';
import type { RunRecord } from './types.js';

function positive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * A running session that a new runner would not have done: beyond 5 km, or (with no distance) beyond 30 minutes,
 * or one the runner called a long run, workout or race. The distance decides when there is one: 5 km in 32 minutes
 * is the Couch to 5K graduation run, not a sign of years of running. Effort alone does not count either: a new
 * runner's 20 minutes can honestly feel like 8/10.
 */
export function showsRunningExperience(run: RunRecord): boolean {
  if (!isRunningKind(run.kind)) return false;
  if (HARD_KINDS.has(run.kind)) return true;
  if (positive(run.distanceKm)) return run.distanceKm > NEW_RUNNER_SHORT_RUN_KM;
  return positive(run.minutes) && run.minutes > NEW_RUNNER_SHORT_RUN_MINUTES;
}

/** Only short, easy running (or none) in the sessions given. */
export function onlyShortEasyRunning(runs: readonly RunRecord[]): boolean {
  return !runs.some(showsRunningExperience);
}
