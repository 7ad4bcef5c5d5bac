import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { LEARN, LEARN_MENU, QUESTIONS, shoesSpeech, TOPIC_TITLE } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { INTENTS, SLOT_TYPE_IDS } from '../conversation/contract.js';
import { answer } from '../conversation/reply.js';
import { understoodSlot } from '../conversation/understood.js';

function teach(input: HandlerInput, speech: string, title: string) {
  const turn = turnOf(input);
  const card = { title, text: speech };
  if (turn.session.oneShot) return answer(input, { speech, card });
  return answer(input, { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, card, expecting: 'anything-else' });
}


/** "What is a recovery run?" and the other topics from the coach's article. */
export const LearnHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.Learn.name,
  handle(input) {
    const topic = understoodSlot((input.requestEnvelope.request as IntentRequest).intent, 'topic', 'topic', SLOT_TYPE_IDS.TopicType).read;
    const turn = turnOf(input);
    if (topic.state !== 'matched') {
      turn.outcome = 'learn:menu';
      return answer(input, { speech: LEARN_MENU, reprompt: LEARN_MENU, expecting: 'learn-topic' });
    }
    turn.outcome = `learn:${topic.value}`;
    return teach(input, LEARN[topic.value], TOPIC_TITLE[topic.value]);
  },
};

/** "What should I wear?": the current shoe picks, kept as data. */
export const WearHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.Wear.name,
  handle(input) {
    turnOf(input).outcome = 'learn:wear';
    return teach(input, shoesSpeech(), TOPIC_TITLE.wear);
  },
};
