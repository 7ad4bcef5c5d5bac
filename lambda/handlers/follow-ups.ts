import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { ACTIVITY_DEMAND } from '../coach/index.js';
import { ACTIVITY_NAME, EFFORT_CUE, HELP, LEARN, QUESTIONS, REASON, SPEECH } from '../speech/en.js';
import { reasonsToSay, whySpeech } from '../speech/advice.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { INTENTS, SLOT_TYPE_IDS } from './intent-names.js';
import { reaskOpenQuestion } from './built-ins.js';
import { answer, type Reply } from './respond.js';
import { customSlot } from './slots.js';

function isIntent(input: HandlerInput, name: string): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === name;
}

/** Follow-ups keep the conversation going after advice; in a one-shot they answer and close. */
function followUp(input: HandlerInput, speech: string): Response {
  const turn = turnOf(input);
  const reply: Reply = turn.session.oneShot
    ? { speech }
    : { speech: sentences(speech, QUESTIONS.anythingElse), reprompt: HELP.afterAdvice, expecting: 'follow-up' };
  return answer(input, reply);
}

function noAdviceYet(input: HandlerInput): Response {
  // "Why?" in the middle of a question asks why we need the answer: explain, and ask again.
  const reasked = reaskOpenQuestion(input);
  if (reasked) return reasked;
  turnOf(input).outcome = 'follow-up:no-advice';
  return answer(input, { speech: SPEECH.noAdviceYet, reprompt: 'Say: should I run today?', expecting: 'anything-else' });
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
    if (advice.activity === 'rest') return followUp(input, 'Today is about doing nothing hard at all. Gentle stretching or a short stroll is plenty.');
    return followUp(input, advice.effortCues.map((c) => EFFORT_CUE[c]).join(' '));
  },
};

/** "What about a walk instead?": gentler is always fine; harder gets a clear no with the reason. */
export const InsteadHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, INTENTS.Instead.name),
  handle(input) {
    const turn = turnOf(input);
    const advice = turn.session.advice;
    if (!advice) return noAdviceYet(input);
    const wanted = customSlot((input.requestEnvelope.request as IntentRequest).intent, 'activity', SLOT_TYPE_IDS.ActivityType);
    if (wanted.state !== 'matched') {
      turn.outcome = 'follow-up:instead-unmatched';
      return answer(input, {
        speech: 'Which would you rather do: rest, a walk, cross-training, a recovery run or an easy run?',
        reprompt: 'Say for example: what about a walk instead?',
        expecting: 'follow-up',
      });
    }
    turn.outcome = `follow-up:instead-${wanted.value}`;
    const choice = ACTIVITY_NAME[wanted.value];
    const [reason] = reasonsToSay(advice);
    const gap = ACTIVITY_DEMAND[wanted.value] - ACTIVITY_DEMAND[advice.activity];
    if (gap === 0) return followUp(input, `Yes, ${choice} is exactly what I suggested.`);
    if (gap < 0) {
      return followUp(input, `Yes, ${choice} is fine. Going gentler than planned is never a mistake, and recovery is part of training.`);
    }
    if (advice.seeProfessional || advice.activity === 'rest') {
      return followUp(input, sentences(`I wouldn't today.`, reason && REASON[reason], `Stick with ${ACTIVITY_NAME[advice.activity]}.`));
    }
    return followUp(
      input,
      sentences(`I'd hold off on ${choice} today.`, reason && REASON[reason], `${ACTIVITY_NAME[advice.activity]} is as much as today should ask.`.replace(/^./, (c) => c.toUpperCase())),
    );
  },
};
