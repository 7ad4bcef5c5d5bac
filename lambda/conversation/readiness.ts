import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response, Slot } from 'ask-sdk-model';
import { LEGS, type Legs } from '../coach/index.js';
import { QUESTIONS } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import type { Safety, SlotIds } from '../understand/index.js';
import { SLOT_TYPE_IDS } from './contract.js';
import { askForSlot, askToConfirmSlot, intentWith } from './reply.js';
import { resolvedSlot, slotOf, slotWords, type SlotRead } from './slots.js';
import { understoodSlot } from './understood.js';
import { heardVolunteered } from './volunteered.js';

/** The questions the coach asks before advice. */
export type ReadinessQuestion = 'legs' | 'sleep' | 'feeling' | 'yesterday';
type ReadinessIntent = 'ShouldIRun' | 'CheckIn';

type Ids = Pick<SlotIds, ReadinessQuestion>;

const IDS: { [Q in ReadinessQuestion]: readonly Ids[Q][] } = {
  legs: LEGS,
  sleep: SLOT_TYPE_IDS.SleepType,
  feeling: SLOT_TYPE_IDS.FeelingType,
  yesterday: SLOT_TYPE_IDS.SessionType,
};

/**
 * The last rung of asking: one question put as a yes or no. "Yes" takes the first value, "no" (or a third
 * answer that still cannot be placed) the second, which is the cautious reading: not okay legs are heavy, a
 * day that was not easy was hard.
 */
const YES_OR_NO: { [Q in ReadinessQuestion]: { yes: Ids[Q]; no: Ids[Q]; question: string } } = {
  legs: { yes: 'okay', no: 'heavy', question: QUESTIONS.legsYesNo },
  sleep: { yes: 'good', no: 'bad', question: QUESTIONS.sleepYesNo },
  feeling: { yes: 'fine', no: 'run-down', question: QUESTIONS.feelingYesNo },
  yesterday: { yes: 'easy-run', no: 'workout', question: QUESTIONS.yesterdayYesNo },
};

const ASK: Record<ReadinessQuestion, { ask: string; retry: string }> = {
  legs: { ask: QUESTIONS.legs, retry: QUESTIONS.legsRetry },
  sleep: { ask: QUESTIONS.sleep, retry: QUESTIONS.sleepRetry },
  feeling: { ask: QUESTIONS.feeling, retry: QUESTIONS.feelingRetry },
  yesterday: { ask: QUESTIONS.yesterday, retry: QUESTIONS.yesterdayRetry },
};

/** Today's readiness answers as heard: Alexa's match where it made one, else the runner's words read by the layer. */
export interface Readiness {
  legs: SlotRead<Legs>;
  sleep: SlotRead<Ids['sleep']>;
  feeling: SlotRead<Ids['feeling']>;
  yesterday: SlotRead<Ids['yesterday']>;
  /** A distance the answer about yesterday carried ("I ran 25k"), in km. */
  yesterdayDistanceKm?: number;
  /** Pain or illness heard in any answer so far, whatever it was the answer to. */
  safety: Safety;
}

function hearOne<Q extends ReadinessQuestion>(intent: Intent, question: Q, misses: number): { read: SlotRead<Ids[Q]>; safety: Safety; distanceKm?: number } {
  const understood = understoodSlot<Q>(intent, question, question, IDS[question] as readonly SlotIds[Q][]);
  const { heard } = understood;
  if (slotOf(intent, question)?.confirmationStatus === 'DENIED') return { read: { state: 'matched', value: YES_OR_NO[question].no }, safety: heard.safety };
  const distanceKm = heard.distanceKm;
  let read: SlotRead<Ids[Q]> = understood.read;
  // Asked three ways already (twice, then as a yes or no): take the cautious reading rather than ask a fourth time.
  if (read.state === 'unmatched' && misses >= 2) read = { state: 'matched', value: YES_OR_NO[question].no };
  return { read, safety: heard.safety, ...(distanceKm !== undefined ? { distanceKm } : {}) };
}

/**
 * Reads every readiness slot of the intent. Safety words in any answer reach the coach: pain makes the legs
 * painful, illness fills in how the runner is, even when it was said in answer to another question.
 */
