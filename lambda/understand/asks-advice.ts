/**
 * Whether the words put today's question to the coach ("raced a 5k yesterday, can I run today or is that dumb",
 * "did a spin class yesterday, do you reckon I'm good to run"): a request Alexa heard as a log or as the runner's
 * experience that is really "should I run?". An asker with a run, a rest or today in the same clause; a clause that
 * asks to log or save is not one ("should I log it").
 */
import { clauses } from './normalise.js';

const ASKER = /\b(?:should i|shall i|can i|could i|do i|am i|is it|would it be|reckon i|do you (?:reckon|think)|what should i|what do you (?:reckon|think|suggest|recommend)|what(?: is|s) the (?:move|plan|call)|is (?:a|an|my) (?:\w+ ){1,3}(?:a )?(?:good|bad|smart|sensible) idea|is (?:a|an|my) (?:\w+ )?(?:run|jog|session|workout) (?:sensible|smart|wise|okay|ok|alright|safe|a good idea|on)|worth (?:it|running|a run|a jog|going|heading|getting)|thinking (?:i (?:might|will|should|ll)|of|about)|keen for|fancy a|would (?:a|an|it|some) |would (?:running|jogging|going out|training|a run|a jog) be|(?:if|whether) i (?:can|should|could|ought to|need to|am (?:okay|ok|good|fine|right|alright|safe) to)|wondering (?:whether|if)|is today (?:a|an) (?:\w+ )?day|not sure (?:whether|if)|is (?:a|an) (?:\w+ )?(?:run|jog) on the cards)\b/;
const ABOUT_TODAY = /\b(?:do anything|do something|do much|going out|going for a run|heading out|getting out|intervals|tempo|a workout|some speed|speed work|hills|hill reps|a long run|reps|run|running|jog|jogging|train|training|rest|resting|day off|rest day|go out|head out|get out|go for it|skip|today|this morning|tonight|shakeout|session|good to go|right to go|okay to go|go|whether to)\b/;
/** What may follow the question's run: "today or rest", "or take it easy". */
const CHOICE_AFTER = '(?:\\s+(?:today|tonight|this morning|this evening|or not|or what|or rest|or have a rest(?: day)?|or take a rest day|or take it easy|or take the day off|or have a day off|or (?:just )?(?:sit on the (?:sofa|couch)|put my feet up|chill|take it easy)))*';
const LOGGING = /\b(?:log|logged|record|save|add|note|write|track)\b/;

/**
 * The words without today's question ("went for a big walk yesterday, {do you reckon I'm right for a run} today"):
 * the run asked about is not yesterday's session. From the asker to the first run, rest or today word after it.
 */
export function withoutTheQuestion(normalised: string): string {
  return normalised.replace(THE_QUESTION, ' ');
}
const THE_QUESTION = new RegExp(`${ASKER.source}(?:\\s+\\S+){0,6}?\\s+${ABOUT_TODAY.source}${CHOICE_AFTER}`, 'g');

/** "legs feel fresh as, run today?": a run today said last, with no verb of doing before it, asks (the "?" is not heard). */
const RUN_TODAY_LAST = /(?<!\b(?:did|done|had|for|finished|in|my|the|this|that|logged|log|on|after|good|great|easy|nice)(?: \w+){0,2} )\brun (?:today|this morning|tonight)$/;

const GOOD_TO_RUN_LAST = /^(?:am i |i am |is it )?(?:good|okay|ok|alright|fine|right|safe) to (?:run|go for a run|head out|go out)(?: today| this morning| tonight)?$/;

/** The same at the end of words run together, unless it says how the legs or the runner feel ("legs feel good to go"). */
const GOOD_TO_RUN_END = /(?<!\b(?:legs?|they|feel|feels|feeling|felt|am|are|is|i)(?: are| feel| am)? )\b(?:good|okay|ok|alright|fine|safe) to (?:run|go for a run|head out)(?: today| this morning| tonight)?$/;

export function asksForAdvice(words: string): boolean {
  const said = clauses(words);
  // Said as a clause of its own ("..., run today?"), or after yesterday's words when speech ran them together.
  const all = said.join(' ');
  // "..., good to run?": said last, on its own, it asks.
  if ((said.length > 1 && GOOD_TO_RUN_LAST.test(said[said.length - 1] ?? '')) || GOOD_TO_RUN_END.test(said.join(' '))) return true;
  if ((said.length > 1 && RUN_TODAY_LAST.test(said[said.length - 1] ?? '')) || (RUN_TODAY_LAST.test(all) && /\b(?:yesterday|last night)\b/.test(all))) return true;
  return said.some((clause) => {
    const ask = ASKER.exec(clause);
    if (!ask || LOGGING.test(clause)) return false;
    return ABOUT_TODAY.test(clause.slice(ask.index));
  });
}
