import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { QUESTIONS, SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import { todaysCheckIn } from './advise.js';
import { answer, askForSlot, intentWith } from './respond.js';

/** Before noon, local time, an opened skill goes straight into the check-in if there is none today. */
export const MORNING_ENDS_HOUR = 12;

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const turn = turnOf(input);
    const [loaded, place] = await Promise.all([turn.history(), turn.place()]);
    const history = loaded.ok ? loaded.value : undefined;
    if (history && place.hour < MORNING_ENDS_HOUR && !todaysCheckIn(history, place.today)) {
      turn.outcome = 'launch:check-in';
      return askForSlot(input, intentWith('CheckIn'), 'legs', {
        speech: `${SPEECH.morningCheckIn} ${QUESTIONS.legs}`,
        reprompt: QUESTIONS.legs,
        expecting: 'legs',
      });
    }
    const known = history && (history.runs.length > 0 || history.checkIns.length > 0);
    turn.outcome = 'launch';
    return answer(input, {
      speech: `${known ? SPEECH.welcomeBack : SPEECH.welcomeNew} ${QUESTIONS.whatNext}`,
      reprompt: 'You can say: should I run today? Or: help.',
      expecting: 'anything-else',
    });
  },
};
