import type { Yesterday } from '../coach/index.js';
import type { SlotId } from './contract.js';

/** The SessionType slot's ids, as the coach's "yesterday" plus a race distance where the runner named one. */
export const SESSION_SLOT: Readonly<Record<SlotId<'SessionType'>, { yesterday: Yesterday; distanceKm?: number }>> = {
  rest: { yesterday: 'rest' },
  'easy-run': { yesterday: 'easy-run' },
  'recovery-run': { yesterday: 'recovery-run' },
  'long-run': { yesterday: 'long-run' },
  workout: { yesterday: 'workout' },
  race: { yesterday: 'race' },
  'race-5k': { yesterday: 'race', distanceKm: 5 },
  'race-10k': { yesterday: 'race', distanceKm: 10 },
  'race-half-marathon': { yesterday: 'race', distanceKm: 21.1 },
  'race-marathon': { yesterday: 'race', distanceKm: 42.2 },
  'cross-training': { yesterday: 'cross-training' },
  walk: { yesterday: 'walk' },
};
