/**
 * Which of the skill's other jobs the words ask for, when they came to "should I run?" only because its last-resort
 * samples ("should I {said}", "{said} can I {when}") caught them: "should I {wear gloves this morning}", "can I
 * {log a walk I did}", "could I {hear what I did this week}". Only clear requests: anything else stays today's
 * question, which asks how the legs feel and never loses a word.
 */
import { normalise } from './normalise.js';
import { understandVolunteered } from './volunteered.js';

export type Room = 'wear' | 'learn' | 'week' | 'check-in' | 'log';

const CHECK_IN = /\b(?:check in|checkin|readiness check)\b/;
/** Asking to log or save, before a session word: "log a walk", "record my run from this morning". */
const LOG = /\b(?:log|record|save|add|put down|enter|track (?:my|a|this|that))\b(?:\s+\S+){0,3}?\s+(?:run|runs|jog|walk|session|workout|swim|ride|parkrun|race|km|mile|miles|min)\b/;
/** The week asked about: "what I did this week", "how many miles so far this week". */
const WEEK_ASK = /\b(?:what|how many|how much|how far|remind|tell|show|recap|summary|rundown)\b/;
const WEEK = /\b(?:this week|past week|last 7 days|so far this|my week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))\b/;
/** Clothes, or dressing for the weather: "wear", "put on", "layers", "gloves". */
const WEAR = /\b(?:wear|wearing|dress|dressed|put on|layer|layers|layer up|gloves|jacket|shorts|tights|leggings|beanie|hat|thermal|long sleeve|long sleeves|singlet|vest|rain jacket|windbreaker|base layer|gear|kit|clothes|clothing|shoes|trainers|sneakers|runners|jumper|jersey|sweater|hoodie|fleece|t shirt|tee|waterproof|waterproofs|rain coat|raincoat|poncho|sunnies|sunglasses|visor|cap|buff|arm warmers|gilet|thermals)\b/;
/** A question about recovery running in general, not today's plan. */
const LEARN_ASK = /\b(?:what is|what are|what exactly|what actually|the point of|why (?:do|should|are|is|would)|how (?:slow|fast|easy)\b|(?:what|which) (?:pace|speed|heart rate|effort)|how (?:long|far|hard) (?:should|is|are|do|does|must|am i (?:supposed|meant) to)|difference|same thing|same as|talk test|supposed to feel|meant to feel|should (?:it|they) feel|or is (?:\w+ ){0,2}(?:rest|resting|walking|a walk) better|better than (?:resting|rest|walking|a walk))\b/;
const LEARN_ABOUT = /\b(?:recovery run|recovery runs|recovery jog|recovery jogs|recovery day|recovery days|easy run|easy runs|talk test|rest day|rest days)\b/;
const WALK_OR_REST = /\b(?:go for )?(?:a )?walk(?:ing)? or (?:just )?(?:rest|resting|have a (?:full |proper )?rest|take a (?:full |proper )?rest|do nothing)\b/;
/** Today's plan: a question about today is "should I run?", however it is put. */
const TODAY = /\b(?:today|tonight|this morning|this afternoon|this evening|this arvo|now)\b/;

/**
 * `asked`: the question word was the sample's own ("what's {my week been like}"), so the words need not carry one.
 */
export function roomAsked(words: string, asked = false): Room | undefined {
  const t = normalise(words);
  if (CHECK_IN.test(t)) return 'check-in';
  if (LOG.test(t)) return 'log';
  if (WEEK.test(t) && (asked || WEEK_ASK.test(t))) return 'week';
  if (WEAR.test(t)) return 'wear';
  if (LEARN_ASK.test(t) && LEARN_ABOUT.test(t) && !TODAY.test(t)) return 'learn';
  // "(when I'm tired should I) go for a walk or just rest completely": the walk-or-rest question, in general.
  if (WALK_OR_REST.test(t) && !TODAY.test(t)) return 'learn';
  return undefined;
}

const LEGS_NAMED = /\b(?:legs?|calf|calves|quads?|hamstrings?|glutes?|knees?|shins?|feet|ankles?|achilles|hips?)\b/;
/** A run or rest asked about today: "is it {sensible to run today}". */
const TODAY_RUN = /\b(?:run|running|jog|train|training|rest|session|workout|go out|head out|get out)\b/;

/**
 * Whether words Alexa heard as a question about recovery running are today's question instead ("is {it sensible
 * to run today, yesterday was intervals}", "is {it a run day or a rest day, got three hours of sleep}"): they say
 * how the legs are, what was done yesterday or how the night was, or ask about a run today.
 */
export function speaksOfToday(words: string): boolean {
  const heard = understandVolunteered(words);
  const t = normalise(words);
  // Named outright: "a recovery run any different from an easy run" is no session done, "slow" no heavy legs.
  if (heard.sleep !== undefined) return true;
  if (heard.legs !== undefined && LEGS_NAMED.test(t)) return true;
  if (heard.yesterday !== undefined && /\b(?:yesterday|last night)\b/.test(t)) return true;
  // "is it a running day or a sofa day", "a recovery run kind of day": the choice of day is today's.
  if (/\b(?:kind|sort|type) of (?:a )?day\b/.test(t)) return true;
  if (/\b(?:a )?(?:run|running|rest|sofa|couch|lazy|training|easy|recovery) day or (?:a )?(?:\w+ )?day\b/.test(t)) return true;
  return TODAY.test(t) && TODAY_RUN.test(t);
}
