/**
 * The history table's shape: the one source the store, the local table set-up and the CDK stack all read.
 */
export const TABLE_SCHEMA = {
  /** Hash of the Alexa userId (string). */
  partitionKey: 'pk',
  /** `PROFILE`, `CHECKIN#<date>`, `RUN#<date>#<hash of the run's idempotency key>` (string). */
  sortKey: 'sk',
  /** Epoch seconds after which DynamoDB may delete the item (every item: runs, check-ins and the profile). */
  ttlAttribute: 'expiresAt',
} as const;

export const DEFAULT_RETENTION_DAYS = 28;

export const SORT_KEY_PREFIX = {
  profile: 'PROFILE',
  checkIn: 'CHECKIN#',
  run: 'RUN#',
} as const;
