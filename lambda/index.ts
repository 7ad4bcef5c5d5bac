import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { composeSkill } from './compose.js';

// Built once per container (cold start) and reused: one DynamoDB client, keep-alive connections, no I/O here.
const { skill } = composeSkill();

/** The Lambda entry the Alexa Skills Kit trigger invokes. */
export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
