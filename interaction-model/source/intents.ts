/**
 * What runners say: sample utterances per custom intent, and slot samples (the answers Alexa accepts while the
 * skill elicits one slot with Dialog.ElicitSlot). Patterns use `[a|b|]` for alternatives (see expand.ts); the
 * samples themselves live in samples-*.ts, the answers to each question in answers.ts.
 *
 * Rules kept here, checked by tests/interaction-model:
 * - no phrase is a sample of two intents, also once each slot is filled with its type's values;
 * - a bare slot answer ("{legs}", "I did {yesterday}") is only ever a slot sample, never an intent sample,
 *   so "heavy" means something only while legs is being asked for;
 * - sample words are spelled out (no digits), as Alexa requires, and read as English ("a shoe", not "some a shoe").
 */
import { INTENTS } from '../../lambda/conversation/contract.js';
import type { LocaleWords } from './locales.js';
import { adviceSamples } from './samples-advice.js';
import { loggingSamples } from './samples-logging.js';
import { questionSamples } from './samples-questions.js';
import { reminderSamples } from './samples-reminders.js';

export type IntentKey = keyof typeof INTENTS;
type SlotOf<K extends IntentKey> = keyof (typeof INTENTS)[K]['slots'] & string;

export interface IntentSource<K extends IntentKey> {
  /** Intent sample patterns. */
  samples: readonly string[];
  /** Slot elicitation sample patterns, per slot. Each names its own slot. */
  slotSamples: Partial<Record<SlotOf<K>, readonly string[]>>;
}

export type AllIntentSources = { [K in IntentKey]: IntentSource<K> };

export function intentSources(w: LocaleWords): AllIntentSources {
  return { ...adviceSamples(w), ...loggingSamples(w), ...questionSamples(w), ...reminderSamples() };
}
