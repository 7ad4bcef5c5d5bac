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
 * A running session that a new runner would not have done: beyond 30 minutes or 5 km, or one the runner called a
 * long run, workout or race. Effort alone does not count: a new runner's 20 minutes can honestly feel like 8/10.
 */
export function showsRunningExperience(run: RunRecord): boolean {
  if (!isRunningKind(run.kind)) return false;
  if (HARD_KINDS.has(run.kind)) return true;
  return (
    (positive(run.minutes) && run.minutes > NEW_RUNNER_SHORT_RUN_MINUTES) ||
    (positive(run.distanceKm) && run.distanceKm > NEW_RUNNER_SHORT_RUN_KM)
  );
}

/** Only short, easy running (or none) in the sessions given. */
export function onlyShortEasyRunning(runs: readonly RunRecord[]): boolean {
  return !runs.some(showsRunningExperience);
}
