import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest, Response } from 'ask-sdk-model';
import { yesterdayKnown, type Wellbeing } from '../coach/index.js';
import { turnOf } from '../turn/context.js';
import { adviseToday, yesterdayAnswer } from '../conversation/advise.js';
import { INTENTS } from '../conversation/contract.js';
import { askReadiness, carryForward, hearReadiness, restsWhateverElse, type ReadinessQuestion } from '../conversation/readiness.js';
import { intentWith } from '../conversation/reply.js';
import type { SlotRead } from '../conversation/slots.js';

/**
 * The morning check-in: legs, sleep, energy (and yesterday, if the history does not know). Pain or illness is
 * never asked about; said in any answer, it goes straight to the advice. Saves the readiness answers (never pain
 * or illness), then gives today's advice.
 */
export const CheckInHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.CheckIn.name,
  handle: (input) => checkInWith(input, intentWith('CheckIn', (input.requestEnvelope.request as IntentRequest).intent)),
};

/** One turn of the check-in with what has been said so far. */
export async function checkInWith(input: HandlerInput, said: Intent): Promise<Response> {
  const turn = turnOf(input);
  const readiness = hearReadiness(input, said);
  const intent = carryForward('CheckIn', said, readiness);
  const resting = restsWhateverElse(readiness);
  const ask = (slot: ReadinessQuestion, read: SlotRead<unknown>) => askReadiness(input, 'CheckIn', intent, slot, read.state === 'unmatched');
  const { legs, sleep, feeling, yesterday } = readiness;
  // One question at a time, in the order a runner would expect.
  if (legs.state !== 'matched' && !resting) return ask('legs', legs);
  if (sleep.state !== 'matched' && !resting) return ask('sleep', sleep);
  if (feeling.state !== 'matched' && !resting) return ask('feeling', feeling);

  const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
  const known = resting ? 'unknown' : available ? yesterdayKnown(history, place.today) : 'ask';
  if (!resting && (yesterday.state === 'unmatched' || (yesterday.state === 'missing' && known === 'ask'))) return ask('yesterday', yesterday);

  turn.session.clearMisses();
  const feels = feeling.state === 'matched' ? feeling.value : undefined;
  const wellbeing: Wellbeing = {
    ...(sleep.state === 'matched' ? { sleptBadly: sleep.value === 'bad' } : {}),
    runDown: feels === 'run-down',
    illAboveNeck: feels === 'ill-above-neck',
    illBelowNeck: feels === 'ill-below-neck',
  };
  return adviseToday(
    input,
    {
      legs: legs.state === 'matched' ? legs.value : 'okay',
      ...yesterdayAnswer(yesterday, known === 'ask' ? undefined : known, readiness.yesterdayDistanceKm),
      wellbeing,
    },
    { readiness: true, sayWhetherSaved: true },
  );
}
