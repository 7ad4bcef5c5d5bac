import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { intentWith } from '../conversation/reply.js';
import { saidNeedsTheCoach } from '../conversation/said-safety.js';
import { turnOf } from '../turn/context.js';
import { adviseOrAsk } from './should-i-run.js';

/**
 * Safety words said with a question (what to wear, the week, deleting data) reach the coach first: the words go
 * to "should I run?" as the legs answer would, and the coach rests the runner. The question can be asked again.
 */
export const SaidSafetyHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' && saidNeedsTheCoach((input.requestEnvelope.request as IntentRequest).intent) !== undefined,
  async handle(input): Promise<Response> {
    const words = saidNeedsTheCoach((input.requestEnvelope.request as IntentRequest).intent) ?? '';
    const response = await adviseOrAsk(input, intentWith('ShouldIRun', undefined, { legs: { name: 'legs', value: words, confirmationStatus: 'NONE' } }));
    turnOf(input).outcome = `said-safety+${turnOf(input).outcome}`;
    return response;
  },
};
