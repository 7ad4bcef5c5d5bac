import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import { summariseWeek, weekDays } from '../coach/index.js';
import { weekScreen, withScreen } from '../apl/index.js';
import { weekSpeech } from '../speech/week.js';
import { CARD_TITLE, QUESTIONS, SPEECH } from '../speech/en.js';
import { sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { INTENTS } from '../conversation/contract.js';
import { answer } from '../conversation/reply.js';

/** "What did I do this week?": runs, distance, time, hard and tired days, and the change on last week. */
export const WeekHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === INTENTS.Week.name,
  async handle(input) {
    const turn = turnOf(input);
    const [loaded, place] = await Promise.all([turn.history(), turn.place()]);
    if (!loaded.ok) {
      turn.outcome = `week:unavailable-${loaded.failure}`;
      return answer(input, { speech: SPEECH.historyUnavailable });
    }
    const summary = summariseWeek(loaded.value, place.today);
    const spoken = weekSpeech(summary, place.unit, turn.defaults.kilometreWord);
    turn.outcome = 'week';
    const card = { title: CARD_TITLE.week, text: spoken };
    withScreen(input, weekScreen(summary, weekDays(loaded.value, place.today), place.unit, turn.defaults.kilometreWord));
    if (turn.session.oneShot) return answer(input, { speech: spoken, card });
    return answer(input, { speech: sentences(spoken, QUESTIONS.anythingElse), reprompt: QUESTIONS.whatNext, card, expecting: 'anything-else' });
  },
};
