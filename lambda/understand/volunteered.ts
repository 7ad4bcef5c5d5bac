/**
 * What a runner says alongside a request, in words no sample spelled out: "I'm absolutely cooked after the
 * club's hill session, should I run", "should I run today, my calf has been a bit funny". Not an answer to a
 * question, so each reading needs its own cue before it counts: a session only with a past cue ("after",
 * "yesterday", "did"), a good state of the legs only when the legs or a feeling were named ("hey, quick one"
 * is not "quick legs"). The cautious readings (heavy, sore, painful, ill) need no cue: being wrong there only
 * makes the advice gentler. Safety words count wherever they are.
 */
import type { Legs } from '../coach/types.js';
import { understandFeeling } from './feeling.js';
import { understandLegs } from './legs.js';
import { clauses, normalise, withoutHedges } from './normalise.js';
import { hearPain } from './pain.js';
import { hearIllness } from './illness.js';
import type { Safety } from './safety.js';
import { understandSleep } from './sleep.js';
import { understandSession } from './yesterday.js';
import type { SlotIds } from './index.js';

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
const PAST = /\b(yesterday|last night|after|did|ran|had|was|went|from|since|done|finished)\b/;
/** The night named: only then is "badly" about sleep. */
const NIGHT = /\b(slept|sleep|sleeping|night|wink|woke|waking|bed|kip|insomnia)\b/;
/** The legs, or how the runner feels, named: only then is "great" about them. */
const LEGS_OR_FEEL = /\b(legs?|calf|calves|quads?|hamstrings?|feel|feeling|felt|body)\b/;

export function understandVolunteered(words: string): Volunteered {
  const said = clauses(words);
  const normalised = said.join(' ');
  const core = withoutHedges(normalise(words));
  const pain = hearPain(said);
  const safety: Safety = { pain: pain.pain, ...hearIllness(said) };
  const out: Volunteered = { safety };

  const legs = understandLegs(said, pain);
  if (legs && (legs === 'heavy' || legs === 'sore' || legs === 'painful' || LEGS_OR_FEEL.test(normalised))) out.legs = legs;
  if (safety.pain) out.legs = 'painful';

  if (PAST.test(normalised)) {
    const session = understandSession(said, normalised, core);
    if (session.id) {
      out.yesterday = session.id;
      if (session.distanceKm !== undefined) out.yesterdayDistanceKm = session.distanceKm;
    }
  }

  if (NIGHT.test(normalised)) {
    const sleep = understandSleep(said, normalised);
    if (sleep) out.sleep = sleep;
  }

  const feeling = understandFeeling(said, safety, core);
  if (feeling) out.feeling = feeling;
  if (safety.illBelowNeck) out.feeling = 'ill-below-neck';
  else if (safety.illAboveNeck && out.feeling !== 'ill-below-neck') out.feeling = 'ill-above-neck';
  if (out.feeling === 'ill-below-neck') safety.illBelowNeck = true;
  if (out.feeling === 'ill-above-neck') safety.illAboveNeck = true;
  return out;
}
