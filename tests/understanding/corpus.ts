/**
 * The understanding corpus: what runners say in each conversation context, in their own words (not the
 * model's samples), with the ids and safety facts the words determine. Format: /work/wt/CORPUS-FORMAT.md.
 */
import { FALSE_ALARM_PHRASINGS } from './corpus/false-alarms.js';
import { FEELING_PHRASINGS } from './corpus/feeling.js';
import { HOLDOUT_PHRASINGS } from './corpus/holdout.js';
import { DECEMBER_HOLDOUT_PHRASINGS } from './corpus/holdout-december.js';
import { EVENING_HOLDOUT_PHRASINGS } from './corpus/holdout-december-evening.js';
import { OPENINGS_HOLDOUT_PHRASINGS } from './corpus/holdout-openings-december.js';
import { FREE_WORDS_HOLDOUT_PHRASINGS } from './corpus/holdout-free-words.js';
import { DECEMBER_3_HOLDOUT_PHRASINGS } from './corpus/holdout-december-3-sets.js';
import { DECEMBER_3_EVENING_PHRASINGS } from './corpus/holdout-december-3-evening.js';
import { DECEMBER_3_NIGHT_PHRASINGS } from './corpus/holdout-december-3-night.js';
import { LATER_PHRASINGS } from './corpus/later.js';
import { LEGS_PHRASINGS } from './corpus/legs.js';
import { OPENING_PHRASINGS } from './corpus/opening.js';
import { SLEEP_PHRASINGS } from './corpus/sleep.js';
import { YESTERDAY_PHRASINGS } from './corpus/yesterday.js';
import type { Phrasing } from './phrasing.js';

export type { Phrasing } from './phrasing.js';
/** Rows the layer is known to miss, with why (in the figures, expected to fail in the tests). */
export { KNOWN_MISSES } from './corpus/known-misses.js';

export const PHRASINGS: Phrasing[] = [
  ...LEGS_PHRASINGS,
  ...YESTERDAY_PHRASINGS,
  ...SLEEP_PHRASINGS,
  ...FEELING_PHRASINGS,
  ...OPENING_PHRASINGS,
  ...LATER_PHRASINGS,
  ...FALSE_ALARM_PHRASINGS,
  ...HOLDOUT_PHRASINGS,
  ...DECEMBER_HOLDOUT_PHRASINGS,
  ...EVENING_HOLDOUT_PHRASINGS,
  ...OPENINGS_HOLDOUT_PHRASINGS,
  ...FREE_WORDS_HOLDOUT_PHRASINGS,
  ...DECEMBER_3_HOLDOUT_PHRASINGS,
  ...DECEMBER_3_EVENING_PHRASINGS,
  ...DECEMBER_3_NIGHT_PHRASINGS,
];
