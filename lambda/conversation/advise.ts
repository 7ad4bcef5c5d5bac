import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { adviceScreen, withScreen } from '../apl/index.js';
import { decide, readinessRecord, todaysCheckIn } from '../coach/index.js';
import type { CheckIn, Legs, Wellbeing, Yesterday } from '../coach/index.js';
import { renderAdvice } from '../speech/advice.js';
import { HELP, QUESTIONS, REMINDER, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { hasConsent } from '../turn/reminders.js';
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
}

/** What to keep of today's answers once the advice is known, and whether the runner hears that it was kept. */
export interface Keep {
  /** One write of today's readiness answers (never pain or illness: only that health shaped the advice). */
  readiness: boolean;
  /** A check-in says whether it was saved; "should I run?" keeps the answers quietly. */
  sayWhetherSaved?: boolean;
}

/** Yesterday as the coach takes it: the runner's answer (with a named race's distance), else what is known. */
export function yesterdayAnswer(
  said: SlotRead<SlotId<'SessionType'>>,
  known: Yesterday | undefined,
  saidDistanceKm?: number,
): Pick<TodayAnswers, 'yesterday' | 'yesterdayDistanceKm'> {
  if (said.state !== 'matched') return { yesterday: known ?? 'unknown' };
  const { yesterday, distanceKm: raceKm } = SESSION_SLOT[said.value];
  // The distance said ("I ran 25k") beats the one a race's name implies.
  const distanceKm = saidDistanceKm ?? raceKm;
  return distanceKm === undefined ? { yesterday } : { yesterday, yesterdayDistanceKm: distanceKm };
}

/**
 * Runs the coach on today's answers and the history, keeps today's readiness answers (one write, never pain or
 * illness: only that health shaped the advice), speaks the advice and shows it on a card (and a screen, on a device
 * with one).
 */
export async function adviseToday(input: HandlerInput, answers: TodayAnswers, keep: Keep = { readiness: false }): Promise<Response> {
  const turn = turnOf(input);
  const [{ history, available }, place] = await Promise.all([turn.historyOrEmpty(), turn.place()]);
  const checkIn: CheckIn = { legs: answers.legs, yesterday: answers.yesterday };
  if (answers.yesterdayDistanceKm !== undefined) checkIn.yesterdayDistanceKm = answers.yesterdayDistanceKm;
  if (answers.wellbeing) checkIn.wellbeing = answers.wellbeing;
  // What the runner told us about their running beats what the coach would guess from a short history.
  if (history.profile.newRunner !== undefined) checkIn.newRunner = history.profile.newRunner;
  const advice = decide({ today: place.today, checkIn, history: { runs: history.runs, checkIns: history.checkIns } });
  turn.session.rememberAdvice(advice);
  turn.outcome = `advice:${advice.activity}`;

  let preface: string | undefined;
  let offerReminder = false;
  if (keep.readiness) {
    const record = readinessRecord(place.today, answers, advice, available ? todaysCheckIn(history, place.today) : undefined);
    const saved = await turn.write((store, key) => store.saveCheckIn(key, record));
    // e.g. "check-in:saved+advice:recovery-run": operations can tell a saved check-in from one that was not.
    const kept = keep.sayWhetherSaved ? 'check-in' : 'readiness';
    turn.outcome = `${kept}:${saved.ok ? 'saved' : `not-saved-${saved.failure}`}+${turn.outcome}`;
    if (keep.sayWhetherSaved) preface = saved.ok ? SPEECH.checkInSaved : SPEECH.checkInNotSaved;
    // The daily reminder is offered once, after the first check-in the history holds (the one just saved), and never
    // to a runner who has already let the skill set reminders: asked every morning, it would be nagging. A "no" needs
    // nothing stored: the check-in it followed is the record that the offer was made.
    // Not when pain or illness shaped the advice: then the symptom is the one thing to hear.
    offerReminder = keep.sayWhetherSaved === true && saved.ok && available && record.advisedFor !== 'health' && !hasConsent(input)
      && history.checkIns.length === 0;
  }
  const rendered = renderAdvice(advice);
  const lead = sentences(preface, !available && SPEECH.storeDownForAdvice);
  // An Echo Show also shows it; a voice-only device's response is as before.
  withScreen(input, adviceScreen(advice, !turn.session.oneShot));
  if (offerReminder) {
    turn.outcome = `${turn.outcome}+reminder-offer`;
    return answer(input, { speech: sentences(lead, rendered.speech, REMINDER.offer), reprompt: REMINDER.offerHelp, card: rendered.card, expecting: 'reminder-offer' });
  }
  if (turn.session.oneShot) {
    return answer(input, { speech: sentences(lead, rendered.speech), card: rendered.card });
  }
  return answer(input, {
    speech: sentences(lead, rendered.speech, QUESTIONS.afterAdvice),
    reprompt: HELP.afterAdviceReprompt,
    card: rendered.card,
    expecting: 'follow-up',
  });
}
