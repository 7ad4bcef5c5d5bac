/**
 * The understanding layer: the runner's own words -> the coach's ids, and the safety words heard anywhere.
 * Pure: no Alexa, no AWS, no clock. Handlers call it when a slot arrives without an entity-resolution match
 * (ER_SUCCESS_NO_MATCH or no resolutions), and check `hearSafety` on every answer's words.
 */
import type { Legs } from '../coach/types.js';
import type { SLOT_TYPE_IDS } from '../conversation/contract.js';
import { understandActivity } from './activity.js';
import { understandEffort } from './effort.js';
import { understandExperience } from './experience.js';
import { understandFeeling } from './feeling.js';
import { understandLegs } from './legs.js';
import { clauses, normalise, withoutHedges } from './normalise.js';
import { minutesFirst } from './numbers.js';
import { hearPain } from './pain.js';
import { hearIllness } from './illness.js';
import { type Safety } from './safety.js';
import { understandSleep } from './sleep.js';
import { understandTopic } from './topic.js';
import { understandSession } from './yesterday.js';

export { hearSafety, type Safety } from './safety.js';
export { normalise, withoutHedges } from './normalise.js';
export { LONG_RUN_KM, LONG_RUN_MINUTES, MARATHON_OR_MORE_KM } from './yesterday.js';
export { SHORT_NIGHT_HOURS } from './sleep.js';
export { understandVolunteered, type Volunteered } from './volunteered.js';
export { understandLogWords, type LogWords } from './log-words.js';
export { asksForAdvice } from './asks-advice.js';

type Ids = typeof SLOT_TYPE_IDS;

/** The slots the layer reads, and the ids each may come back with. */
export interface SlotIds {
  legs: Legs;
  yesterday: Ids['SessionType'][number];
  kind: Ids['SessionType'][number];
  sleep: Ids['SleepType'][number];
  feeling: Ids['FeelingType'][number];
  effortWord: Ids['EffortType'][number];
  topic: Ids['TopicType'][number];
  activity: Ids['ActivityType'][number];
  experience: Ids['ExperienceType'][number];
}
export type AnswerSlot = keyof SlotIds;

export interface Understood<S extends AnswerSlot> {
  /** The id the words mean; absent when they are truly unclear (ask again). */
  id?: SlotIds[S];
  /** Pain or illness heard anywhere in the words, whatever the slot. */
  safety: Safety;
  /** A distance the words carry (yesterday, kind), in km; a named race's distance when none was said. */
  distanceKm?: number;
  /** A duration the words carry (yesterday, kind), in minutes. */
  minutes?: number;
}

/** Reads one answer. `words` are the slot's raw value (or the whole utterance when that is all there is). */
export function understandAnswer<S extends AnswerSlot>(slot: S, words: string): Understood<S> {
  const said = clauses(words);
  const normalised = said.join(' ');
  const core = withoutHedges(normalise(words));
  const pain = hearPain(said);
  // An answer to "how did you sleep?" is about sleep: "poorly" there is how, not an illness.
  const asked = slot === 'sleep' && said.length > 0 ? [`slept ${said[0] ?? ''}`, ...said.slice(1)] : said;
  const safety: Safety = { pain: pain.pain, ...hearIllness(asked) };
  const out: Understood<AnswerSlot> = { safety };
  switch (slot) {
    case 'legs': {
      const id = understandLegs(said, pain);
      if (id) out.id = id;
      break;
    }
    case 'yesterday':
    case 'kind': {
      const session = understandSession(said, normalised, core);
      if (session.id) out.id = session.id;
      if (session.distanceKm !== undefined) out.distanceKm = session.distanceKm;
      if (session.minutes !== undefined) out.minutes = session.minutes;
      break;
    }
    case 'sleep': {
      // "woke up coughing", "up with a temperature": a night of pain or illness is a bad night
      // A sample such as "{sleep} sleep" leaves "couldn't get to" in the slot: read it with the word it lost.
      const id =
        understandSleep(said, normalised) ??
        understandSleep(clauses(`${words} sleep`), `${normalised} sleep`) ??
        (safety.pain || safety.illBelowNeck || safety.illAboveNeck ? 'bad' : undefined);
      if (id) out.id = id;
      break;
    }
    case 'feeling': {
      const id = understandFeeling(said, safety, core);
      if (id) out.id = id;
      // The answer to "how are you in yourself?" is itself the safety word: "not well" is unwell.
      if (id === 'ill-below-neck') safety.illBelowNeck = true;
      if (id === 'ill-above-neck') safety.illAboveNeck = true;
      break;
    }
    case 'effortWord': {
      const id = understandEffort(said, normalised);
      if (id) out.id = id;
      break;
    }
    case 'topic': {
      const id = understandTopic(normalised);
      if (id) out.id = id;
      break;
    }
    case 'experience': {
      const id = understandExperience(normalised);
      if (id) out.id = id;
      break;
    }
    case 'activity': {
      const id = understandActivity(normalised);
      if (id) out.id = id;
      break;
    }
  }
  return out as Understood<S>;
}

/**
 * What the handler should use for a slot: the entity-resolution id when Alexa matched one, else the layer's
 * reading of the raw words; safety from the words either way, and pain or illness in the words overrides a
 * milder matched id (legs "fine but my knee hurts" is painful, however Alexa resolved "fine").
 */
export function readAnswer<S extends AnswerSlot>(slot: S, words: string | undefined, matchedId?: SlotIds[S]): Understood<S> {
  const heard: Understood<S> = words ? understandAnswer(slot, words) : { safety: { pain: false, illBelowNeck: false, illAboveNeck: false } };
  const out: Understood<S> = { ...heard };
  if (matchedId !== undefined) out.id = matchedId;
  if (slot === 'legs' && heard.safety.pain) out.id = 'painful' as SlotIds[S];
  if (slot === 'feeling') {
    if (heard.safety.illBelowNeck) out.id = 'ill-below-neck' as SlotIds[S];
    else if (heard.safety.illAboveNeck && out.id !== 'ill-below-neck') out.id = 'ill-above-neck' as SlotIds[S];
  }
  const safety = { ...heard.safety };
  if (out.id === 'painful') safety.pain = true;
  if (out.id === 'ill-below-neck') safety.illBelowNeck = true;
  if (out.id === 'ill-above-neck') safety.illAboveNeck = true;
  out.safety = safety;
  return out;
}

/** "an hour {twenty five, felt moderate}": the minutes past a whole hour that begin the words, and the words after. */
export function minutesAfterHours(words: string): { minutes: number; rest: string } | undefined {
  return minutesFirst(normalise(words));
}
export { roomAsked, speaksOfToday, type Room } from './room.js';
