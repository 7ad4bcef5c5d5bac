import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest, Response } from 'ask-sdk-model';
import { LEGS, todaysCheckIn, yesterdayFromHistory, yesterdayMatters } from '../coach/index.js';
import { turnOf } from '../turn/context.js';
import { adviseToday, yesterdayAnswer } from '../conversation/advise.js';
import { INTENTS, SLOT_TYPE_IDS } from '../conversation/contract.js';
import { askReadiness, intentWith } from '../conversation/reply.js';
import { customSlot } from '../conversation/slots.js';

/**
 * "Should I run today?": asks how the legs feel and what happened yesterday, unless today's check-in or the
 * history already says, then gives the coach's advice.
 */
async function adviseOrAsk(input: HandlerInput, intent: Intent): Promise<Response> {
  const turn = turnOf(input);
  const legs = customSlot(intent, 'legs', LEGS);
  const yesterday = customSlot(intent, 'yesterday', SLOT_TYPE_IDS.SessionType);

  if (legs.state === 'unmatched') return askReadiness(input, 'ShouldIRun', intent, 'legs', true);
  const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
  const checkedIn = todaysCheckIn(history, place.today);
  const knownLegs = legs.state === 'matched' ? legs.value : checkedIn?.legs;
  if (!knownLegs) return askReadiness(input, 'ShouldIRun', intent, 'legs', false);
  if (yesterday.state === 'unmatched') return askReadiness(input, 'ShouldIRun', intent, 'yesterday', true);
  const known = !yesterdayMatters(knownLegs) ? 'unknown' : available ? yesterdayFromHistory(history, place.today) : undefined;
  if (yesterday.state === 'missing' && !known) return askReadiness(input, 'ShouldIRun', intent, 'yesterday', false);

  const wellbeing = legs.state === 'missing' && checkedIn ? { sleptBadly: checkedIn.sleptBadly, runDown: checkedIn.runDown } : undefined;
  return adviseToday(input, {
    legs: knownLegs,
    ...yesterdayAnswer(yesterday, known),
    ...(wellbeing ? { wellbeing } : {}),
  });
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
