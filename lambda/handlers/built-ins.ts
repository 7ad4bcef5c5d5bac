import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { whySpeech } from '../speech/advice.js';
import { HELP, QUESTIONS, SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import type { Expecting } from '../turn/session.js';
import type { Response } from 'ask-sdk-model';
import { answer, askAgain, type Reply } from './respond.js';

function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

/** Help that answers the question on the table, so the runner is never stuck. */
const CONTEXT_HELP: Partial<Record<Expecting, string>> = {
  legs: HELP.legs,
  yesterday: HELP.yesterday,
  sleep: HELP.sleep,
  feeling: HELP.feeling,
  'log-details': QUESTIONS.runKind,
  'log-confirm': HELP.logConfirm,
  'log-retry': HELP.logConfirm,
  'delete-confirm': HELP.deleteConfirm,
  'follow-up': HELP.afterAdvice,
};

/** While a run is being logged, the question is about the one value asked for. */
const LOG_SLOT_QUESTION: Record<string, string> = {
  kind: QUESTIONS.runKind,
  distance: QUESTIONS.runDistance,
  unit: QUESTIONS.runUnit,
  duration: QUESTIONS.runDuration,
  day: QUESTIONS.runDay,
  effortScore: QUESTIONS.runEffort,
};

/** The question on the table, explained (optionally after a lead such as "Sorry, I didn't catch that."). */
function openQuestionReply(input: HandlerInput, lead?: string): (Reply & { reprompt: string }) | undefined {
  const { expecting, dialog } = turnOf(input).session;
  if (!expecting) return undefined;
  const specific = expecting === 'log-details' && dialog?.slot ? (LOG_SLOT_QUESTION[dialog.slot] ?? CONTEXT_HELP[expecting]) : CONTEXT_HELP[expecting];
  if (!specific) return undefined;
  return { speech: lead ? `${lead} ${specific}` : specific, reprompt: specific, expecting };
}

/**
 * When a dialog question is open (legs, sleep, a yes/no), explains it and asks it again, so an off-script answer
 * such as "why?" or "yes" never drops the conversation. Undefined when no dialog question is open.
 */
export function reaskOpenQuestion(input: HandlerInput, lead?: string): Response | undefined {
  const turn = turnOf(input);
  const reply = turn.session.dialog ? openQuestionReply(input, lead) : undefined;
  if (!reply) return undefined;
  turn.outcome = `reask:${turn.session.expecting}`;
  return askAgain(input, reply);
}

export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const reply = openQuestionReply(input);
    turn.outcome = reply ? `help:${turn.session.expecting}` : 'help';
    // The same question stays open: the dialog picks up where it was.
    if (reply) return askAgain(input, reply) ?? answer(input, reply);
    return answer(input, { speech: `${HELP.general} ${QUESTIONS.whatNext}`, reprompt: HELP.reprompt, expecting: 'anything-else' });
  },
};

export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    const turn = turnOf(input);
    turn.outcome = turn.session.expecting === 'log-confirm' || turn.session.expecting === 'log-retry' ? 'stop:run-not-saved' : 'stop';
    if (getIntentName(input.requestEnvelope) === 'AMAZON.NavigateHomeIntent') return input.responseBuilder.withShouldEndSession(true).getResponse();
    const unsaved = turn.outcome === 'stop:run-not-saved' ? `${SPEECH.runNotSaved} ` : '';
    return answer(input, { speech: `${unsaved}${SPEECH.goodbye}` });
  },
};

/** Yes and no outside a confirmation: after "Want to know why?" or "Anything else?". */
export const YesNoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent'),
  handle(input) {
    const turn = turnOf(input);
    const yes = getIntentName(input.requestEnvelope) === 'AMAZON.YesIntent';
    // A bare yes or no to an open question ("how do your legs feel?") is not an answer: ask it again.
    const reasked = reaskOpenQuestion(input, SPEECH.misheard);
    if (reasked) return reasked;
    if (!yes) {
      turn.outcome = 'no:goodbye';
      return answer(input, { speech: SPEECH.goodbye });
    }
    // "Want to know why, or how it should feel?" - "Yes": the why is the likelier wish.
    if (turn.session.advice && turn.session.expecting === 'follow-up') {
      turn.outcome = 'yes:why';
      return answer(input, {
        speech: `${whySpeech(turn.session.advice)} ${QUESTIONS.anythingElse}`,
        reprompt: HELP.afterAdvice,
        expecting: 'follow-up',
      });
    }
    turn.outcome = 'yes:menu';
    return answer(input, {
      speech: turn.session.advice ? HELP.afterAdvice : `${SPEECH.fallbackReprompt}`,
      reprompt: QUESTIONS.whatNext,
      expecting: turn.session.advice ? 'follow-up' : 'anything-else',
    });
  },
};

/**
 * AMAZON.FallbackIntent, and any intent this skill does not know (a foreign or future model): the runner
 * hears what they can say, and an open question stays open.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle(input) {
    turnOf(input).outcome = 'fallback';
    const reply = openQuestionReply(input, SPEECH.misheard) ?? {
      speech: `${SPEECH.fallback} ${SPEECH.fallbackReprompt}`,
      reprompt: SPEECH.fallbackReprompt,
      expecting: turnOf(input).session.expecting ?? 'anything-else',
    };
    return askAgain(input, reply) ?? answer(input, reply);
  },
};

/** The session ended (timeout, "exit", an error on the device): nothing can be spoken; log why. */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request as { reason?: unknown; error?: { type?: unknown } };
    const reason = typeof request.reason === 'string' ? request.reason : 'unknown';
    const error = typeof request.error?.type === 'string' ? `:${request.error.type}` : '';
    turnOf(input).outcome = `ended:${reason}${error}`.slice(0, 80);
    return input.responseBuilder.getResponse();
  },
};

/** Request types this skill does not use (display, audio, purchase events...): answer quietly, never fail. */
export const UnhandledRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    turnOf(input).outcome = 'ignored';
    return input.responseBuilder.getResponse();
  },
};
