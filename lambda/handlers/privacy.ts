import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { HELP, SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import { INTENTS } from '../conversation/contract.js';
import { answer, askToConfirm, intentWith } from '../conversation/reply.js';

/** The speaker's own history: a recognised person's, or the account's shared one (see HistoryStore.deleteUser). */
async function deleteTheirs(input: HandlerInput) {
  return turnOf(input).write((store, key) => store.deleteUser(key, 'own'));
}

/** Everything the account holds, every person's history with it, whoever the request names. */
async function deleteAccount(input: HandlerInput) {
  return turnOf(input).write((store, key) => store.deleteUser(key, 'account'));
}

/**
 * "Delete my data": asks once, then removes every item the store holds for this speaker: a recognised voice
 * profile's own history, or, for a voice Alexa does not recognise, the account's shared history. A recognised
 * person's history is never deleted by someone else's voice; disabling the skill deletes everything.
 */
export const DeleteDataHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.DeleteData.name,
  async handle(input) {
    const turn = turnOf(input);
    const person = turn.personId !== undefined;
    const status = (input.requestEnvelope.request as IntentRequest).intent?.confirmationStatus;
    if (status === 'DENIED') {
      turn.outcome = 'delete:kept';
      return answer(input, { speech: SPEECH.deleteKept });
    }
    if (status !== 'CONFIRMED') {
      turn.outcome = 'delete:confirm';
      return askToConfirm(input, intentWith('DeleteData'), { speech: person ? SPEECH.deleteAskPerson : SPEECH.deleteAsk, reprompt: HELP.deleteConfirm, expecting: 'delete-confirm' });
    }
    const result = await deleteTheirs(input);
    if (!result.ok) {
      turn.outcome = `delete:failed-${result.failure}`;
      return answer(input, { speech: SPEECH.deleteFailed });
    }
    turn.outcome = 'delete:done';
    turn.session.forgetAdvice();
    const speech = result.value.deleted > 0 ? (person ? SPEECH.deletedPerson : SPEECH.deleted) : person ? SPEECH.nothingToDeletePerson : SPEECH.nothingToDelete;
    return answer(input, { speech });
  },
};

/** Disabling the skill removes the account's history, every person's included (the event cannot speak). */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    const result = await deleteAccount(input);
    turnOf(input).outcome = result.ok ? 'disabled:deleted' : `disabled:failed-${result.failure}`;
    return input.responseBuilder.getResponse();
  },
};

/** Other skill events (enabled, permissions, account linking) need nothing from us, and cannot speak. */
export const OtherSkillEventHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope).startsWith('AlexaSkillEvent.'),
  handle(input) {
    turnOf(input).outcome = 'event:ignored';
    return input.responseBuilder.getResponse();
  },
};
