import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { decide } from '../coach/index.js';
import type { CheckIn, Legs, Wellbeing, Yesterday } from '../coach/index.js';
import { renderAdvice } from '../speech/advice.js';
import { HELP, QUESTIONS, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import type { SlotRead } from './slots.js';
import type { SlotId } from './contract.js';
import { answer } from './reply.js';
import { SESSION_SLOT } from './session-type.js';

export interface TodayAnswers {
  legs: Legs;
  /** From the runner, or 'unknown' to let the coach read yesterday from the history. */
  yesterday: Yesterday;
  yesterdayDistanceKm?: number;
  wellbeing?: Wellbeing;
  /** Said before the advice, e.g. "Thanks, your check-in is saved." */
  preface?: string;
}

/** Yesterday as the coach takes it: the runner's answer (with a named race's distance), else what is known. */
export function yesterdayAnswer(
  said: SlotRead<SlotId<'SessionType'>>,
  known: Yesterday | undefined,
): Pick<TodayAnswers, 'yesterday' | 'yesterdayDistanceKm'> {
  if (said.state !== 'matched') return { yesterday: known ?? 'unknown' };
  const { yesterday, distanceKm } = SESSION_SLOT[said.value];
  return distanceKm === undefined ? { yesterday } : { yesterday, yesterdayDistanceKm: distanceKm };
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
  turn.session.rememberAdvice(advice);
  turn.outcome = `advice:${advice.activity}`;
  const preface = sentences(answers.preface, !available && SPEECH.storeDownForAdvice);
  if (turn.session.oneShot) {
    return answer(input, { speech: sentences(preface, rendered.speech), card: rendered.card });
  }
  return answer(input, {
    speech: sentences(preface, rendered.speech, QUESTIONS.afterAdvice),
    reprompt: HELP.afterAdviceReprompt,
    card: rendered.card,
    expecting: 'follow-up',
  });
}
