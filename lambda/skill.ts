import { SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { TimeoutApiClient } from './turn/device-settings.js';
import { attachTurn, turnOfEnvelope, type SkillDeps } from './turn/context.js';
import { boundSessionAttributes, checkEnvelope, RejectedRequestError } from './turn/envelope.js';
import { LaunchHandler } from './handlers/launch.js';
import { ShouldIRunHandler } from './handlers/should-i-run.js';
import { CheckInHandler } from './handlers/check-in.js';
import { LogRunHandler } from './handlers/log-run.js';
import { LogRunHealthHandler } from './handlers/log-run-health.js';
import { SaidAdviceHandler, SaidRoomHandler, SaidSafetyHandler } from './handlers/said-safety.js';
import { YesterdayAsLogHandler } from './handlers/yesterday-answer.js';
import { WeekHandler } from './handlers/week.js';
import { FeelHandler, InsteadHandler, WhyHandler } from './handlers/follow-ups.js';
import { LearnHandler, WearHandler } from './handlers/learn.js';
import { DeleteDataHandler, OtherSkillEventHandler, SkillDisabledHandler } from './handlers/privacy.js';
import {
  FallbackHandler,
  HelpHandler,
  SessionEndedHandler,
  StopHandler,
  UnhandledRequestHandler,
  YesNoHandler,
} from './handlers/built-ins.js';
import { ApologyErrorHandler } from './handlers/errors.js';
import { ExperienceHandler } from './handlers/experience.js';
import { CancelReminderHandler, ReminderPermissionHandler, ReminderStatusHandler, SetReminderHandler } from './handlers/reminders.js';

export { RejectedRequestError };

/**
 * A SkillDisabled whose deletion failed. Thrown so the invocation fails: Alexa redelivers a skill event it did not
 * get a successful answer for, for up to an hour ("Use Skill Events", Delivery of events to the skill:
 * https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html), and deleting is idempotent.
 */
export class DeletionFailedError extends Error {
  override readonly name = 'DeletionFailedError';
}

export interface SkillConfig extends SkillDeps {
  /** When set, requests for any other skill are rejected. */
  skillId?: string;
}

export interface RecoveryCoachSkill {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

/** Every handler, in the order ask-sdk tries them: specific first, the catch-all skill events last. */
export const HANDLERS = [
  LaunchHandler,
  SaidSafetyHandler,
  SaidAdviceHandler,
  SaidRoomHandler,
  ShouldIRunHandler,
  CheckInHandler,
  YesterdayAsLogHandler,
  // Pain or illness said inside a log reaches the coach before the log goes on.
  LogRunHealthHandler,
  LogRunHandler,
  WeekHandler,
  WhyHandler,
  FeelHandler,
  InsteadHandler,
  LearnHandler,
  WearHandler,
  DeleteDataHandler,
  ExperienceHandler,
  SetReminderHandler,
  ReminderStatusHandler,
  CancelReminderHandler,
  ReminderPermissionHandler,
  HelpHandler,
  StopHandler,
  YesNoHandler,
  SessionEndedHandler,
  SkillDisabledHandler,
  OtherSkillEventHandler,
  // Catch-alls last: any other intent is a fallback, any other request type is answered quietly.
  FallbackHandler,
  UnhandledRequestHandler,
];

/**
 * The composition root: the skill with its store, clock and settings reader. Built once per process (cold
 * start) and reused by every turn; nothing here does I/O.
 */
export function buildSkill(config: SkillConfig): RecoveryCoachSkill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...HANDLERS)
    .addErrorHandlers(ApologyErrorHandler)
    .addRequestInterceptors((input: HandlerInput) => {
      attachTurn(input, config);
    })
    // The one writer of session attributes: whatever the turn's session holds at the end of the turn.
    .addResponseInterceptors((input: HandlerInput) => {
      const turn = turnOfEnvelope(input.requestEnvelope);
      if (turn && input.requestEnvelope.session) input.attributesManager.setSessionAttributes(turn.session.toAttributes());
    })
    .withApiClient(new TimeoutApiClient());
  if (config.skillId) builder.withSkillId(config.skillId);
  const skill = builder.create();
  const log = config.log ?? ((line: string) => console.log(line));

  return {
    async invoke(envelope, context) {
      const started = performance.now();
      const callsBefore = config.dynamoCalls?.() ?? 0;
      let outcome = 'rejected';
      let bounded: RequestEnvelope = envelope;
      try {
        checkEnvelope(envelope, config.skillId);
        bounded = boundSessionAttributes(envelope);
        const response = await skill.invoke(bounded, context);
        outcome = turnOfEnvelope(bounded)?.outcome ?? 'answered';
        if (outcome.startsWith('disabled:failed')) {
          throw new DeletionFailedError(`the runner's data could not be deleted (${outcome}); failing so Alexa sends the event again`);
        }
        return response;
      } finally {
        const request = envelope && typeof envelope === 'object' ? envelope.request : undefined;
        const requestType = typeof request?.type === 'string' ? request.type.slice(0, 60) : 'invalid';
        const intent = requestType === 'IntentRequest' ? (request as IntentRequest).intent?.name : undefined;
        const turn = turnOfEnvelope(bounded);
        log(
          JSON.stringify({
            event: 'turn',
            requestType,
            ...(typeof intent === 'string' ? { intent: intent.slice(0, 60) } : {}),
            locale: turn?.locale,
            outcome,
            dynamoCalls: (config.dynamoCalls?.() ?? 0) - callsBefore,
            writes: turn?.writes ?? 0,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
          }),
        );
      }
    },
  };
}

