import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { CheckInRecord, Wellbeing } from '../coach/index.js';
import { LEGS, yesterdayFromHistory } from '../coach/index.js';
import { SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import { adviseToday, yesterdayAnswer } from '../conversation/advise.js';
import { INTENTS, SLOT_TYPE_IDS } from '../conversation/contract.js';
import { askReadiness, intentWith, type ReadinessQuestion } from '../conversation/reply.js';
import { customSlot, type SlotRead } from '../conversation/slots.js';

/**
 * The morning check-in: legs, sleep, how the runner is in themselves (and yesterday, if the history does not
 * know). Saves the readiness answers (never pain or illness), then gives today's advice.
 */
export const CheckInHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.CheckIn.name,
  async handle(input) {
    const turn = turnOf(input);
    const intent = intentWith('CheckIn', (input.requestEnvelope.request as IntentRequest).intent);
    const ask = (slot: ReadinessQuestion, read: SlotRead<unknown>) =>
      askReadiness(input, 'CheckIn', intent, slot, read.state === 'unmatched');
    // One question at a time, in the order a runner would expect.
    const legs = customSlot(intent, 'legs', LEGS);
    if (legs.state !== 'matched') return ask('legs', legs);
    const sleep = customSlot(intent, 'sleep', SLOT_TYPE_IDS.SleepType);
    if (sleep.state !== 'matched') return ask('sleep', sleep);
    const feeling = customSlot(intent, 'feeling', SLOT_TYPE_IDS.FeelingType);
    if (feeling.state !== 'matched') return ask('feeling', feeling);
    const yesterday = customSlot(intent, 'yesterday', SLOT_TYPE_IDS.SessionType);

    const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
    const known = available ? yesterdayFromHistory(history, place.today) : undefined;
    if (yesterday.state === 'unmatched' || (yesterday.state === 'missing' && !known)) return ask('yesterday', yesterday);
    const said = yesterdayAnswer(yesterday, known);

    const wellbeing: Wellbeing = {
      sleptBadly: sleep.value === 'bad',
      runDown: feeling.value === 'run-down',
      illAboveNeck: feeling.value === 'ill-above-neck',
      illBelowNeck: feeling.value === 'ill-below-neck',
    };
    // Readiness answers only: pain and illness shape today's advice but are never stored (health policy).
    const record: CheckInRecord = {
      date: place.today,
      sleptBadly: wellbeing.sleptBadly,
      runDown: wellbeing.runDown,
      ...(said.yesterday !== 'unknown' ? { yesterday: said.yesterday } : {}),
    };
    if (legs.value !== 'painful') record.legs = legs.value;
    const saved = await turn.write((store, key) => store.saveCheckIn(key, record));

    const response = await adviseToday(input, {
      legs: legs.value,
      ...said,
      wellbeing,
      preface: saved.ok ? SPEECH.checkInSaved : SPEECH.checkInNotSaved,
    });
    // e.g. "check-in:saved+advice:recovery-run": operations can tell a saved check-in from one that was not.
    turn.outcome = `check-in:${saved.ok ? 'saved' : `not-saved-${saved.failure}`}+${turn.outcome}`;
    return response;
  },
};
