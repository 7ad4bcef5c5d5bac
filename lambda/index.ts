import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { composeDeployedSkill } from './compose.js';
import type { RecoveryCoachSkill } from './skill.js';

/**
 * Started at cold start (module load) and kept for the container's life: the user-key secret is read once and the
 * skill built once. A failure is logged once, with its reason, and the next invocation tries again (a Secrets
 * Manager blip must not poison a container; a missing SKILL_ID fails the same way every time).
 */
let ready: Promise<RecoveryCoachSkill> | undefined = start();

function start(): Promise<RecoveryCoachSkill> {
  const composing = composeDeployedSkill(process.env).then(({ skill }) => skill);
  composing.catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(JSON.stringify({ event: 'refusing', reason: reason.slice(0, 300) }));
  });
  return composing;
}

/** The Lambda entry the Alexa Skills Kit trigger invokes. A misconfigured function fails every invocation. */
export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  ready ??= start();
  let skill: RecoveryCoachSkill;
  try {
    skill = await ready;
  } catch (error) {
    ready = undefined;
    throw error;
  }
  return skill.invoke(event, context);
};
