import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { addDays } from '../coach/index.js';
import { decide } from '../coach/index.js';
import type { CheckIn, Legs, Wellbeing, Yesterday } from '../coach/index.js';
import type { UserHistory } from '../history/store.js';
import { renderAdvice } from '../speech/advice.js';
import { HELP, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { SLOT_TYPE_IDS } from './intent-names.js';
import { answer } from './respond.js';
import type { SlotRead } from './slots.js';

type SessionId = (typeof SLOT_TYPE_IDS.SessionType)[number];

/** The SessionType slot's ids, as the coach's "yesterday" plus a race distance where the runner named one. */
export const SESSION_SLOT: Record<SessionId, { yesterday: Yesterday; distanceKm?: number }> = {
  rest: { yesterday: 'rest' },
  'easy-run': { yesterday: 'easy-run' },
  'recovery-run': { yesterday: 'recovery-run' },
  'long-run': { yesterday: 'long-run' },
  workout: { yesterday: 'workout' },
  race: { yesterday: 'race' },
  'race-5k': { yesterday: 'race', distanceKm: 5 },
  'race-10k': { yesterday: 'race', distanceKm: 10 },
  'race-half-marathon': { yesterday: 'race', distanceKm: 21.1 },
  'race-marathon': { yesterday: 'race', distanceKm: 42.2 },
  'cross-training': { yesterday: 'cross-training' },
  walk: { yesterday: 'walk' },
};

/** Yesterday as the coach takes it: the runner's answer (with a named race's distance), else what is known. */
export function yesterdayAnswer(
  said: SlotRead<SessionId>,
  known: Yesterday | undefined,
): Pick<TodayAnswers, 'yesterday' | 'yesterdayDistanceKm'> {
  if (said.state !== 'matched') return { yesterday: known ?? 'unknown' };
  const { yesterday, distanceKm } = SESSION_SLOT[said.value];
  return distanceKm === undefined ? { yesterday } : { yesterday, yesterdayDistanceKm: distanceKm };
}

/**
 * What the history says about yesterday: today's check-in answer if there is one, else 'unknown' when a session
 * or check-in is logged for yesterday (the coach reads the sessions itself), else nothing: ask the runner.
 */
export function yesterdayFromHistory(history: UserHistory, today: string): Yesterday | undefined {
  const told = todaysCheckIn(history, today)?.yesterday;
  if (told && told !== 'unknown') return told;
  const yesterday = addDays(today, -1);
  const logged = history.runs.some((r) => r.date === yesterday) || history.checkIns.some((c) => c.date === yesterday);
  return logged ? 'unknown' : undefined;
}

/** Today's stored check-in, if the runner already did one. */
export function todaysCheckIn(history: UserHistory, today: string) {
  return history.checkIns.find((c) => c.date === today);
}

export interface TodayAnswers {
  legs: Legs;
  /** From the runner, or 'unknown' to let the coach read yesterday from the history. */
  yesterday: Yesterday;
  yesterdayDistanceKm?: number;
  wellbeing?: Wellbeing;
  /** Said before the advice, e.g. "Thanks, your check-in is saved." */
  preface?: string;
}

/** Runs the coach on today's answers and the history, speaks the advice and shows it on a card. */
export async function adviseToday(input: HandlerInput, answers: TodayAnswers): Promise<Response> {
  const turn = turnOf(input);
  const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
  const checkIn: CheckIn = { legs: answers.legs, yesterday: answers.yesterday };
  if (answers.yesterdayDistanceKm !== undefined) checkIn.yesterdayDistanceKm = answers.yesterdayDistanceKm;
  if (answers.wellbeing) checkIn.wellbeing = answers.wellbeing;
  // What the runner told us about their running beats what the coach would guess from a short history.
  if (history.profile.newRunner !== undefined) checkIn.newRunner = history.profile.newRunner;
  const advice = decide({ today: place.today, checkIn, history: { runs: history.runs, checkIns: history.checkIns } });
  const rendered = renderAdvice(advice);
  turn.session.advice = advice;
  turn.outcome = `advice:${advice.activity}`;
  const preface = sentences(answers.preface, !available && SPEECH.storeDownForAdvice);
  if (turn.session.oneShot) {
    return answer(input, { speech: sentences(preface, rendered.speech), card: rendered.card });
  }
  return answer(input, {
    speech: sentences(preface, rendered.speech, 'Want to know why, or how it should feel?'),
    reprompt: `${HELP.afterAdvice} Or say stop.`,
    card: rendered.card,
    expecting: 'follow-up',
  });
}

