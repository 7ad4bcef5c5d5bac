import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest } from 'ask-sdk-model';
import { effortOfWord, sessionDate, validateRun, type RunProblem, type SessionKind } from '../coach/index.js';
import { mayHaveWritten } from '../history/failure.js';
import { DEFAULT_RETENTION_DAYS } from '../history/schema.js';
import {
  CARD_TITLE,
  confirmRunSpeech,
  describeRun,
  HELP,
  QUESTIONS,
  RUN_PROBLEM,
  runTooOld,
  savedRunSpeech,
  SPEECH,
} from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf, type Turn } from '../turn/context.js';
import { INTENTS, SLOT_TYPE_IDS, type SlotId } from '../conversation/contract.js';
import { answer, askForSlot, askToConfirm, intentWith } from '../conversation/reply.js';
import { SESSION_SLOT } from '../conversation/session-type.js';
import { customSlot, dateSlot, durationSlot, numberSlot, valueOr, type SlotRead } from '../conversation/slots.js';
import { understoodSlot } from '../conversation/understood.js';
import { logFromSaid } from '../conversation/log-from-said.js';

type AskedSlot = 'kind' | 'distance' | 'duration' | 'effortScore';

const SLOT_QUESTION: Record<AskedSlot, string> = {
  kind: QUESTIONS.runKind,
  distance: QUESTIONS.runDistance,
  duration: QUESTIONS.runDuration,
  effortScore: QUESTIONS.runEffort,
};

/** Which slot to ask for again when a value does not make sense. */
const PROBLEM_SLOT: Record<RunProblem, AskedSlot> = {
  'nothing-to-log': 'kind',
  'not-a-number': 'duration',
  'distance-not-positive': 'distance',
  'distance-too-long': 'distance',
  'minutes-not-positive': 'duration',
  'minutes-too-long': 'duration',
  'minutes-whole-day': 'duration',
  'pace-too-fast': 'duration',
  'effort-out-of-range': 'effortScore',
};

/** The kind the runner named, with the distance a named race implies ("a half marathon" is 21.1 km). */
function sessionKind(id: SlotId<'SessionType'> | undefined): { kind?: SessionKind | 'rest'; raceKm?: number } {
  if (id === undefined) return {};
  const { yesterday, distanceKm } = SESSION_SLOT[id];
  return { kind: yesterday === 'rest' ? 'rest' : (yesterday as SessionKind), ...(distanceKm !== undefined ? { raceKm: distanceKm } : {}) };
}

/** A time Alexa did not fill, taken from the kind's words when they carried one ("a 10k in 50 minutes"). */
function orWords(read: SlotRead<number>, fromWords: number | undefined): SlotRead<number> {
  return read.state === 'missing' && fromWords !== undefined ? { state: 'matched', value: fromWords } : read;
}

function retry(input: HandlerInput, turn: Turn, intent: Intent, problem: RunProblem, slot: AskedSlot = PROBLEM_SLOT[problem]) {
  const question = SLOT_QUESTION[slot];
  turn.outcome = `rejected:${problem}`;
  return askForSlot(input, intentWith('LogRun', intent, { [slot]: undefined }), slot, {
    speech: sentences(RUN_PROBLEM[problem], question),
    reprompt: question,
    expecting: 'log-details',
  });
}

/**
 * "No" to the read-back, or to "shall I make sure?" after a save whose outcome was unknown. A run that may have been
 * written is removed by its key (one DeleteItem, idempotent), so the week never counts a run the runner declined.
 */
