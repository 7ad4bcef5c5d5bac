/**
 * Which of the skill's other jobs the words ask for, when they came to "should I run?" only because its last-resort
 * samples ("should I {said}", "{said} can I {when}") caught them: "should I {wear gloves this morning}", "can I
 * {log a walk I did}", "could I {hear what I did this week}". Only clear requests: anything else stays today's
 * question, which asks how the legs feel and never loses a word.
 */
import { normalise } from './normalise.js';

export type Room = 'wear' | 'learn' | 'week' | 'check-in' | 'log';

const CHECK_IN = /\b(?:check in|checkin|readiness check)\b/;
/** Asking to log or save, before a session word: "log a walk", "record my run from this morning". */
const LOG = /\b(?:log|record|save|add|put down|enter|track)\b(?:\s+\S+){0,3}?\s+(?:run|runs|jog|walk|session|workout|swim|ride|parkrun|race|km|mile|miles|min)\b/;
/** The week asked about: "what I did this week", "how many miles so far this week". */
const WEEK_ASK = /\b(?:what|how many|how much|how far|remind|tell|show|recap|summary|rundown)\b/;
const WEEK = /\b(?:this week|past week|last 7 days|so far this|my week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))\b/;
/** Clothes, or dressing for the weather: "wear", "put on", "layers", "gloves". */
const WEAR = /\b(?:wear|wearing|dress|dressed|put on|layer|layers|layer up|gloves|jacket|shorts|tights|leggings|beanie|hat|thermal|long sleeve|long sleeves|singlet|vest|rain jacket|windbreaker|base layer|gear on|kit on)\b/;
/** A question about recovery running in general, not today's plan. */
const LEARN_ASK = /\b(?:what is|what are|what exactly|what actually|the point of|why (?:do|should|are|is|would)|how (?:slow|fast|easy|long|far|hard) (?:should|is|are|do|does|must)|difference|same thing|same as|talk test|supposed to feel|meant to feel|should (?:it|they) feel)\b/;
const LEARN_ABOUT = /\b(?:recovery run|recovery runs|recovery jog|recovery jogs|recovery day|recovery days|easy run|easy runs|talk test|rest day|rest days)\b/;
/** Today's plan: a question about today is "should I run?", however it is put. */
const TODAY = /\b(?:today|tonight|this morning|this afternoon|this evening|this arvo|now)\b/;

export function roomAsked(words: string): Room | undefined {
  const t = normalise(words);
  if (CHECK_IN.test(t)) return 'check-in';
  if (LOG.test(t)) return 'log';
  if (WEEK.test(t) && WEEK_ASK.test(t)) return 'week';
  if (WEAR.test(t)) return 'wear';
  if (LEARN_ASK.test(t) && LEARN_ABOUT.test(t) && !TODAY.test(t)) return 'learn';
  return undefined;
}
