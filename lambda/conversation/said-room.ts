import type { Intent, Slot } from 'ask-sdk-model';
import { hearSafety, roomAsked, type Room } from '../understand/index.js';
import { INTENTS, SLOT_TYPE_IDS, type IntentKey } from './contract.js';
import { intentWith } from './reply.js';
import { unplacedWords } from './said-safety.js';
import { customSlot } from './slots.js';

/** Where each room's words go: the free slot its handler reads. */
const ROOMS: Readonly<Record<Room, { key: IntentKey; slot: string }>> = {
  wear: { key: 'Wear', slot: 'said' },
  learn: { key: 'Learn', slot: 'topic' },
  week: { key: 'Week', slot: 'said' },
  'check-in': { key: 'CheckIn', slot: 'said' },
  log: { key: 'LogRun', slot: 'said' },
};

/**
 * "Should I run?" that Alexa heard only through its last-resort samples ("should I {wear gloves this morning}"):
 * no legs, yesterday or feeling placed, and the words clearly ask for another job. That job's intent, with the
 * words in the slot its handler reads; undefined for everything else (today's question stays). Safety words stay
 * with the coach.
 */
export function saidRoom(intent: Intent | undefined): Intent | undefined {
  if (intent?.name !== INTENTS.ShouldIRun.name) return undefined;
  const placed = (['legs', 'yesterday', 'feeling'] as const).some((name) => customSlot(intent, name, SLOT_TYPE_IDS[INTENTS.ShouldIRun.slots[name]]).state !== 'missing');
  if (placed) return undefined;
  const words = unplacedWords(intent);
  if (words === undefined) return undefined;
  const safety = hearSafety(words);
  if (safety.pain || safety.illBelowNeck) return undefined;
  const room = roomAsked(words);
  if (room === undefined) return undefined;
  const { key, slot } = ROOMS[room];
  const heard: Slot = { name: slot, value: words, confirmationStatus: 'NONE' };
  return intentWith(key, undefined, { [slot]: heard });
}
