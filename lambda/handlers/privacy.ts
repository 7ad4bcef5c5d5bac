import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { HELP, SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import { INTENTS } from '../conversation/contract.js';
import { answer, askToConfirm, intentWith } from '../conversation/reply.js';

async function deleteEverything(input: HandlerInput) {
  const turn = turnOf(input);
  return turn.write((store, key) => store.deleteUser(key));
}

/** "Delete my data": asks once, then removes every item the store holds for this runner. */
export const DeleteDataHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.DeleteData.name,
  async handle(input) {
    const turn = turnOf(input);
    const status = (input.requestEnvelope.request as IntentRequest).intent?.confirmationStatus;
    if (status === 'DENIED') {
      turn.outcome = 'delete:kept';
      return answer(input, { speech: SPEECH.deleteKept });
    }
    if (status !== 'CONFIRMED') {
      turn.outcome = 'delete:confirm';
      return askToConfirm(input, intentWith('DeleteData'), { speech: SPEECH.deleteAsk, reprompt: HELP.deleteConfirm, expecting: 'delete-confirm' });
    }
    const result = await deleteEverything(input);
    if (!result.ok) {
      turn.outcome = `delete:failed-${result.failure}`;
      return answer(input, { speech: SPEECH.deleteFailed });
    }
    turn.outcome = 'delete:done';
    turn.session.forgetAdvice();
    return answer(input, { speech: result.value.deleted > 0 ? SPEECH.deleted : SPEECH.nothingToDelete });
  },
};

/** Disabling the skill removes the runner's history too (the event cannot speak). */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async handle(input) {
    const result = await deleteEverything(input);
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
