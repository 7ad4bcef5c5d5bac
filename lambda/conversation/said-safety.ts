import type { Intent } from 'ask-sdk-model';
import { asksForAdvice, hearSafety } from '../understand/index.js';
import { INTENTS, SLOT_TYPE_IDS, type CustomSlotType } from './contract.js';
import { customSlot, slotOf, slotWords } from './slots.js';
import { logFromSaid } from './log-from-said.js';

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

/**
 * Intents whose free words are sometimes today's question: a log ("raced a 5k yesterday, can I run today?"), the
 * runner's experience, the check-in ("I slept {brilliantly for once, legs a bit stiff, should I get out}"), the week
 * ("{is it a run day or a rest day? I'm wiped out from work} this week").
 */
const MAY_BE_ADVICE: ReadonlySet<string> = new Set([INTENTS.LogRun.name, INTENTS.Experience.name, INTENTS.CheckIn.name, INTENTS.Week.name]);

/** What each check-in slot's words answer, said back with them so the coach reads them as meant ("slept {badly}"). */
const CHECK_IN_SAID: Readonly<Record<string, string>> = { sleep: 'slept', feeling: 'feeling', legs: 'legs', yesterday: 'yesterday', said: '' };

/** The words, when a log or an experience Alexa heard is really "should I run today?" (understand/asks-advice.ts). */
export function saidAsksForAdvice(intent: Intent | undefined): string | undefined {
  if (!intent || !MAY_BE_ADVICE.has(intent.name)) return undefined;
  if (intent.name === INTENTS.CheckIn.name) return checkInAsksForAdvice(intent);
  // A log's words as Alexa sent them, unless the log handlers read them anew ("raced {the half}", "ran a half" as a
  // half marathon, not 0.5 of a unit): filling a slot from the words would hide them.
  const read = intent.name === INTENTS.LogRun.name ? logFromSaid(intent) : intent;
  const rewritten = slotWords(slotOf(read, 'said')) !== slotWords(slotOf(intent, 'said'));
  const unplaced = unplacedWords(rewritten ? read : intent);
  if (unplaced === undefined || !asksForAdvice(unplaced)) return undefined;
  // The log's own words go with the question: a kind Alexa placed, and the number before a unit it did not.
  const kind = customSlot(intent, 'kind', SLOT_TYPE_IDS.SessionType).state === 'matched' ? slotWords(slotOf(intent, 'kind')) : undefined;
  const unit = customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType).state;
  const distance = slotWords(slotOf(intent, 'distance'));
  // "I did a {10} {k} {race yesterday and my quads are sore, should I...}": the distance said goes with its words.
  const said = distance === undefined ? unplaced : unit === 'unmatched' ? `${distance} ${unplaced}` : unit === 'matched' ? `${distance} ${slotWords(slotOf(intent, 'unit')) ?? ''} ${unplaced}` : unplaced;
  return [kind, said].filter((w): w is string => w !== undefined).join(', ');
}

/** A check-in whose answer words ask today's question: all its words go to the coach, each with what it answers. */
function checkInAsksForAdvice(intent: Intent): string | undefined {
  // Only an answer slot's words: {said} comes with the check-in's own words ("do the check-in {with me, how ready am I}").
  const answers = (['sleep', 'feeling', 'legs', 'yesterday'] as const)
    .filter((name) => customSlot(intent, name, SLOT_TYPE_IDS[INTENTS.CheckIn.slots[name]]).state === 'unmatched')
    .map((name) => slotWords(slotOf(intent, name)))
    .filter((w): w is string => w !== undefined);
  if (answers.length === 0 || !asksForAdvice(answers.join(', '))) return undefined;
  return Object.entries(CHECK_IN_SAID)
    .map(([name, said]) => {
      const words = slotWords(slotOf(intent, name));
      return words === undefined ? undefined : `${said} ${words}`.trim();
    })
    .filter((w): w is string => w !== undefined)
    .join(', ');
}
