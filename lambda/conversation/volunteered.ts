import type { Intent } from 'ask-sdk-model';
import { understandVolunteered, type Volunteered } from '../understand/index.js';
import { SLOT_TYPE_IDS } from './contract.js';
import { customSlot, slotOf, slotWords } from './slots.js';

/**
 * The words a request carried outside any value: the free {said} slot, and a "time of day" that was not one
 * ("should I run {when}" heard as "should I run with this calf"). Alexa sends both as raw words.
 */
export function volunteeredWords(intent: Intent | undefined): string | undefined {
  const said = slotWords(slotOf(intent, 'said'));
  const when = customSlot(intent, 'when', SLOT_TYPE_IDS.WhenType).state === 'unmatched' ? slotWords(slotOf(intent, 'when')) : undefined;
  const words = [when, said].filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(', ') : undefined;
}

/** What those words tell the coach, read by the understanding layer; undefined when there were none. */
export function heardVolunteered(intent: Intent | undefined): Volunteered | undefined {
  const words = volunteeredWords(intent);
  return words === undefined ? undefined : understandVolunteered(words);
}
