import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { judgeSwap } from '../coach/index.js';
import { EFFORT_CUE, HELP, LEARN, QUESTIONS, SPEECH, swapSpeech } from '../speech/en.js';
import { reasonsToSay, whySpeech } from '../speech/advice.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { INTENTS, SLOT_TYPE_IDS } from '../conversation/contract.js';
import { reaskOpenQuestion } from '../conversation/open-question.js';
import { answer, type Reply } from '../conversation/reply.js';
import { understoodSlot } from '../conversation/understood.js';

function isIntent(input: HandlerInput, name: string): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === name;
}

/** Follow-ups keep the conversation going after advice; in a one-shot they answer and close. */
function followUp(input: HandlerInput, speech: string): Response {
  const turn = turnOf(input);
  const reply: Reply = turn.session.oneShot
    ? { speech }
    : { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: HELP.afterAdviceMenu, expecting: 'follow-up' };
  return answer(input, reply);
}

function noAdviceYet(input: HandlerInput): Response {
  // "Why?" in the middle of a question asks why we need the answer: explain, and ask again.
  const reasked = reaskOpenQuestion(input);
  if (reasked) return reasked;
  turnOf(input).outcome = 'follow-up:no-advice';
  return answer(input, { speech: sentences(SPEECH.noAdviceYet, QUESTIONS.adviceOffer), reprompt: QUESTIONS.adviceOffer, expecting: 'advice-offer' });
}

/** "Why?": every reason behind today's advice. */
export const WhyHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.Why.name),
  handle(input) {
    const advice = turnOf(input).session.advice;
    if (!advice) return noAdviceYet(input);
    turnOf(input).outcome = 'follow-up:why';
    return followUp(input, whySpeech(advice));
  },
};

/** "How should it feel?": the effort cues of today's advice, or the recovery-run feel when there is none. */
export const FeelHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.Feel.name),
  handle(input) {
    const advice = turnOf(input).session.advice;
    turnOf(input).outcome = 'follow-up:feel';
    if (!advice) return followUp(input, LEARN.feel);
    if (advice.activity === 'rest') return followUp(input, SPEECH.restFeel);
    return followUp(input, advice.effortCues.map((c) => EFFORT_CUE[c]).join(' '));
  },
};

/** "What about a walk instead?": the coach judges the swap, the speech says why. */
export const InsteadHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.Instead.name),
  handle(input) {
    const turn = turnOf(input);
    const advice = turn.session.advice;
    if (!advice) return noAdviceYet(input);
    const wanted = understoodSlot((input.requestEnvelope.request as IntentRequest).intent, 'activity', 'activity', SLOT_TYPE_IDS.ActivityType).read;
    if (wanted.state !== 'matched') {
      turn.outcome = 'follow-up:instead-unmatched';
      return answer(input, { speech: QUESTIONS.insteadWhich, reprompt: HELP.insteadExample, expecting: 'follow-up' });
    }
    turn.outcome = `follow-up:instead-${wanted.value}`;
    const [reason] = reasonsToSay(advice);
    return followUp(input, swapSpeech(judgeSwap(advice, wanted.value), wanted.value, advice.activity, reason));
  },
};
