/**
 * What a logged session asked of the body: its minutes, its session load and whether it was a hard day.
 */
import {
  ASSUMED_EASY_PACE_MIN_PER_KM,
  ASSUMED_SESSION_MINUTES,
  HARD_EFFORT,
  HARD_SESSION_LOAD,
} from './constants.js';
import type { RunRecord, SessionKind } from './types.js';

/** Sessions that are running (walks and cross-training are movement, not running volume). */
export const RUNNING_KINDS: ReadonlySet<SessionKind> = new Set<SessionKind>([
  'easy-run',
  'recovery-run',
  'long-run',
  'workout',
  'race',
]);

/** Sessions that are hard by their nature, whatever effort was logged (article: long run, hard session, race). */
export const HARD_KINDS: ReadonlySet<SessionKind> = new Set<SessionKind>(['long-run', 'workout', 'race']);

export function isRunningKind(kind: SessionKind): boolean {
  return RUNNING_KINDS.has(kind);
}

function positive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Session load (Foster's session-RPE): effort 1-10 times minutes. */
export function sessionLoad(effort: number, minutes: number): number {
  return effort * minutes;
}

/** Minutes of a session: logged minutes, else derived from distance at an assumed easy pace, else null. */
export function knownMinutes(run: Pick<RunRecord, 'minutes' | 'distanceKm'>): number | null {
  if (positive(run.minutes)) return run.minutes;
  if (positive(run.distanceKm)) return run.distanceKm * ASSUMED_EASY_PACE_MIN_PER_KM;
  return null;
}

/**
 * Running volume of one session, in minutes. Minutes rather than distance: time on feet is what the body feels,
 * a voice log often has a time but no distance, and Foster's load is per minute, so one measure serves both.
 */
export function volumeMinutes(run: Pick<RunRecord, 'minutes' | 'distanceKm'>): number {
  return knownMinutes(run) ?? ASSUMED_SESSION_MINUTES;
}

/** The session's load when its effort is known (minutes may be distance-derived), else null. */
export function runLoad(run: Pick<RunRecord, 'minutes' | 'distanceKm' | 'effort'>): number | null {
  const minutes = knownMinutes(run);
  if (!positive(run.effort) || minutes === null) return null;
  return sessionLoad(run.effort, minutes);
}

/** Hard: a long run, workout or race; or any session at effort >= 7, or with the load of an hour at 7. */
export function isHardSession(run: Pick<RunRecord, 'kind' | 'minutes' | 'distanceKm' | 'effort'>): boolean {
  if (HARD_KINDS.has(run.kind)) return true;
  if (positive(run.effort) && run.effort >= HARD_EFFORT) return true;
  const load = runLoad(run);
  return load !== null && load >= HARD_SESSION_LOAD;
}
