import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { whySpeech } from '../speech/advice.js';
import { HELP, QUESTIONS, REMINDER, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { openQuestionReply, reaskOpenQuestion } from '../conversation/open-question.js';
import { answer, askAgain } from '../conversation/reply.js';
import { askReminderTime } from './reminders.js';
import { startShouldIRun } from './should-i-run.js';

function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const turn = turnOf(input);
    const reply = openQuestionReply(input);
    turn.outcome = reply ? `help:${turn.session.expecting}` : 'help';
    // The same question stays open: the dialog picks up where it was.
    if (reply) return askAgain(input, reply) ?? answer(input, reply);
    return answer(input, { speech: sentences(HELP.general, QUESTIONS.whatNext), reprompt: HELP.reprompt, expecting: 'anything-else' });
  },
};

export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    const turn = turnOf(input);
    const unsaved = turn.session.expecting === 'log-confirm' || turn.session.expecting === 'log-retry';
    // After a save whose outcome is unknown, "I haven't saved it" could be false: say what is known.
    const maybeSaved = unsaved && turn.session.pendingRun?.maybeSaved === true;
    turn.outcome = maybeSaved ? 'stop:run-maybe-saved' : unsaved ? 'stop:run-not-saved' : 'stop';
    if (getIntentName(input.requestEnvelope) === 'AMAZON.NavigateHomeIntent') return input.responseBuilder.withShouldEndSession(true).getResponse();
    return answer(input, { speech: maybeSaved ? SPEECH.runUnsureGoodbye : unsaved ? SPEECH.runNotSavedGoodbye : SPEECH.goodbye });
  },
};

/** Yes and no outside a confirmation: after "Want to know why?", "Anything else?", the offer to start or of a reminder. */
export const YesNoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent'),
  handle(input) {
    const turn = turnOf(input);
    const yes = getIntentName(input.requestEnvelope) === 'AMAZON.YesIntent';
    // A bare yes or no to an open question ("how do your legs feel?") is not an answer: ask it again.
    const reasked = reaskOpenQuestion(input, SPEECH.misheard);
    if (reasked) return reasked;
    if (turn.session.expecting === 'reminder-offer') {
      if (yes) return askReminderTime(input);
      turn.outcome = 'reminder:declined';
      return answer(input, { speech: REMINDER.declined });
    }
    if (!yes) {
      turn.outcome = 'no:goodbye';
      return answer(input, { speech: SPEECH.goodbye });
    }
    if (turn.session.expecting === 'advice-offer') return startShouldIRun(input);
    // "Want to know why, or how it should feel?" - "Yes": the why is the likelier wish.
    if (turn.session.advice && turn.session.expecting === 'follow-up') {
      turn.outcome = 'yes:why';
      return answer(input, {
        speech: sentences(whySpeech(turn.session.advice), QUESTIONS.anythingElse),
        reprompt: HELP.afterAdviceMenu,
        expecting: 'follow-up',
      });
    }
    turn.outcome = 'yes:menu';
    return answer(input, {
      speech: turn.session.advice ? HELP.afterAdviceMenu : SPEECH.fallbackReprompt,
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
      speech: sentences(SPEECH.fallback, SPEECH.fallbackReprompt),
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
