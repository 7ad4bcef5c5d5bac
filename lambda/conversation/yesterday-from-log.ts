import type { Intent, Slot } from 'ask-sdk-model';
import { INTENTS } from './contract.js';
import { durationSlot, slotOf, slotWords } from './slots.js';

/**
 * "Ran 5 miles" in answer to "what did you do yesterday?" matches the log-a-run samples, and Alexa may switch to
 * that intent in the middle of the dialog. A coach hears it as the answer. These are the words Alexa put into the
 * log's slots (led by "ran" when no kind was named), in the order they were said as far as the slots tell, with the duration spoken back as minutes:
 * the yesterday slot gets them as the runner's own words (no entity-resolution match), so the understanding layer
 * reads them exactly as if Alexa had filled the slot that was asked for.
 */
export function yesterdayWordsFromLog(log: Intent): string | undefined {
  if (log.name !== INTENTS.LogRun.name) return undefined;
  const word = (name: string) => slotWords(slotOf(log, name));
  const duration = durationSlot(log, 'duration');
  const minutes = duration.state === 'matched' ? duration.value : undefined;
  // With no kind said, the intent itself is the verb: a log is a run ("ran 5 miles", "ran for an hour and a half").
  const parts = [
    word('kind') ?? 'ran',
    word('distance') !== undefined ? [word('distance'), word('unit') ?? ''].join(' ').trim() : undefined,
    minutes !== undefined ? `${minutes} minutes` : undefined,
    word('effortWord'),
    word('said'),
  ].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 1 ? parts.join(' ') : undefined;
}

/** The yesterday slot filled with the runner's words, unmatched, as Alexa delivers an answer outside the values. */
export function yesterdayAsWords(words: string): Slot {
  return { name: 'yesterday', value: words, confirmationStatus: 'NONE' };
}
