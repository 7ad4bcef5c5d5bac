import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { SPEECH } from '../speech/en.js';
import { turnOf } from '../turn/context.js';
import { INTENTS } from '../conversation/contract.js';
import { logHasSomethingToKeep, logNeedsTheCoach, logWords, safetyInLog } from '../conversation/log-health.js';
import { intentWith } from '../conversation/reply.js';
import { logFromSaid } from '../conversation/log-from-said.js';
import { adviseOrAsk } from './should-i-run.js';
import { LogRunHandler } from './log-run.js';

/**
 * Pain that changes how you move, or illness below the neck, said inside what reached the skill as a log ("I ran
 * 5k but my knee was killing me", or a question Alexa took for one: "I think I pulled my hamstring, can I still go
 * for a run"). The coach always hears it. With a session, a distance or a time to keep, the log goes on after the
 * coach's word (the run is never dropped); with none, the words were a question, and the coach answers it as
 * "should I run?" would. Only when the log is first heard: later turns of its dialog carry the same words.
 */
export const LogRunHealthHandler: RequestHandler = {
  canHandle(input) {
    const envelope = input.requestEnvelope;
    if (getRequestType(envelope) !== 'IntentRequest' || getIntentName(envelope) !== INTENTS.LogRun.name) return false;
    const request = envelope.request as IntentRequest;
    if (turnOf(input).session.dialog?.intent.name === INTENTS.LogRun.name || request.intent.confirmationStatus !== 'NONE') return false;
    return logNeedsTheCoach(logFromSaid(intentWith('LogRun', request.intent)));
  },
  async handle(input): Promise<Response> {
    const turn = turnOf(input);
    const log = logFromSaid(intentWith('LogRun', (input.requestEnvelope.request as IntentRequest).intent));
    if (logHasSomethingToKeep(log)) {
      turn.sayFirst(safetyInLog(log).pain ? SPEECH.logHeardPain : SPEECH.logHeardIllness);
      const response = await LogRunHandler.handle(input);
      turn.outcome = `log-health+${turn.outcome}`;
      return response;
    }
    // Not a log: the words go to the coach as the legs answer would, read by the understanding layer.
    const response = await adviseOrAsk(input, intentWith('ShouldIRun', undefined, { legs: { name: 'legs', value: logWords(log), confirmationStatus: 'NONE' } }));
    turn.outcome = `log-health-question+${turn.outcome}`;
    return response;
  },
};
