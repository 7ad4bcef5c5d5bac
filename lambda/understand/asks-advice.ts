/**
 * Whether the words put today's question to the coach ("raced a 5k yesterday, can I run today or is that dumb",
 * "did a spin class yesterday, do you reckon I'm good to run"): a request Alexa heard as a log or as the runner's
 * experience that is really "should I run?". An asker with a run, a rest or today in the same clause; a clause that
 * asks to log or save is not one ("should I log it").
 */
import { clauses } from './normalise.js';

const ASKER = /\b(?:should i|shall i|can i|could i|do i|am i|is it|would it be|reckon i|do you (?:reckon|think)|what should i|what do you (?:reckon|think|suggest|recommend)|what(?: is|s) the (?:move|plan|call))\b/;
const ABOUT_TODAY = /\b(?:run|running|jog|jogging|train|training|rest|resting|day off|rest day|go out|head out|get out|go for it|skip|today|this morning|tonight|shakeout|session|good to go|right to go|okay to go)\b/;
const LOGGING = /\b(?:log|logged|record|save|add|note|write|track)\b/;

export function asksForAdvice(words: string): boolean {
  return clauses(words).some((clause) => {
    const ask = ASKER.exec(clause);
    if (!ask || LOGGING.test(clause)) return false;
    return ABOUT_TODAY.test(clause.slice(ask.index));
  });
}
