import type { Intent } from 'ask-sdk-model';
import { hearSafety } from '../understand/index.js';
import { INTENTS } from './contract.js';
import { slotOf, slotWords } from './slots.js';

/** Intents that read {said} themselves: the coach's questions and the log. */
const READ_BY_THEIR_HANDLER: ReadonlySet<string> = new Set([INTENTS.ShouldIRun.name, INTENTS.CheckIn.name, INTENTS.LogRun.name]);

/**
 * Pain that changes how you move, or illness below the neck, in the free words of a question ("what shoes should
 * I wear, my achilles is killing me"): the words the coach must hear instead of the answer asked for.
 */
export function saidNeedsTheCoach(intent: Intent | undefined): string | undefined {
  if (!intent || READ_BY_THEIR_HANDLER.has(intent.name)) return undefined;
  const words = slotWords(slotOf(intent, 'said'));
  if (words === undefined) return undefined;
  const safety = hearSafety(words);
  return safety.pain || safety.illBelowNeck ? words : undefined;
}
