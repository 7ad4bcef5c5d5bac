import { createHmac } from 'node:crypto';
import type { HistoryKey } from './store.js';

/**
 * The secret of `npm start`, `npm run serve` and the tests. Not a secret at all (it is in the repository): it only
 * keeps the local key computation the same as the deployed one. A deployed function never uses it: it reads its
 * own secret from Secrets Manager at cold start (see user-key-secret.ts and compose.ts).
 */
export const LOCAL_USER_KEY_SECRET = 'recovery-coach-local-user-key-secret-not-for-deployment';

/** The shortest secret accepted: the stack generates 64 characters; anything much shorter is a mistake. */
export const MIN_USER_KEY_SECRET_LENGTH = 32;

/**
 * Turns an Alexa userId (and, for a recognised voice profile, its personId) into the key the store uses: the
 * account's partition key alone, or with the person's hash (see schema.ts).
 */
export type UserKeyer = (alexaUserId: string, personId?: string) => HistoryKey;

/**
 * The partition key for a runner: HMAC-SHA256 of the Alexa userId under a per-deployment secret, so no raw id is
 * stored or logged, and a leaked list of userIds cannot be matched to the table without the secret too.
 */
export function userKeyFor(alexaUserId: string, secret: string = LOCAL_USER_KEY_SECRET): string {
  return createHmac('sha256', secret).update(alexaUserId, 'utf8').digest('base64url');
}

/**
 * A person's key within the account: HMAC-SHA256, under the same secret, of the userId and the personId together
 * (a personId is only meaningful within its account). A NUL separates them: neither id can hold one.
 */
export function personKeyFor(alexaUserId: string, personId: string, secret: string = LOCAL_USER_KEY_SECRET): string {
  return createHmac('sha256', secret).update(`${alexaUserId}\u0000${personId}`, 'utf8').digest('base64url');
}

/** The store's key for a turn: the account's, or a recognised person's within it. */
export function historyKeyFor(alexaUserId: string, personId: string | undefined, secret: string = LOCAL_USER_KEY_SECRET): HistoryKey {
  const account = userKeyFor(alexaUserId, secret);
  return personId === undefined || personId === '' ? account : { account, person: personKeyFor(alexaUserId, personId, secret) };
}

/** A keyer bound to one secret: built once per process (cold start), used by every turn. */
export function userKeyer(secret: string): UserKeyer {
  if (secret.length < MIN_USER_KEY_SECRET_LENGTH) {
    throw new RangeError(`the user-key secret must be at least ${MIN_USER_KEY_SECRET_LENGTH} characters`);
  }
  return (alexaUserId, personId) => historyKeyFor(alexaUserId, personId, secret);
}
