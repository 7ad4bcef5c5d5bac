import type { Intent } from 'ask-sdk-model';
import { readAnswer, type AnswerSlot, type SlotIds, type Understood } from '../understand/index.js';
import { customSlot, slotOf, slotWords, type SlotRead } from './slots.js';

/**
 * A custom slot as the handlers use it: Alexa's entity-resolution id where it matched, else the runner's own
 * words read by the understanding layer (Alexa's custom slot types are not enumerations: an answer often
 * arrives as raw words with ER_SUCCESS_NO_MATCH). Unmatched only when neither could place the words.
 */
export function understoodSlot<S extends AnswerSlot>(
  intent: Intent | undefined,
  name: string,
  slot: S,
  ids: readonly SlotIds[S][],
): { read: SlotRead<SlotIds[S]>; heard: Understood<S> } {
  const alexa = customSlot(intent, name, ids);
  const words = slotWords(slotOf(intent, name));
  const heard = readAnswer(slot, words, alexa.state === 'matched' ? alexa.value : undefined);
  const read: SlotRead<SlotIds[S]> =
    heard.id !== undefined && (ids as readonly string[]).includes(heard.id) ? { state: 'matched', value: heard.id } : alexa.state === 'missing' ? alexa : { state: 'unmatched' };
  return { read, heard };
}
