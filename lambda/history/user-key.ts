import { createHmac } from 'node:crypto';

/**
 * The secret of `npm start`, `npm run serve` and the tests. Not a secret at all (it is in the repository): it only
 * keeps the local key computation the same as the deployed one. A deployed function never uses it: it reads its
 * own secret from Secrets Manager at cold start (see user-key-secret.ts and compose.ts).
 */
export const LOCAL_USER_KEY_SECRET = 'recovery-coach-local-user-key-secret-not-for-deployment';

/** The shortest secret accepted: the stack generates 64 characters; anything much shorter is a mistake. */
export const MIN_USER_KEY_SECRET_LENGTH = 32;

/** Turns an Alexa userId into the partition key the store uses. */
export type UserKeyer = (alexaUserId: string) => string;

/**
 * The partition key for a runner: HMAC-SHA256 of the Alexa userId under a per-deployment secret, so no raw id is
 * stored or logged, and a leaked list of userIds cannot be matched to the table without the secret too.
 */
export function userKeyFor(alexaUserId: string, secret: string = LOCAL_USER_KEY_SECRET): string {
  return createHmac('sha256', secret).update(alexaUserId, 'utf8').digest('base64url');
}

/** A keyer bound to one secret: built once per process (cold start), used by every turn. */
export function userKeyer(secret: string): UserKeyer {
  if (secret.length < MIN_USER_KEY_SECRET_LENGTH) {
    throw new RangeError(`the user-key secret must be at least ${MIN_USER_KEY_SECRET_LENGTH} characters`);
  }
  return (alexaUserId) => userKeyFor(alexaUserId, secret);
}
