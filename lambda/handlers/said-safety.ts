import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest, Response } from 'ask-sdk-model';
import { saidAsksForAdvice, saidNeedsTheCoach } from '../conversation/said-safety.js';
import { saidRoom, withWords } from '../conversation/said-room.js';
import { turnOf } from '../turn/context.js';
import { CheckInHandler } from './check-in.js';
import { ExperienceHandler } from './experience.js';
import { LearnHandler, WearHandler } from './learn.js';
import { LogRunHandler } from './log-run.js';
import { LogRunHealthHandler } from './log-run-health.js';
import { WeekHandler } from './week.js';
import { adviseOrAsk, ShouldIRunHandler } from './should-i-run.js';

const intentOf = (input: HandlerInput): Intent | undefined =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' ? (input.requestEnvelope.request as IntentRequest).intent : undefined;

/**
 * Safety words said with a question (what to wear, the week, deleting data, the runner's experience) reach the
 * coach first: the words go to "should I run?" as the legs answer would, and the coach rests the runner. The
 * question can be asked again.
 */
export const SaidSafetyHandler: RequestHandler = {
  canHandle: (input) => saidNeedsTheCoach(intentOf(input)) !== undefined,
  async handle(input): Promise<Response> {
    const words = saidNeedsTheCoach(intentOf(input)) ?? '';
    const response = await adviseOrAsk(input, withWords('ShouldIRun', 'legs', words));
    turnOf(input).outcome = `said-safety+${turnOf(input).outcome}`;
    return response;
  },
};

/**
 * Today's question heard as a log or as the runner's experience ("raced a 5k yesterday, can I run today?"): the
 * coach answers it, with the words as what came with the request, so yesterday's race is heard. Only outside a
 * dialog: a log's later turns carry the same words, and an answer to the coach's question keeps its dialog.
 */
export const SaidAdviceHandler: RequestHandler = {
  canHandle(input) {
    const intent = intentOf(input);
    if (!intent || intent.confirmationStatus !== 'NONE' || turnOf(input).session.dialog !== undefined) return false;
    return saidAsksForAdvice(intent) !== undefined;
  },
  async handle(input): Promise<Response> {
    const words = saidAsksForAdvice(intentOf(input)) ?? '';
    const response = await adviseOrAsk(input, withWords('ShouldIRun', 'said', words));
    turnOf(input).outcome = `said-advice+${turnOf(input).outcome}`;
    return response;
  },
};

/** The handlers a rerouted request may go to, tried in the skill's order (the log's health check first). */
const ROOM_HANDLERS: readonly RequestHandler[] = [ShouldIRunHandler, CheckInHandler, LogRunHealthHandler, LogRunHandler, WeekHandler, LearnHandler, WearHandler, ExperienceHandler];

/**
 * A request that only a last-resort sample caught, whose words ask for another job ("should I {wear gloves this
 * morning}", "is {it sensible to run today}"): it goes to that job's handler with the words in the slot it reads
 * (conversation/said-room.ts).
 * Outside a dialog only, like the advice redirect above.
 */
export const SaidRoomHandler: RequestHandler = {
  canHandle(input) {
    const intent = intentOf(input);
    if (!intent || intent.confirmationStatus !== 'NONE' || turnOf(input).session.dialog !== undefined) return false;
    return saidRoom(intent) !== undefined;
  },
  async handle(input): Promise<Response> {
    const request = input.requestEnvelope.request as IntentRequest;
    const heard = request.intent;
    request.intent = saidRoom(heard) ?? heard;
    for (const handler of ROOM_HANDLERS) {
      if (await handler.canHandle(input)) {
        const response = await handler.handle(input);
        turnOf(input).outcome = `said-room+${turnOf(input).outcome}`;
        return response;
      }
    }
    // Every room's handler is listed above; should one be missing, the request is answered as Alexa heard it.
    request.intent = heard;
    return ShouldIRunHandler.handle(input);
  },
};
