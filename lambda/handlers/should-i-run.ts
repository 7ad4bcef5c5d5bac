import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { LEGS } from '../coach/index.js';
import { turnOf } from '../turn/context.js';
import { adviseToday, todaysCheckIn, yesterdayAnswer, yesterdayFromHistory } from './advise.js';
import { INTENTS, SLOT_TYPE_IDS } from './intent-names.js';
import { askReadiness, intentWith } from './respond.js';
import { customSlot } from './slots.js';

/**
 * "Should I run today?": asks how the legs feel and what happened yesterday, unless today's check-in or the
 * history already says, then gives the coach's advice.
 */
export const ShouldIRunHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.ShouldIRun.name,
  async handle(input) {
    const turn = turnOf(input);
    const intent = intentWith('ShouldIRun', (input.requestEnvelope.request as IntentRequest).intent);
    const legs = customSlot(intent, 'legs', LEGS);
    const yesterday = customSlot(intent, 'yesterday', SLOT_TYPE_IDS.SessionType);

    if (legs.state === 'unmatched') return askReadiness(input, 'ShouldIRun', intent, 'legs', true);
    const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
    const checkedIn = todaysCheckIn(history, place.today);
    const knownLegs = legs.state === 'matched' ? legs.value : checkedIn?.legs;
    if (!knownLegs) return askReadiness(input, 'ShouldIRun', intent, 'legs', false);
    if (yesterday.state === 'unmatched') return askReadiness(input, 'ShouldIRun', intent, 'yesterday', true);
    // With pain, today is rest whatever happened yesterday: no need to ask.
    const known = knownLegs === 'painful' ? 'unknown' : available ? yesterdayFromHistory(history, place.today) : undefined;
    if (yesterday.state === 'missing' && !known) return askReadiness(input, 'ShouldIRun', intent, 'yesterday', false);

    const wellbeing = legs.state === 'missing' && checkedIn ? { sleptBadly: checkedIn.sleptBadly, runDown: checkedIn.runDown } : undefined;
    return adviseToday(input, {
      legs: knownLegs,
      ...yesterdayAnswer(yesterday, known),
      ...(wellbeing ? { wellbeing } : {}),
    });
  },
};
