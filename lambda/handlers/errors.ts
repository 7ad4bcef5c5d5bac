import type { ErrorHandler } from 'ask-sdk-core';
import { escapeSsml } from '../speech/ssml.js';
import { SPEECH } from '../speech/en.js';
import { findTurn } from '../turn/context.js';

/**
 * Anything a handler did not expect: apologise, keep the session open, say nothing about internals.
 * The turn's log line records the error class (never its message, which may carry user words).
 */
export const ApologyErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input, error) {
    const turn = findTurn(input);
    if (turn) turn.outcome = `error:${error instanceof Error ? error.name : 'unknown'}`.slice(0, 80);
    const type = input.requestEnvelope.request?.type;
    if (type === 'SessionEndedRequest' || (typeof type === 'string' && type.startsWith('AlexaSkillEvent.'))) {
      return input.responseBuilder.getResponse();
    }
    return input.responseBuilder
      .speak(escapeSsml(SPEECH.error))
      .reprompt(escapeSsml(SPEECH.fallbackReprompt))
      .withShouldEndSession(false)
      .getResponse();
  },
};
