/**
 * The days after a long race: first a walk or rest, then recovery runs, then easy running with no hard session
 * until a day per mile raced has passed. Pure arithmetic on the race's distance.
 */
import { LONG_RACE_KM, LONG_RACE_NO_HARD_DAYS_PER_MILE, LONG_RACE_RECOVERY_RUN_SHARE } from './constants.js';
import { kmToMiles } from './units.js';

export interface LongRaceWindow {
  /** Days after the race (1 = the day after) that are a walk or rest. */
  walkDays: number;
  /** The last day after the race on which runs stay recovery runs. */
  recoveryRunDays: number;
  /** The last day after the race with no hard session. */
  noHardDays: number;
}

/** Where a day falls after a long race. */
export type LongRacePhase = 'walk' | 'recovery-run' | 'no-hard' | 'over';

export function isLongRace(distanceKm: number | null | undefined): boolean {
  return typeof distanceKm === 'number' && Number.isFinite(distanceKm) && distanceKm >= LONG_RACE_KM;
}

/** The window for a race of `distanceKm`; null when it is not a long race. Grows with the distance. */
export function longRaceWindow(distanceKm: number): LongRaceWindow | null {
  if (!isLongRace(distanceKm)) return null;
  const noHardDays = Math.max(1, Math.round(kmToMiles(distanceKm) * LONG_RACE_NO_HARD_DAYS_PER_MILE));
  const recoveryRunDays = Math.max(1, Math.round(noHardDays * LONG_RACE_RECOVERY_RUN_SHARE));
  return { walkDays: 1, recoveryRunDays, noHardDays };
}

/** The phase `daysAfter` days after a race of `distanceKm` (1 = the day after). */
export function longRacePhase(distanceKm: number, daysAfter: number): LongRacePhase {
  const window = longRaceWindow(distanceKm);
  if (!window || !Number.isInteger(daysAfter) || daysAfter < 1) return 'over';
  if (daysAfter <= window.walkDays) return 'walk';
  if (daysAfter <= window.recoveryRunDays) return 'recovery-run';
  if (daysAfter <= window.noHardDays) return 'no-hard';
  return 'over';
}
