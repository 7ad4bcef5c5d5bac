/**
 * The history table's shape: the one source the store, the local table set-up and the CDK stack all read.
 */
export const TABLE_SCHEMA = {
  /** Hash of the Alexa userId (string). */
  partitionKey: 'pk',
  /**
   * `PROFILE`, `CHECKIN#<date>`, `RUN#<date>#<hash of the run's idempotency key>` (string): the account's own
   * history. A recognised voice profile's items carry the same keys after `p#<hash of (userId, personId)>#`, in the
   * account's partition: one Query (begins_with) loads a person, deleting the partition (SkillDisabled) removes
   * every person with the account, and no raw id is stored.
   */
  sortKey: 'sk',
  /** Epoch seconds after which DynamoDB may delete the item (every item: runs, check-ins and the profile). */
  ttlAttribute: 'expiresAt',
} as const;

export const DEFAULT_RETENTION_DAYS = 28;

export const SORT_KEY_PREFIX = {
  profile: 'PROFILE',
  checkIn: 'CHECKIN#',
  run: 'RUN#',
  /**
   * Before a person's keys. Lower-case, so it sorts after every account prefix above (all upper-case): the
   * account's own history is the Query `sk < 'p#'`, which reads no person's item.
   */
  person: 'p#',
} as const;

/** The sort-key prefix of one person's items (`person` is already a hash, free of '#'). */
export function personPrefix(person: string): string {
  return `${SORT_KEY_PREFIX.person}${person}#`;
}
