import { createHash } from 'node:crypto';

/**
 * The partition key for a runner: a SHA-256 of the Alexa userId, so no raw id is stored or logged.
 * An optional salt (env USER_KEY_SALT) keeps keys from being recomputed from a leaked userId list.
 */
export function userKeyFor(alexaUserId: string, salt = process.env.USER_KEY_SALT ?? ''): string {
  return createHash('sha256').update(salt).update(alexaUserId).digest('base64url');
}
