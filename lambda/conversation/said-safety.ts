import type { Intent } from 'ask-sdk-model';
import { asksForAdvice, hearSafety } from '../understand/index.js';
import { INTENTS, SLOT_TYPE_IDS, type CustomSlotType } from './contract.js';
import { customSlot, slotOf, slotWords } from './slots.js';

/** Intents that read their own words for safety: the coach's questions and the log. */
const READ_BY_THEIR_HANDLER: ReadonlySet<string> = new Set([INTENTS.ShouldIRun.name, INTENTS.CheckIn.name, INTENTS.LogRun.name]);

const isCustom = (type: string): type is CustomSlotType => type in SLOT_TYPE_IDS;

/**
 * The words of a request that no slot value placed: the free {said} slot, and any custom slot Alexa filled with the
 * runner's own words ("I'm {thinking about a run, my calf is killing me}" heard as the runner's experience).
 */
export function unplacedWords(intent: Intent | undefined): string | undefined {
  const declared = Object.values(INTENTS).find((i) => i.name === intent?.name);
  if (!intent || !declared) return undefined;
  const words = Object.entries(declared.slots as Record<string, string>)
    .filter(([name, type]) => isCustom(type) && customSlot(intent, name, SLOT_TYPE_IDS[type]).state === 'unmatched')
    .map(([name]) => slotWords(slotOf(intent, name)))
    .filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(', ') : undefined;
}

/**
 * Pain that changes how you move, or illness below the neck, in the words of a question that no value placed
 * ("what shoes should I wear, my achilles is killing me"): the words the coach must hear instead of the answer
 * asked for.
 */
export function saidNeedsTheCoach(intent: Intent | undefined): string | undefined {
  if (!intent || READ_BY_THEIR_HANDLER.has(intent.name)) return undefined;
  const words = unplacedWords(intent);
  if (words === undefined) return undefined;
  const safety = hearSafety(words);
  return safety.pain || safety.illBelowNeck ? words : undefined;
}

/** Intents whose free words are sometimes today's question: a log ("raced a 5k yesterday, can I run today?"), the runner's experience. */
const MAY_BE_ADVICE: ReadonlySet<string> = new Set([INTENTS.LogRun.name, INTENTS.Experience.name]);

/** The words, when a log or an experience Alexa heard is really "should I run today?" (understand/asks-advice.ts). */
export function saidAsksForAdvice(intent: Intent | undefined): string | undefined {
  if (!intent || !MAY_BE_ADVICE.has(intent.name)) return undefined;
  const words = unplacedWords(intent);
  return words !== undefined && asksForAdvice(words) ? words : undefined;
}
