import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest } from 'ask-sdk-model';
import { addDays, daysBetween } from '../coach/index.js';
import type { SessionKind } from '../coach/index.js';
import { validateRun, type RunProblem } from '../coach/index.js';
import { DEFAULT_RETENTION_DAYS } from '../history/schema.js';
import { describeRun, QUESTIONS, RUN_PROBLEM, SPEECH, HELP } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf, type Turn } from '../turn/context.js';
import { SESSION_SLOT } from './advise.js';
import { INTENTS, SLOT_TYPE_IDS } from './intent-names.js';
import { answer, askForSlot, askToConfirm, intentWith } from './respond.js';
import { customSlot, dateSlot, durationSlot, numberSlot, valueOr } from './slots.js';

/** Effort words on the 1-10 scale runners use (rate of perceived exertion). */
export const EFFORT_WORD_SCORE: Record<(typeof SLOT_TYPE_IDS.EffortType)[number], number> = {
  easy: 3,
  moderate: 5,
  hard: 7,
  'very-hard': 8,
  max: 10,
};

/** Which slot to ask for again when a value does not make sense. */
const PROBLEM_SLOT: Record<RunProblem, { slot: string; question: string }> = {
  'nothing-to-log': { slot: 'kind', question: QUESTIONS.runKind },
  'not-a-number': { slot: 'duration', question: QUESTIONS.runDuration },
  'distance-not-positive': { slot: 'distance', question: QUESTIONS.runDistance },
  'distance-too-long': { slot: 'distance', question: QUESTIONS.runDistance },
  'minutes-not-positive': { slot: 'duration', question: QUESTIONS.runDuration },
  'minutes-too-long': { slot: 'duration', question: QUESTIONS.runDuration },
  'minutes-whole-day': { slot: 'duration', question: QUESTIONS.runDuration },
  'pace-too-fast': { slot: 'duration', question: QUESTIONS.runDuration },
  'effort-out-of-range': { slot: 'effortScore', question: QUESTIONS.runEffort },
};

/** The kind the runner named, with the distance a named race implies ("a half marathon" is 21.1 km). */
function sessionKind(intent: Intent): { kind?: SessionKind | 'rest'; raceKm?: number } {
  const id = valueOr(customSlot(intent, 'kind', SLOT_TYPE_IDS.SessionType));
  if (id === undefined) return {};
  const { yesterday, distanceKm } = SESSION_SLOT[id];
  return { kind: yesterday === 'rest' ? 'rest' : (yesterday as SessionKind), ...(distanceKm !== undefined ? { raceKm: distanceKm } : {}) };
}

/** The local date a session was on. AMAZON.DATE rolls a bare weekday forward; runs are in the past, so roll back. */
function sessionDate(said: string | undefined, today: string): string | 'future' | 'too-old' {
  if (!said) return today;
  let date = said;
  if (daysBetween(today, date) > 0 && daysBetween(today, date) < 7) date = addDays(date, -7);
  if (daysBetween(today, date) > 0) return 'future';
  if (daysBetween(date, today) >= DEFAULT_RETENTION_DAYS) return 'too-old';
  return date;
}

function retry(input: Parameters<RequestHandler['handle']>[0], turn: Turn, intent: Intent, problem: RunProblem) {
  const { slot, question } = PROBLEM_SLOT[problem];
  turn.outcome = `rejected:${problem}`;
  return askForSlot(input, intentWith('LogRun', intent, { [slot]: undefined }), slot, {
    speech: sentences(RUN_PROBLEM[problem], question),
    reprompt: question,
    expecting: 'log-details',
  });
}

/**
 * "I ran 8 kilometres in 50 minutes, it felt hard": checks the numbers, reads the run back, and saves it only
 * when the runner says yes. It says "saved" only after the store confirms the write.
 */
