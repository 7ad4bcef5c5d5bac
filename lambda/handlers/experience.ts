import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { QUESTIONS, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { INTENTS, SLOT_TYPE_IDS } from '../conversation/contract.js';
import { answer } from '../conversation/reply.js';
import { understoodSlot } from '../conversation/understood.js';

/**
 * "I'm new to running" / "I'm an experienced runner": kept in the profile, so the coach shortens runs and adds
 * walking breaks for a new runner, or stops guessing from a short history.
 */
export const ExperienceHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.Experience.name,
  async handle(input) {
    const turn = turnOf(input);
    // "I'm pretty new to all this, only started in the summer": words Alexa could not match are read by the layer.
    const said = understoodSlot((input.requestEnvelope.request as IntentRequest).intent, 'experience', 'experience', SLOT_TYPE_IDS.ExperienceType).read;
    if (said.state !== 'matched') {
      turn.outcome = 'experience:unmatched';
      return answer(input, { speech: SPEECH.experienceAsk, reprompt: SPEECH.experienceAsk, expecting: 'anything-else' });
    }
    const newRunner = said.value === 'new';
    // One field of the profile, set without reading it first.
    const saved = await turn.write((store, key) => store.saveProfile(key, { newRunner }, Math.floor(turn.now.getTime() / 1000)));
    if (!saved.ok) {
      turn.outcome = `experience:failed-${saved.failure}`;
      return answer(input, { speech: SPEECH.experienceNotSaved });
    }
    turn.outcome = `experience:${said.value}`;
    const speech = newRunner ? SPEECH.experienceNew : SPEECH.experienceExperienced;
    if (turn.session.oneShot) return answer(input, { speech });
    return answer(input, { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, expecting: 'anything-else' });
  },
};
