import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { isCheckInTime, todaysCheckIn } from '../coach/index.js';
import { HELP, QUESTIONS, SPEECH } from '../speech/en.js';
import { greetByName, sentences } from '../speech/ssml.js';
import { turnOf } from '../turn/context.js';
import { answer, askForSlot, intentWith } from '../conversation/reply.js';

/** An opened skill goes straight into the morning check-in when it is morning and there is none today. */
export const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const turn = turnOf(input);
    const [loaded, place] = await Promise.all([turn.history(), turn.place()]);
    const history = loaded.ok ? loaded.value : undefined;
    // A recognised voice profile hears its first name, said by Alexa (no name reaches the skill).
    const greeting = turn.personId !== undefined ? { ssmlBefore: greetByName(turn.personId, SPEECH.greetPerson) } : {};
    if (history && isCheckInTime(place.hour) && !todaysCheckIn(history, place.today)) {
      turn.outcome = 'launch:check-in';
      return askForSlot(input, intentWith('CheckIn'), 'legs', {
        speech: sentences(SPEECH.morningCheckIn, QUESTIONS.legs),
        reprompt: QUESTIONS.legs,
        expecting: 'legs',
        ...greeting,
      });
    }
    const known = history && (history.runs.length > 0 || history.checkIns.length > 0);
    turn.outcome = 'launch';
    return answer(input, {
      speech: sentences(known ? SPEECH.welcomeBack : SPEECH.welcomeNew, QUESTIONS.whatNext),
      reprompt: HELP.launchReprompt,
      expecting: 'anything-else',
      ...greeting,
    });
  },
};