async function declined(input: HandlerInput, turn: Turn, intent: Intent) {
  const held = turn.session.pendingRun;
  if (held?.maybeSaved && held.date) {
    const { key, date } = held;
    const removed = await turn.write((store, userKey) => store.deleteRun(userKey, date, key));
    if (!removed.ok) {
      // Still held and still "maybe saved": "no" again tries the removal again, "yes" keeps the run (same key).
      turn.outcome = `log:remove-failed-${removed.failure}`;
      return askToConfirm(input, { ...intent, confirmationStatus: 'NONE' }, { speech: SPEECH.runRemoveFailed, reprompt: SPEECH.runRemoveFailed, expecting: 'log-retry' });
    }
    turn.session.releaseRun();
    turn.outcome = removed.value.deleted ? 'log:denied-removed' : 'log:denied-absent';
    return answer(input, { speech: sentences(SPEECH.runLeftOut, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
  }
  turn.session.releaseRun();
  turn.outcome = 'log:denied';
  return answer(input, { speech: sentences(SPEECH.runNotSaved, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
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
    const sent = intentWith('LogRun', request.intent);
    sent.confirmationStatus = request.intent?.confirmationStatus ?? 'NONE';
    const intent = logFromSaid(sent);

    if (intent.confirmationStatus === 'DENIED') return declined(input, turn, intent);

    // The kind in the runner's own words ("a steady six miler"), with any distance or time those words carried.
    const kindSaid = understoodSlot(intent, 'kind', 'kind', SLOT_TYPE_IDS.SessionType);
    // Words neither Alexa nor the layer could place are asked about, never guessed ("today", "a run", the usual unit).
    for (const [slot, read, question] of [
      ['kind', kindSaid.read, QUESTIONS.runKindAgain],
      ['unit', customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType), QUESTIONS.runUnit],
      ['day', dateSlot(intent, 'day'), QUESTIONS.runDay],
    ] as const) {
      if (read.state !== 'unmatched') continue;
      turn.outcome = `elicit:${slot}-retry`;
      return askForSlot(input, intentWith('LogRun', intent, { [slot]: undefined }), slot, {
        speech: sentences(SPEECH.misheard, question),
        reprompt: question,
        expecting: 'log-details',
      });
    }
    const { kind, raceKm } = sessionKind(valueOr(kindSaid.read));
    if (kind === 'rest') {
      turn.outcome = 'log:rest';
      return answer(input, { speech: sentences(SPEECH.restNotLogged, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
    }
    const distance = numberSlot(intent, 'distance');
    const duration = orWords(durationSlot(intent, 'duration'), kindSaid.heard.minutes);
    // A distance carried by the kind's words is in kilometres already (the layer converts "4 miles").
    const wordsKm = distance.state === 'missing' ? kindSaid.heard.distanceKm : undefined;
    const effortScore = numberSlot(intent, 'effortScore');
    const effortWord = understoodSlot(intent, 'effortWord', 'effortWord', SLOT_TYPE_IDS.EffortType).read;
    const unitSlot = customSlot(intent, 'unit', SLOT_TYPE_IDS.DistanceUnitType);
    const day = dateSlot(intent, 'day');
    // An unplaced number is asked for again by its own slot, so the question matches what was misheard.
    if (distance.state === 'unmatched') return retry(input, turn, intent, 'not-a-number', 'distance');
    if (duration.state === 'unmatched') return retry(input, turn, intent, 'not-a-number', 'duration');
    if (effortScore.state === 'unmatched') return retry(input, turn, intent, 'effort-out-of-range');
    if (kind === undefined && distance.state === 'missing' && wordsKm === undefined && duration.state === 'missing') {
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
    if (unitSlot.state === 'matched') turn.session.useUnit(unitSlot.value);
    const effort = valueOr(effortScore) ?? (effortWord.state === 'matched' ? effortOfWord(effortWord.value) : undefined);
    const checked = validateRun({
      ...(kind ? { kind } : {}),
      ...(distance.state === 'matched'
        ? { distance: distance.value, unit }
        : (wordsKm ?? raceKm) !== undefined
          ? { distance: (wordsKm ?? raceKm) as number, unit: 'km' as const }
          : {}),
      ...(duration.state === 'matched' ? { minutes: duration.value } : {}),
      ...(effort !== undefined ? { effort } : {}),
    });
    if (!checked.ok) return retry(input, turn, intent, checked.problem);

    // Once asked, the run keeps the day it was asked on: a "yes" after midnight does not move it.
    const held = turn.session.pendingRun;
    const date = (intent.confirmationStatus === 'CONFIRMED' && held?.date) || sessionDate(valueOr(day), place.today, DEFAULT_RETENTION_DAYS);
    if (date === 'future' || date === 'too-old') {
      turn.outcome = `rejected:date-${date}`;
      return askForSlot(input, intentWith('LogRun', intent, { day: undefined }), 'day', {
        speech: date === 'future' ? SPEECH.runInFuture : runTooOld(DEFAULT_RETENTION_DAYS),
        reprompt: QUESTIONS.runDay,
        expecting: 'log-details',
      });
    }
    const described = describeRun(checked.run, unit, date, place.today, turn.defaults.kilometreWord, kind !== undefined);

    if (intent.confirmationStatus !== 'CONFIRMED') {
      // The key that makes a retried save idempotent is fixed when the runner is asked, not when they answer.
      turn.session.holdRun({ key: turn.requestId, at: turn.now.toISOString(), date });
      turn.outcome = 'log:confirm';
      return askToConfirm(input, intent, { speech: confirmRunSpeech(described), reprompt: HELP.logConfirm, expecting: 'log-confirm' });
    }

    const saved = await turn.write((store, key) =>
      store.saveRun(key, {
        ...checked.run,
        date,
        loggedAt: held?.at ?? turn.now.toISOString(),
        requestId: held?.key ?? turn.requestId,
      }),
    );
    if (!saved.ok) {
      // Once a save may have landed, the run stays "maybe saved" until the runner decides: a later refusal
      // (throttled) proves nothing about the earlier attempt.
      const maybeSaved = held?.maybeSaved === true || mayHaveWritten(saved.failure);
      turn.outcome = `log:${maybeSaved ? 'unsure' : 'failed'}-${saved.failure}`;
      turn.session.holdRun({
        key: held?.key ?? turn.requestId,
        at: held?.at ?? turn.now.toISOString(),
        date,
        ...(maybeSaved ? { maybeSaved: true as const } : {}),
      });
      const reply = maybeSaved
        ? { speech: SPEECH.runSaveUnsure, reprompt: SPEECH.runSaveUnsureReprompt }
        : { speech: SPEECH.runSaveFailed, reprompt: SPEECH.runSaveFailed };
      return askToConfirm(input, { ...intent, confirmationStatus: 'NONE' }, { ...reply, expecting: 'log-retry' });
    }
    turn.session.releaseRun();
    turn.outcome = 'log:saved';
    const speech = savedRunSpeech(described);
    const card = { title: CARD_TITLE.runLogged, text: `${described}.` };
    if (turn.session.oneShot) return answer(input, { speech, card });
    return answer(input, { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, card, expecting: 'anything-else' });
  },
};
