import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest, Response } from 'ask-sdk-model';
import { todaysCheckIn, yesterdayKnown, yesterdayMatters, type CheckInRecord, type Wellbeing } from '../coach/index.js';
import { turnOf } from '../turn/context.js';
import { adviseToday, yesterdayAnswer } from '../conversation/advise.js';
import { INTENTS } from '../conversation/contract.js';
import { askReadiness, carryForward, hearReadiness, restsWhateverElse, type Readiness } from '../conversation/readiness.js';
import { intentWith } from '../conversation/reply.js';

/** How the runner is: what they volunteered ("should I run, I've got a cold"), and today's check-in if its legs are used. */
function wellbeingOf(readiness: Readiness, checkedIn: CheckInRecord | undefined, legsSaidNow: boolean): Wellbeing | undefined {
  const feeling = readiness.feeling.state === 'matched' ? readiness.feeling.value : undefined;
  const wellbeing: Wellbeing = {
    ...(!legsSaidNow && checkedIn ? { sleptBadly: checkedIn.sleptBadly, runDown: checkedIn.runDown } : {}),
    ...(feeling === 'run-down' ? { runDown: true } : {}),
    ...(feeling === 'ill-above-neck' ? { illAboveNeck: true } : {}),
    ...(feeling === 'ill-below-neck' ? { illBelowNeck: true } : {}),
  };
  return Object.keys(wellbeing).length > 0 ? wellbeing : undefined;
}

/**
 * "Should I run today?": asks how the legs feel and what happened yesterday, unless today's check-in or the
 * history already says, then gives the coach's advice. Pain or illness below the neck, heard in any answer,
 * goes straight to the advice: the coach rests the runner whatever the other answers would be.
 */
export async function adviseOrAsk(input: HandlerInput, said: Intent): Promise<Response> {
  const turn = turnOf(input);
  const readiness = hearReadiness(input, said);
  const intent = carryForward('ShouldIRun', said, readiness);
  const { legs, yesterday } = readiness;
  const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
  const checkedIn = todaysCheckIn(history, place.today);
  const resting = restsWhateverElse(readiness);

  if (legs.state === 'unmatched' && !resting) return askReadiness(input, 'ShouldIRun', intent, 'legs', true);
  // Legs are not needed to rest an ill runner; 'okay' adds nothing to that advice.
  const knownLegs = legs.state === 'matched' ? legs.value : (checkedIn?.legs ?? (resting ? 'okay' : undefined));
  if (!knownLegs) return askReadiness(input, 'ShouldIRun', intent, 'legs', false);
  if (yesterday.state === 'unmatched' && !resting) return askReadiness(input, 'ShouldIRun', intent, 'yesterday', true);
  const known = resting || !yesterdayMatters(knownLegs) ? 'unknown' : available ? yesterdayKnown(history, place.today) : 'ask';
  if (yesterday.state === 'missing' && known === 'ask') return askReadiness(input, 'ShouldIRun', intent, 'yesterday', false);

  turn.session.clearMisses();
  const wellbeing = wellbeingOf(readiness, checkedIn, legs.state === 'matched');
  // Answers given now count like a check-in's (one write); answers read back from today's check-in are not written again.
  const answeredNow = legs.state === 'matched' || yesterday.state === 'matched';
  return adviseToday(
    input,
    {
      legs: knownLegs,
      ...yesterdayAnswer(yesterday, known === 'ask' ? undefined : known, readiness.yesterdayDistanceKm),
      ...(wellbeing ? { wellbeing } : {}),
    },
    { readiness: answeredNow },
  );
}

export const ShouldIRunHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.ShouldIRun.name,
  handle: (input) => adviseOrAsk(input, intentWith('ShouldIRun', (input.requestEnvelope.request as IntentRequest).intent)),
};

/** "Should I run today?" started from elsewhere (a "yes" to the offer to start): nothing heard yet. */
export function startShouldIRun(input: HandlerInput): Promise<Response> {
  return adviseOrAsk(input, intentWith('ShouldIRun'));
}