export function hearReadiness(input: HandlerInput, intent: Intent): Readiness {
  const session = turnOf(input).session;
  const legs = hearOne(intent, 'legs', session.missesFor('legs'));
  const sleep = hearOne(intent, 'sleep', session.missesFor('sleep'));
  const feeling = hearOne(intent, 'feeling', session.missesFor('feeling'));
  const yesterday = hearOne(intent, 'yesterday', session.missesFor('yesterday'));
  // What came with the request in words no sample spells out fills only what no slot said.
  const volunteered = heardVolunteered(intent);
  const heard = [legs, sleep, feeling, yesterday, ...(volunteered ? [volunteered] : [])];
  const safety: Safety = {
    pain: heard.some((h) => h.safety.pain),
    illBelowNeck: heard.some((h) => h.safety.illBelowNeck),
    illAboveNeck: heard.some((h) => h.safety.illAboveNeck),
  };
  const readiness: Readiness = { legs: legs.read, sleep: sleep.read, feeling: feeling.read, yesterday: yesterday.read, safety };
  if (volunteered?.legs && legs.read.state === 'missing') readiness.legs = { state: 'matched', value: volunteered.legs };
  if (volunteered?.feeling && feeling.read.state === 'missing') readiness.feeling = { state: 'matched', value: volunteered.feeling };
  if (volunteered?.sleep && sleep.read.state === 'missing') readiness.sleep = { state: 'matched', value: volunteered.sleep };
  if (volunteered?.yesterday && yesterday.read.state === 'missing') {
    readiness.yesterday = { state: 'matched', value: volunteered.yesterday };
    if (volunteered.yesterdayDistanceKm !== undefined) yesterday.distanceKm = volunteered.yesterdayDistanceKm;
  }
  if (safety.pain) readiness.legs = { state: 'matched', value: 'painful' };
  if (safety.illBelowNeck) readiness.feeling = { state: 'matched', value: 'ill-below-neck' };
  // A head cold said beside "I feel ok" is still a head cold: the illness outranks "fine", never "run down".
  else if (safety.illAboveNeck && (feeling.read.state !== 'matched' || feeling.read.value === 'fine')) readiness.feeling = { state: 'matched', value: 'ill-above-neck' };
  if (yesterday.distanceKm !== undefined) readiness.yesterdayDistanceKm = yesterday.distanceKm;
  return readiness;
}

/** Pain or illness below the neck: the coach rests the runner whatever else the answers say, so ask no more. */
export function restsWhateverElse(readiness: Readiness): boolean {
  return readiness.safety.pain || readiness.safety.illBelowNeck;
}

/**
 * The intent to carry to the next question: what the layer understood is written into its slots, so a cough
 * mentioned in the legs answer is still known two questions later.
 */
export function carryForward(key: ReadinessIntent, intent: Intent, readiness: Readiness): Intent {
  const overrides: Record<string, Slot> = {};
  for (const question of ['legs', 'sleep', 'feeling', 'yesterday'] as const) {
    const read = readiness[question];
    const declared = question in (intent.slots ?? {});
    if (declared && read.state === 'matched') overrides[question] = resolvedSlot(question, read.value, slotWords(slotOf(intent, question)));
  }
  return intentWith(key, intent, overrides);
}

/**
 * Asks one readiness question. After an answer it could not place it says so and asks again with the short
 * menu; after a second, it puts the question as a yes or no; a third never comes (see `hearOne`).
 */
export function askReadiness(input: HandlerInput, key: ReadinessIntent, intent: Intent, slot: ReadinessQuestion, retry: boolean): Response {
  const turn = turnOf(input);
  const misses = retry ? turn.session.recordMiss(slot) : turn.session.missesFor(slot);
  if (!retry) turn.session.clearMisses();
  if (retry && misses >= 2) {
    turn.outcome = `confirm:${slot}`;
    const { yes, question } = YES_OR_NO[slot];
    return askToConfirmSlot(input, intentWith(key, intent, { [slot]: resolvedSlot(slot, yes, undefined) }), slot, { speech: question, reprompt: question, expecting: slot });
  }
  turn.outcome = `elicit:${slot}${retry ? '-retry' : ''}`;
  const { ask, retry: again } = ASK[slot];
  return askForSlot(input, retry ? intentWith(key, intent, { [slot]: undefined }) : intent, slot, {
    speech: retry ? again : ask,
    reprompt: ask,
    expecting: slot,
  });
}
