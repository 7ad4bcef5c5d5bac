import type { Intent, Slot } from 'ask-sdk-model';
import { understandLogWords } from '../understand/index.js';
import { intentWith } from './reply.js';
import { SLOT_TYPE_IDS } from './contract.js';
import { customSlot, resolvedSlot, slotOf, slotWords } from './slots.js';

/**
 * A log whose session came in words no sample spells out ({said}: "long run done mate, 28k in two and a half
 * hours"), or in an unplaced kind: the layer's reading is written into the slots Alexa would have filled, each only where Alexa filled
 * nothing, so the log handlers read one shape of intent however it was said.
 */
export function logFromSaid(log: Intent): Intent {
  // An unplaced kind ("a fartlek thing, like 35 minutes or so") carries numbers too; its own reading stays the handler's.
  const kindWords = customSlot(log, 'kind', SLOT_TYPE_IDS.SessionType).state === 'unmatched' ? slotWords(slotOf(log, 'kind')) : undefined;
  const free = [slotWords(slotOf(log, 'said')), kindWords].filter((w): w is string => w !== undefined);
  if (free.length === 0) return log;
  const words = free.join(', ');
  const heard = understandLogWords(words);
  const empty = (name: string) => slotWords(slotOf(log, name)) === undefined;
  const fill: Record<string, Slot> = {};
  if (heard.kind && empty('kind')) fill['kind'] = resolvedSlot('kind', heard.kind, words);
  if (heard.distance && empty('distance')) {
    fill['distance'] = { name: 'distance', value: String(heard.distance.value), confirmationStatus: 'NONE' };
    if (empty('unit')) fill['unit'] = resolvedSlot('unit', heard.distance.unit, heard.distance.unit);
  }
  if (heard.minutes !== undefined && empty('duration')) fill['duration'] = { name: 'duration', value: `PT${heard.minutes}M`, confirmationStatus: 'NONE' };
  if (heard.effort && empty('effortWord') && empty('effortScore')) fill['effortWord'] = resolvedSlot('effortWord', heard.effort, heard.effort);
  return Object.keys(fill).length > 0 ? { ...intentWith('LogRun', log, fill), confirmationStatus: log.confirmationStatus } : log;
}
