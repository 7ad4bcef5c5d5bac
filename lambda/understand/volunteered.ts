/**
 * What a runner says alongside a request, in words no sample spelled out: "I'm absolutely cooked after the
 * club's hill session, should I run", "should I run today, my calf has been a bit funny". Not an answer to a
 * question, so each reading needs its own cue before it counts: a session only with a past cue ("after",
 * "yesterday", "did"), a good state of the legs only when the legs or a feeling were named ("hey, quick one"
 * is not "quick legs"). The cautious readings (heavy, sore, painful, ill) need no cue: being wrong there only
 * makes the advice gentler. Safety words count wherever they are.
 */
import type { Legs } from '../coach/types.js';
import { withoutTheQuestion } from './asks-advice.js';
import { clauses } from './normalise.js';
import type { Safety } from './safety.js';
import { understandSleep } from './sleep.js';
import { readAnswer, type SlotIds } from './index.js';

export interface Volunteered {
  legs?: Legs;
  yesterday?: SlotIds['yesterday'];
  /** The distance the words gave yesterday's session, in km. */
  yesterdayDistanceKm?: number;
  feeling?: SlotIds['feeling'];
  sleep?: SlotIds['sleep'];
  safety: Safety;
}

/** A word that puts a session in the past: "after my long run", "did intervals yesterday", "from the parkrun". */
const PAST = /\b(yesterday|last night|after|did|ran|had|was|went|from|since|done|finished|for \d+ days|in \d+ days)\b/;
/** The night named: only then is "badly" about sleep. */
const NIGHT = /\b(slept|sleep|sleeping|(?<!last )night|last night(?= (?:was|i slept|sleep|s sleep))|nighter|wink|woke|waking|bed|kip|insomnia|up since [1-4]|had me up|kept me up|up all night|up at [1-4]|up every|(?:got|had|managed)(?: a)?(?: solid| good| full| decent| only| just)? \d+(?:\.\d+)? hour(?! (?:in|on|of (?:running|riding|cycling|training)|run|ride|walk|hike|bike|session)\b))\b/;
/** The legs, or how the runner feels, named: only then is "great" about them. */
const LEGS_OR_FEEL = /\b(legs?|calf|calves|quads?|hamstrings?|feel|feeling|felt|body)\b/;

/** "slept nine hours", "8 hours of sleep": the night's hours, not a session's. */
const SLEEP_HOURS = /\b(?:slept|sleep|kip)(?: \w+){0,2}? \d+(?:\.\d+)? hour\b|\b\d+(?:\.\d+)? hour(?: of)? (?:sleep|kip|shut eye)\b/g;
/**
 * Words that begin with the run asked about, when the asker was the sample's own ("can I {do my run today, ...}"):
 * today's run is not yesterday's session.
 */
function withoutTodaysRun(normalised: string): string {
  return normalised
    .replace(/\b(?:supposed to|meant to|planning to|planned to|going to|gonna|want to|wanted to|hoping to|due to)(?: \S+){0,5}? (?:today|this morning|tonight|this evening|this afternoon)\b/g, ' ')
    .replace(/\b(?:a |my |the )?(?:run|jog|session|workout) (?:today|this morning|tonight|this evening|this afternoon)\b/g, ' ').replace(/^(?:still |just )?(?:do|go for|get|have|head out for|go out for|squeeze in) (?:my |a |the |an )?(?:\w+ )?(?:run|jog|session|workout)(?: in)? (?:today|this morning|tonight|this evening|this afternoon)\b/, ' ')
    // "running on empty", "up every two hours with the bub": how the runner is, not a session.
    .replace(/\brunning on empty\b|\b(?:up|awake|feeding|feeds) every (?:\d+(?:\.\d+)? )?hour\b/g, ' ')
    // "run or rest?", "is it a rest day or a run day?": the choice asked about is today's.
    .replace(/\b(?:is )?today (?:(?:a |an )(?:run|running|rest|easy|recovery|training)(?: day)?|(?:run|running|rest|training) day)\b/g, ' ')
    .replace(/\b(?:run or rest|rest or run|(?:a )?(?:rest|run|running) day or (?:a )?(?:rest|run|running) day)\b|^or (?:a )?(?:rest|run|running) day\b|^(?:a )?(?:run|running) day\b/g, ' ')
    // "worth going {for a jog}, legs are cooked from footy": the run the question's literal asked about.
    .replace(/^(?:for|to do|do) (?:a |an |my )?(?:\w+ )?(?:run|jog|session)\b/, ' ');
}

/**
 * "marathon's on Sunday so I'm tapering": a race on a day to come, said with today's question, is not yesterday's
 * (unless a past verb comes before it: "ran the marathon on Sunday").
 */
const RACE_AHEAD = /\b(?:the |my |a )?(?:race|marathon|half marathon|half|10 km|5 km|parkrun|ultra)(?: is| s)? (?:(?:on|this|next)(?: the)? (?:sunday|saturday|monday|tuesday|wednesday|thursday|friday|weekend|week|month)|coming up|in \d+ days?)\b/g;
function withoutRaceAhead(normalised: string): string {
  return normalised.replace(RACE_AHEAD, (race, at: number) => (/\b(?:ran|did|raced|finished|completed|done|after|from)\b/.test(normalised.slice(0, at)) ? race : ' '));
}

/** Each reading is the layer's own answer reading (readAnswer), kept only when its cue is there. */
export function understandVolunteered(words: string): Volunteered {
  const normalised = clauses(words).join(' ');
  // The feeling reading carries every safety word (pain too), with illness written into the feeling.
  const feeling = readAnswer('feeling', words);
  const out: Volunteered = { safety: feeling.safety };
  if (feeling.id) out.feeling = feeling.id;

  const legs = readAnswer('legs', words).id;
  if (legs && (legs === 'heavy' || legs === 'sore' || legs === 'painful' || LEGS_OR_FEEL.test(normalised))) out.legs = legs;

  if (PAST.test(normalised)) {
    const session = readAnswer('yesterday', withoutRaceAhead(withoutTodaysRun(withoutTheQuestion(normalised))).replace(SLEEP_HOURS, ' '));
    if (session.id) {
      out.yesterday = session.id;
      if (session.distanceKm !== undefined) out.yesterdayDistanceKm = session.distanceKm;
    }
  }

  // Not readAnswer('sleep'): there a cold means a bad night, and here it is only a cold.
  if (NIGHT.test(normalised)) {
    const sleep = understandSleep(clauses(words), normalised);
    if (sleep) out.sleep = sleep;
  }
  return out;
}
