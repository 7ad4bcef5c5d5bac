import type { RequestEnvelope } from 'ask-sdk-model';

/** A request that is not a well-formed Alexa request for this skill: refused before any handler runs. */
export class RejectedRequestError extends Error {
  override name = 'RejectedRequestError';
}

const MAX_ID = 512;

function isShortString(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
}

/**
 * The minimum shape every Alexa request has. ask-sdk assumes it and would throw a TypeError deep inside;
 * checking here turns a foreign or broken request into one clear rejection.
 */
export function checkEnvelope(envelope: unknown, skillId: string | undefined): asserts envelope is RequestEnvelope {
  if (!envelope || typeof envelope !== 'object') throw new RejectedRequestError('not an object');
  const e = envelope as { request?: unknown; context?: unknown; session?: unknown };
  const request = e.request as { type?: unknown; requestId?: unknown; locale?: unknown } | undefined;
  if (!request || typeof request !== 'object' || !isShortString(request.type)) throw new RejectedRequestError('no request type');
  // The request id is a run's idempotency key: without one, a save could never be retried safely.
  if (!isShortString(request.requestId)) throw new RejectedRequestError('no request id');
  const system = (e.context as { System?: unknown } | undefined)?.System as
    | { application?: { applicationId?: unknown }; user?: { userId?: unknown } }
    | undefined;
  if (!system || typeof system !== 'object') throw new RejectedRequestError('no context.System');
  if (!isShortString(system.application?.applicationId)) throw new RejectedRequestError('no application id');
  if (skillId && system.application?.applicationId !== skillId) throw new RejectedRequestError('foreign skill id');
  if (!isShortString(system.user?.userId)) throw new RejectedRequestError('no user id');
  if (e.session !== undefined && (typeof e.session !== 'object' || e.session === null)) throw new RejectedRequestError('bad session');
  if (request.locale !== undefined && typeof request.locale !== 'string') throw new RejectedRequestError('bad locale');
}

/** Our own attributes are a few levels deep and a few KB; anything far beyond that was not written by us. */
export const SESSION_ATTRIBUTES_MAX_DEPTH = 16;
export const SESSION_ATTRIBUTES_MAX_NODES = 2_000;

/** Depth and size of a JSON value, walked without recursion (a forged value may be thousands of levels deep). */
function withinBounds(value: unknown): boolean {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    nodes += 1;
    if (nodes > SESSION_ATTRIBUTES_MAX_NODES || depth > SESSION_ATTRIBUTES_MAX_DEPTH) return false;
    if (typeof v === 'string' && v.length > 4_096) return false;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push({ v: child, depth: depth + 1 });
  }
  return true;
}

/**
 * The envelope with session attributes the skill can afford to read: ask-sdk deep-copies them through
 * JSON.stringify before any handler runs, so a very deep or very large forgery would overflow the stack.
 * Such attributes are dropped (the turn starts from a clean session); the caller's envelope is not changed.
 */
export function boundSessionAttributes(envelope: RequestEnvelope): RequestEnvelope {
  const attributes: unknown = envelope.session?.attributes;
  if (attributes === undefined || withinBounds(attributes)) return envelope;
  return { ...envelope, session: { ...envelope.session!, attributes: {} } };
}
