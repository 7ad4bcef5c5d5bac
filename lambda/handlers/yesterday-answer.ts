import { getIntentName, getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { turnOf } from '../turn/context.js';
import { INTENTS } from '../conversation/contract.js';
import { intentWith } from '../conversation/reply.js';
import { slotOf } from '../conversation/slots.js';
import { yesterdayAsWords, yesterdayWordsFromLog } from '../conversation/yesterday-from-log.js';
import { checkInWith } from './check-in.js';
import { adviseOrAsk } from './should-i-run.js';

/** The dialog question "what did you do yesterday?" is open, asked by the advice or the check-in. */
function askedAboutYesterday(input: Parameters<RequestHandler['canHandle']>[0]): 'ShouldIRun' | 'CheckIn' | undefined {
  const { expecting, dialog } = turnOf(input).session;
  if (expecting !== 'yesterday' || dialog?.slot !== 'yesterday' || dialog.confirming) return undefined;
  if (dialog.intent.name === INTENTS.ShouldIRun.name) return 'ShouldIRun';
  if (dialog.intent.name === INTENTS.CheckIn.name) return 'CheckIn';
  return undefined;
}

/**
 * "Ran 5 miles" said to "what did you do yesterday?" comes as a request to log a run (it matches those samples).
 * Unless it names another day, it is the answer: the dialog goes on with those words in the yesterday slot. Nothing
 * is logged, so nothing is said to be saved.
 */
export const YesterdayAsLogHandler: RequestHandler = {
  canHandle: (input) => {
    if (getRequestType(input.requestEnvelope) !== 'IntentRequest' || getIntentName(input.requestEnvelope) !== INTENTS.LogRun.name) return false;
    const log = (input.requestEnvelope.request as IntentRequest).intent;
    return askedAboutYesterday(input) !== undefined && slotOf(log, 'day')?.value === undefined && yesterdayWordsFromLog(log) !== undefined;
  },
  handle: (input) => {
    const asked = askedAboutYesterday(input) as 'ShouldIRun' | 'CheckIn';
    const words = yesterdayWordsFromLog((input.requestEnvelope.request as IntentRequest).intent) as string;
    const dialog = turnOf(input).session.dialog;
    const intent = intentWith(asked, dialog?.intent, { yesterday: yesterdayAsWords(words) });
    turnOf(input).outcome = 'answer:yesterday-as-log';
    return asked === 'ShouldIRun' ? adviseOrAsk(input, intent) : checkInWith(input, intent);
  },
};