export const LogRunHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.LogRun.name,
  async handle(input) {
    const turn = turnOf(input);
    const request = input.requestEnvelope.request as IntentRequest;
    const intent = intentWith('LogRun', request.intent);
    intent.confirmationStatus = request.intent?.confirmationStatus ?? 'NONE';

    if (intent.confirmationStatus === 'DENIED') {
      delete turn.session.pendingRunKey;
      delete turn.session.pendingRunAt;
      turn.outcome = 'log:denied';
      return answer(input, { speech: sentences(SPEECH.runNotSaved, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
    }

    // Words the model heard but could not place are asked about, never guessed ("today", "a run", the usual unit).
    for (const [slot, read, question] of [
      ['kind', customSlot(intent, 'kind', SLOT_TYPE_IDS.SessionType), QUESTIONS.runKindAgain],
      ['unit', customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType), QUESTIONS.runUnit],
      ['day', dateSlot(intent, 'day'), QUESTIONS.runDay],
    ] as const) {
      if (read.state !== 'unmatched') continue;
      turn.outcome = `elicit:${slot}-retry`;
      return askForSlot(input, intentWith('LogRun', intent, { [slot]: undefined }), slot, {
        speech: `${SPEECH.misheard} ${question}`,
        reprompt: question,
        expecting: 'log-details',
      });
    }
    const { kind, raceKm } = sessionKind(intent);
    if (kind === 'rest') {
      turn.outcome = 'log:rest';
      return answer(input, {
        speech: "A rest day doesn't need logging. It counts all the same. Anything else?",
        reprompt: QUESTIONS.whatNext,
        expecting: 'anything-else',
      });
    }
    const distance = numberSlot(intent, 'distance');
    const duration = durationSlot(intent, 'duration');
    const effortScore = numberSlot(intent, 'effortScore');
    const effortWord = customSlot(intent, 'effortWord', SLOT_TYPE_IDS.EffortType);
    const unitSlot = customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType);
    const day = dateSlot(intent, 'day');
    if (distance.state === 'unmatched') return retry(input, turn, intent, 'not-a-number');
    if (duration.state === 'unmatched') return retry(input, turn, intent, 'not-a-number');
    if (effortScore.state === 'unmatched') return retry(input, turn, intent, 'effort-out-of-range');
    if (kind === undefined && distance.state === 'missing' && duration.state === 'missing') {
      // "Log a run" with nothing else is a start, not a mishearing: just ask what they did.
      const heardSomething = effortScore.state !== 'missing' || effortWord.state !== 'missing' || unitSlot.state !== 'missing';
      if (!heardSomething) {
        turn.outcome = 'elicit:log-details';
        return askForSlot(input, intent, 'kind', { speech: QUESTIONS.runKind, reprompt: QUESTIONS.runKind, expecting: 'log-details' });
      }
      return retry(input, turn, intent, 'nothing-to-log');
    }

    const place = await turn.place();
    const unit = valueOr(unitSlot) ?? place.unit;
    if (unitSlot.state === 'matched') turn.session.unit = unitSlot.value;
    const effort = valueOr(effortScore) ?? (effortWord.state === 'matched' ? EFFORT_WORD_SCORE[effortWord.value] : undefined);
    const checked = validateRun({
      ...(kind ? { kind } : {}),
      ...(distance.state === 'matched'
        ? { distance: distance.value, unit }
        : raceKm !== undefined
          ? { distance: raceKm, unit: 'km' as const }
          : {}),
      ...(duration.state === 'matched' ? { minutes: duration.value } : {}),
      ...(effort !== undefined ? { effort } : {}),
    });
    if (!checked.ok) return retry(input, turn, intent, checked.problem);

    const date = sessionDate(valueOr(day), place.today);
    if (date === 'future' || date === 'too-old') {
      turn.outcome = `rejected:date-${date}`;
      const speech =
        date === 'future'
          ? "I can only log sessions you've already done. Which day was it?"
          : `I only keep the last ${DEFAULT_RETENTION_DAYS / 7} weeks, so that one is too old to log. Which day was it?`;
      return askForSlot(input, intentWith('LogRun', intent, { day: undefined }), 'day', {
        speech,
        reprompt: QUESTIONS.runDay,
        expecting: 'log-details',
      });
    }
    const described = describeRun(checked.run, unit, date, place.today, turn.defaults.kilometreWord, kind !== undefined);

    if (intent.confirmationStatus !== 'CONFIRMED') {
      // The key that makes a retried save idempotent is fixed when the runner is asked, not when they answer.
      turn.session.pendingRunKey = turn.requestId;
      turn.session.pendingRunAt = turn.now.toISOString();
      turn.outcome = 'log:confirm';
      return askToConfirm(input, intent, {
        speech: `${described}. Shall I save it?`,
        reprompt: HELP.logConfirm,
        expecting: 'log-confirm',
      });
    }

    const saved = await turn.write((store, key) =>
      store.saveRun(key, {
        ...checked.run,
        date,
        loggedAt: turn.session.pendingRunAt ?? turn.now.toISOString(),
        requestId: turn.session.pendingRunKey ?? turn.requestId,
      }),
    );
    if (!saved.ok) {
      turn.outcome = `log:failed-${saved.failure}`;
      return askToConfirm(input, { ...intent, confirmationStatus: 'NONE' }, { speech: SPEECH.runSaveFailed, reprompt: SPEECH.runSaveFailed, expecting: 'log-retry' });
    }
    delete turn.session.pendingRunKey;
    delete turn.session.pendingRunAt;
    turn.outcome = 'log:saved';
    const speech = `Saved: ${described.charAt(0).toLowerCase()}${described.slice(1)}.`;
    const card = { title: 'Run logged', text: `${described}.` };
    if (turn.session.oneShot) return answer(input, { speech, card });
    return answer(input, { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, card, expecting: 'anything-else' });
  },
};
