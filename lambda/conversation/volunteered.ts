import type { Intent } from 'ask-sdk-model';
import { normalise, understandVolunteered, type Volunteered } from '../understand/index.js';
import { SLOT_TYPE_IDS } from './contract.js';
import { customSlot, slotOf, slotWords } from './slots.js';

/**
 * The words a request carried outside any value: the free {said} slot, and a "time of day" that was not one
 * ("should I run {when}" heard as "should I run with this calf"). Alexa sends both as raw words.
 */
export function volunteeredWords(intent: Intent | undefined): string | undefined {
  const when = customSlot(intent, 'when', SLOT_TYPE_IDS.WhenType).state === 'unmatched' ? slotWords(slotOf(intent, 'when')) : undefined;
  // Words in {when} follow the sample's asker ("should I {smash out some intervals}", "I should {run, had a rest day
  // yesterday}"): when they begin with what is asked about, they are said with the asker again, so the run asked about
  // is not read as yesterday's session ("should I run {did hills yesterday}" begins with the past, and is not).
  const asked = when !== undefined && ASKED_FIRST.test(when) ? `should i ${when}` : when;
  const words = [asked, slotWords(slotOf(intent, 'said'))].filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(', ') : undefined;
}

const ASKED_FIRST = /^(?:run|running|go|head|get|do|smash|hit|jog|train|try|squeeze|fit|bother|still|rest|take|skip|attempt|have a (?:run|go|crack))\b/i;

const RUN_DOWN_SAID = /\b(?:run ?down|drained|exhausted|stressed|burnt out|burned out|wiped out|no energy|low energy)\b/i;

const GOOD_LEGS: ReadonlySet<string> = new Set(['fresh', 'okay']);
const LEG_NAMED = /\b(?:legs?|calf|calves|quads?|hamstrings?|glutes?|thighs?)\b/i;
/** Tested on normalised words ("I'm" is "i am"). */
const FINE_SAID = /\b(?:i feel|i am feeling|feeling|i am) (?:fine|good|great|okay|ok|alright|well|100 percent|fighting fit)\b/;

/** The readiness slots whose unplaced words may tell another slot's fact. */
const READINESS_SLOTS = [
  ['legs', SLOT_TYPE_IDS.LegsType],
  ['yesterday', SLOT_TYPE_IDS.SessionType],
  ['sleep', SLOT_TYPE_IDS.SleepType],
  ['feeling', SLOT_TYPE_IDS.FeelingType],
] as const;

/**
 * What those words tell the coach, read by the understanding layer; undefined when there were none. A readiness
 * slot's words that no value placed ("should I run today, I feel {great, legs are fresh}", "{heavy, did hills
 * yesterday}") also tell the legs, yesterday or the night, never their own slot's fact (the slot reads that) nor
 * safety (each slot hears its own words' safety), and how the runner is only when said outright: "poorly" after
 * "how did you sleep?" is the night, not an illness.
 */
export function heardVolunteered(intent: Intent | undefined): Volunteered | undefined {
  const words = volunteeredWords(intent);
  let merged: Volunteered | undefined = words === undefined ? undefined : understandVolunteered(words);
  for (const [name, ids] of READINESS_SLOTS) {
    if (customSlot(intent, name, ids).state !== 'unmatched') continue;
    const slotSaid = slotWords(slotOf(intent, name));
    if (slotSaid === undefined) continue;
    const across = understandVolunteered(slotSaid);
    merged ??= { safety: { pain: false, illBelowNeck: false, illAboveNeck: false } };
    // Good legs only when a leg is named: "I slept {great and I feel fine}" says nothing of the legs.
    if (name !== 'legs' && across.legs && !merged.legs && (!GOOD_LEGS.has(across.legs) || LEG_NAMED.test(slotSaid))) merged.legs = across.legs;
    // "I feel fine" said outright in another answer is how the runner is.
    if (name !== 'feeling' && across.feeling === 'fine' && FINE_SAID.test(normalise(slotSaid)) && !merged.feeling) merged.feeling = 'fine';
    // How the runner is only when the words say run down outright ("legs are a bit flat and I'm feeling pretty run
    // down"): "poorly" after "how did you sleep?" is the night.
    if (name !== 'feeling' && across.feeling === 'run-down' && RUN_DOWN_SAID.test(slotSaid) && !merged.feeling) merged.feeling = 'run-down';
    if (name !== 'sleep' && across.sleep && !merged.sleep) merged.sleep = across.sleep;
    if (name !== 'yesterday' && across.yesterday && !merged.yesterday) {
      merged.yesterday = across.yesterday;
      if (across.yesterdayDistanceKm !== undefined) merged.yesterdayDistanceKm = across.yesterdayDistanceKm;
    }
  }
  return merged;
}
