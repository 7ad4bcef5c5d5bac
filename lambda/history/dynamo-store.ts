import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryCommandInput,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { isCalendarDate } from '../coach/dates.js';
import {
  ACTIVITIES,
  ADVICE_FAMILIES,
  LEGS,
  SESSION_KINDS,
  YESTERDAYS,
  type CheckInRecord,
  type Legs,
} from '../coach/types.js';
import { classifyFailure, mayHaveWritten } from './failure.js';
import { DEFAULT_RETENTION_DAYS, personPrefix, SORT_KEY_PREFIX, TABLE_SCHEMA } from './schema.js';
import type { DeleteScope, HistoryKey, HistoryStore, Profile, StoreFailure, StoreResult, StoredRun, UserHistory } from './store.js';

type Item = Record<string, AttributeValue>;
/** An item's attributes as plain values (unmarshalled): read through the typed readers below, never trusted. */
type Fields = Record<string, unknown>;
/** Every field of T present, each one possibly undefined (left out when written). */
type Fieldwise<T> = { [K in keyof Required<T>]: T[K] | undefined };
/** What the store writes: strings, numbers and booleans; undefined fields are left out. */
type WriteFields = Record<string, string | number | boolean | undefined>;

export interface DynamoHistoryStoreOptions {
  /** The process's one client (see dynamo-client.ts). */
  client: DynamoDBClient;
  tableName: string;
  /** Days an item is kept (runs and check-ins after their day, the profile after its last write); DEFAULT_RETENTION_DAYS. */
  retentionDays?: number;
}

const PK = TABLE_SCHEMA.partitionKey;
const SK = TABLE_SCHEMA.sortKey;
const TTL = TABLE_SCHEMA.ttlAttribute;
const SECONDS_PER_DAY = 86_400;
/**
 * A runner's local day ends, at the latest, 36 h after UTC midnight of that date (UTC-12 is the last zone to finish
 * a day). Runs and check-ins are kept until their day plus the retention has ended for the runner, wherever they are:
 * computed from the runner's local date alone, never from the server's clock or a logged-at instant.
 */
const LATEST_END_OF_DAY_SECONDS = 36 * 3600;
/** BatchWriteItem accepts at most 25 requests. */
const BATCH_SIZE = 25;
/** Retries of UnprocessedItems per batch, with doubling back-off from BATCH_BACKOFF_MS (~0.75 s in all). */
const BATCH_MAX_RETRIES = 4;
const BATCH_BACKOFF_MS = 50;
/** A few weeks of history is a few KB, one page; the bound only stops a runaway loop. */
const MAX_QUERY_PAGES = 20;
/** 12 base64url characters = 72 bits of the request id's hash: unique enough within one user and instant. */
const REQUEST_HASH_LENGTH = 12;

/** Painful legs are pain: they change today's advice and are never stored. */
const STORED_LEGS = LEGS.filter((legs): legs is Exclude<Legs, 'painful'> => legs !== 'painful');

/** A value the caller passed that cannot be stored; resolves as 'rejected' without calling DynamoDB. */
class InvalidRecord extends Error {
  override readonly name = 'InvalidRecord';
}

/** A write that failed after an attempt whose answer was lost: the SDK's last error alone would hide that. */
class WriteOutcomeUnknown extends Error {
  override readonly name = 'WriteOutcomeUnknown';
  constructor(readonly failure: StoreFailure) {
    super(`a write attempt ended in ${failure}`);
  }
}

/**
 * The history in one DynamoDB table (layout in schema.ts). One Query per load, one write per save,
 * no read-modify-write, and every failure resolved as a typed StoreResult.
 */
export class DynamoHistoryStore implements HistoryStore {
  private readonly client: DynamoDBClient;
  private readonly tableName: string;
  private readonly retentionSeconds: number;

  constructor({ client, tableName, retentionDays = DEFAULT_RETENTION_DAYS }: DynamoHistoryStoreOptions) {
    if (!Number.isFinite(retentionDays) || retentionDays <= 0) {
      throw new RangeError('retentionDays must be a positive number');
    }
    this.client = client;
    this.tableName = tableName;
    this.retentionSeconds = Math.round(retentionDays * SECONDS_PER_DAY);
  }

  async load(userKey: HistoryKey, nowEpochSeconds: number): Promise<StoreResult<UserHistory>> {
    return attempt(async () => {
      const { pk, prefix } = placeOf(userKey);
      const items: Item[] = [];
      await this.eachPage(
        {
          ...ownItems(prefix),
          // AWS deletes expired items lazily (up to days late) and dynalite never does: filter here.
          FilterExpression: 'attribute_not_exists(#ttl) OR #ttl > :now',
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK, '#ttl': TTL },
          ExpressionAttributeValues: toItem({ ...ownValues(pk, prefix), ':now': Math.floor(nowEpochSeconds) }),
        },
        (page) => {
          items.push(...page);
        },
        MAX_QUERY_PAGES,
      );
      return historyFromItems(items, prefix);
    });
  }

  async saveRun(userKey: HistoryKey, run: StoredRun): Promise<StoreResult<void>> {
    return attempt(async () => {
      const command = new PutItemCommand({
        TableName: this.tableName,
        Item: this.runItem(userKey, run),
        ConditionExpression: 'attribute_not_exists(#sk)',
        ExpressionAttributeNames: { '#sk': SK },
      });
      try {
        await this.sendWrite(command);
      } catch (error) {
        // The same request was saved before (an Alexa retry, or an SDK retry of a save whose answer was lost):
        // the run is logged once, which is success.
        if (errorName(error) === 'ConditionalCheckFailedException') return;
        throw error;
      }
    });
  }

  async deleteRun(userKey: HistoryKey, date: string, idempotencyKey: string): Promise<StoreResult<{ deleted: boolean }>> {
    return attempt(async () => {
      const { pk, prefix } = placeOf(userKey);
      if (!isCalendarDate(date)) throw new InvalidRecord('date is not a calendar date');
      if (typeof idempotencyKey !== 'string' || idempotencyKey === '') throw new InvalidRecord('idempotency key is empty');
      const { Attributes } = await this.sendWrite(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: toItem({ [PK]: pk, [SK]: prefix + runSortKey(date, idempotencyKey) }),
          // The old item comes back only to tell "removed" from "was not there"; nothing of it is kept.
          ReturnValues: 'ALL_OLD',
        }),
      );
      return { deleted: Attributes !== undefined };
    });
  }

  async saveCheckIn(userKey: HistoryKey, checkIn: CheckInRecord): Promise<StoreResult<void>> {
    return attempt(async () => {
      await this.sendWrite(new PutItemCommand({ TableName: this.tableName, Item: this.checkInItem(userKey, checkIn) }));
    });
  }

  async saveProfile(userKey: HistoryKey, profile: Profile, nowEpochSeconds: number): Promise<StoreResult<void>> {
    return attempt(async () => {
      const { pk, prefix } = placeOf(userKey);
      if (!Number.isFinite(nowEpochSeconds)) throw new InvalidRecord('now is not a number of seconds');
      // Only the fields given are set: no read-modify-write, so two devices changing different settings both win.
      // The expiry is set on every write: a profile lives `retention` after it was last saved.
      const fields = Object.entries(
        toItem({ ...profileFields(profile), [TTL]: Math.floor(nowEpochSeconds) + this.retentionSeconds }),
      );
      await this.sendWrite(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: toItem({ [PK]: pk, [SK]: prefix + SORT_KEY_PREFIX.profile }),
          UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])),
          ExpressionAttributeValues: Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])),
        }),
      );
    });
  }

  async deleteUser(userKey: HistoryKey, scope: DeleteScope = 'own'): Promise<StoreResult<{ deleted: number }>> {
    return attempt(async () => {
      const { pk, prefix } = placeOf(userKey);
      let deleted = 0;
      await this.eachPage(
        {
          // 'own': the key's own history (a person's prefix, or the account's items before every person's).
          // 'account': the whole partition, every person's items with it.
          ...(scope === 'account'
            ? { KeyConditionExpression: '#pk = :pk', ExpressionAttributeValues: toItem({ ':pk': pk }) }
            : { ...ownItems(prefix), ExpressionAttributeValues: toItem(ownValues(pk, prefix)) }),
          // Keys only: the items' contents are not needed to delete them.
          ProjectionExpression: '#pk, #sk',
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
        },
        async (page) => {
          const keys = page.flatMap((item) => {
            const pk = item[PK];
            const sk = item[SK];
            return pk !== undefined && sk !== undefined ? [{ [PK]: pk, [SK]: sk }] : [];
          });
          for (let i = 0; i < keys.length; i += BATCH_SIZE) {
            const requests = keys.slice(i, i + BATCH_SIZE).map((Key): WriteRequest => ({ DeleteRequest: { Key } }));
            await this.deleteBatch(requests);
            deleted += requests.length;
          }
        },
      );
      return { deleted };
    });
  }

  /**
   * One runner's items, a Query page at a time, each page handed to `onPage` before the next is asked for. DynamoDB
   * ends a page at 1 MB and says there is more with LastEvaluatedKey
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html).
   * Consistent: a run logged in the previous turn must be in this turn's answer.
   */
  private async eachPage(
    query: Pick<
      QueryCommandInput,
      'KeyConditionExpression' | 'FilterExpression' | 'ProjectionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
    onPage: (items: Item[]) => void | Promise<void>,
    maxPages = Number.POSITIVE_INFINITY,
  ): Promise<void> {
    let startKey: Item | undefined;
    let pages = 0;
    do {
      const page = await this.client.send(
        new QueryCommand({
          ...query,
          TableName: this.tableName,
          ConsistentRead: true,
          ...(startKey !== undefined ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      await onPage(page.Items ?? []);
      startKey = page.LastEvaluatedKey;
      pages += 1;
    } while (startKey !== undefined && pages < maxPages);
  }

  /**
   * Sends a write and, when it fails, says so truthfully: the SDK retries a timed-out attempt and reports only the
   * last attempt's error, so "throttled" on the retry would hide that the first attempt may have been applied.
   */
  private async sendWrite(command: PutItemCommand | DeleteItemCommand | UpdateItemCommand): Promise<{ Attributes?: Item }> {
    // The watcher passes every attempt through untouched, so it fits any command's stack.
    const firstUnknown = watchAttempts(command.middlewareStack as unknown as AttemptStack);
    try {
      return await this.client.send(command as DeleteItemCommand);
    } catch (error) {
      const unknown = firstUnknown();
      // Only a refusal hides the earlier attempt; a failed condition (the run was there) is for the caller to read.
      if (unknown !== undefined && classifyFailure(error) === 'throttled') throw new WriteOutcomeUnknown(unknown);
      throw error;
    }
  }

  /** One BatchWriteItem, then its UnprocessedItems again with back-off until none are left (bounded). */
  private async deleteBatch(requests: WriteRequest[]): Promise<void> {
    let pending = requests;
    for (let retry = 0; ; retry += 1) {
      const result = await this.client.send(
        new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }),
      );
      pending = result.UnprocessedItems?.[this.tableName] ?? [];
      if (pending.length === 0) return;
      if (retry >= BATCH_MAX_RETRIES) {
        // DynamoDB leaves items unprocessed when the table is over its throughput.
        throw Object.assign(new Error('BatchWriteItem left items unprocessed'), {
          name: 'ProvisionedThroughputExceededException',
        });
      }
      await sleep(BATCH_BACKOFF_MS * 2 ** retry);
    }
  }

  /** Epoch seconds when `date` plus the retention has ended in every time zone; undefined for a non-date. */
  private expiryOfDay(date: string): number | undefined {
    if (!isCalendarDate(date)) return undefined;
    return Date.parse(`${date}T00:00:00Z`) / 1000 + LATEST_END_OF_DAY_SECONDS + this.retentionSeconds;
  }

  private runItem(userKey: HistoryKey, run: StoredRun): Item {
    const { pk, prefix } = placeOf(userKey);
    if (!Number.isFinite(Date.parse(run.loggedAt))) throw new InvalidRecord('loggedAt is not an ISO instant');
    const expiresAt = this.expiryOfDay(run.date);
    if (expiresAt === undefined) throw new InvalidRecord('date is not a calendar date');
    if (!isOneOf(SESSION_KINDS, run.kind)) throw new InvalidRecord('unknown session kind');
    if (typeof run.requestId !== 'string' || run.requestId === '') throw new InvalidRecord('requestId is empty');
    // The key is the run's day and its idempotency key only: a retried save of the same run, at whatever
    // instant, lands on the same item. Order within a day comes from loggedAt when loading.
    return toItem({
      [PK]: pk,
      [SK]: prefix + runSortKey(run.date, run.requestId),
      [TTL]: expiresAt,
      date: run.date,
      kind: run.kind,
      loggedAt: run.loggedAt,
      requestId: run.requestId,
      minutes: finite(run.minutes),
      distanceKm: finite(run.distanceKm),
      effort: finite(run.effort),
    });
  }

  /** Only readiness answers and the advice given are copied: pain and illness never reach the table, whatever the caller passes. */
  private checkInItem(userKey: HistoryKey, checkIn: CheckInRecord): Item {
    const { pk, prefix } = placeOf(userKey);
    const expiresAt = this.expiryOfDay(checkIn.date);
    if (expiresAt === undefined) throw new InvalidRecord('date is not a calendar date');
    return toItem({
      ...checkInFields(checkIn),
      [PK]: pk,
      [SK]: `${prefix}${SORT_KEY_PREFIX.checkIn}${checkIn.date}`,
      [TTL]: expiresAt,
    });
  }
}

/** The part of a command's middleware stack used to watch each attempt. */
interface AttemptStack {
  add(
    middleware: (next: (args: object) => Promise<object>) => (args: object) => Promise<object>,
    options: { step: 'deserialize'; priority: 'high'; name: string },
  ): void;
}

/**
 * Notes the first attempt of a command whose failure may have been applied. The deserialize step runs once per
 * attempt, inside the SDK's retry loop, so it sees every attempt's error, not only the last.
 */
function watchAttempts(stack: AttemptStack): () => StoreFailure | undefined {
  let first: StoreFailure | undefined;
  stack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const failure = classifyFailure(error);
        if (first === undefined && mayHaveWritten(failure)) first = failure;
        throw error;
      }
    },
    { step: 'deserialize', priority: 'high', name: 'recovery-coach-attempt-watch' },
  );
  return () => first;
}

/** The partition of a key, and the sort-key prefix of its items: '' for the account's own, `p#<hash>#` for a person's. */
function placeOf(key: HistoryKey): { pk: string; prefix: string } {
  if (typeof key === 'string') return { pk: key, prefix: '' };
  if (key.person === '' || key.person.includes('#')) throw new InvalidRecord('person key is empty or holds #');
  return { pk: key.account, prefix: personPrefix(key.person) };
}

/** The key condition of one history: a person's prefix, or the account's own items, which sort before every person's. */
function ownItems(prefix: string): Pick<QueryCommandInput, 'KeyConditionExpression'> {
  return { KeyConditionExpression: prefix === '' ? '#pk = :pk AND #sk < :persons' : '#pk = :pk AND begins_with(#sk, :prefix)' };
}

/** The values ownItems names. */
function ownValues(pk: string, prefix: string): WriteFields {
  return prefix === '' ? { ':pk': pk, ':persons': SORT_KEY_PREFIX.person } : { ':pk': pk, ':prefix': prefix };
}

/** `RUN#<date>#<hash of the idempotency key>`: saveRun and deleteRun find the same item from the same two values. */
function runSortKey(date: string, idempotencyKey: string): string {
  return `${SORT_KEY_PREFIX.run}${date}#${requestHash(idempotencyKey)}`;
}

/** The profile's fields (its expiry is set by saveProfile). */
function profileFields(profile: Profile): WriteFields {
  return { newRunner: boolean(profile.newRunner) };
}

/**
 * A check-in's fields that may be stored, each only when it has the expected shape: used on the way in (from the
 * caller) and on the way out (from the table), so both directions keep the same rules.
 */
function checkInFields(source: Partial<Record<keyof CheckInRecord, unknown>>): Fieldwise<CheckInRecord> {
  return {
    date: isCalendarDate(source.date) ? source.date : undefined,
    legs: oneOf(STORED_LEGS, source.legs),
    sleptBadly: boolean(source.sleptBadly),
    runDown: boolean(source.runDown),
    yesterday: oneOf(YESTERDAYS, source.yesterday),
    yesterdayDistanceKm: positive(source.yesterdayDistanceKm),
    advised: oneOf(ACTIVITIES, source.advised),
    advisedFor: oneOf(ADVICE_FAMILIES, source.advisedFor),
  };
}

/** Maps stored items back to records, skipping any item (or optional field) that does not have the expected shape. */
function historyFromItems(items: readonly Item[], prefix: string): UserHistory {
  const runs: StoredRun[] = [];
  const checkIns: CheckInRecord[] = [];
  let profile: Profile = {};
  for (const item of items) {
    const fields = fromItem(item);
    const stored = fields === undefined ? undefined : string(fields[SK]);
    if (fields === undefined || stored === undefined || !stored.startsWith(prefix)) continue;
    const sk = stored.slice(prefix.length);
    if (sk === SORT_KEY_PREFIX.profile) {
      profile = withoutUndefined({ newRunner: boolean(fields.newRunner) });
    } else if (sk.startsWith(SORT_KEY_PREFIX.run)) {
      const run = runFromFields(fields);
      if (run !== undefined) runs.push(run);
    } else if (sk.startsWith(SORT_KEY_PREFIX.checkIn)) {
      const checkIn = checkInFromFields(fields);
      if (checkIn !== undefined) checkIns.push(checkIn);
    }
  }
  runs.sort((a, b) => Date.parse(a.loggedAt) - Date.parse(b.loggedAt) || compareStrings(a.requestId, b.requestId));
  checkIns.sort((a, b) => compareStrings(a.date, b.date));
  return { runs, checkIns, profile };
}

function runFromFields(fields: Fields): StoredRun | undefined {
  const { date, kind, loggedAt, requestId } = fields;
  if (!isCalendarDate(date) || !isOneOf(SESSION_KINDS, kind)) return undefined;
  if (typeof loggedAt !== 'string' || !Number.isFinite(Date.parse(loggedAt)) || typeof requestId !== 'string') return undefined;
  return {
    date,
    kind,
    loggedAt,
    requestId,
    ...withoutUndefined({ minutes: finite(fields.minutes), distanceKm: finite(fields.distanceKm), effort: finite(fields.effort) }),
  };
}

function checkInFromFields(fields: Fields): CheckInRecord | undefined {
  const { date, ...rest } = checkInFields(fields);
  if (date === undefined) return undefined;
  return { date, ...withoutUndefined(rest) };
}

/** Plain values to a DynamoDB item; a value DynamoDB cannot hold (NaN, an unsafe integer) is the caller's fault. */
function toItem(fields: WriteFields): Item {
  try {
    return marshall(fields, { removeUndefinedValues: true });
  } catch (error) {
    throw new InvalidRecord(error instanceof Error ? error.message : 'cannot be stored');
  }
}

/** An item as plain values, or undefined when it holds something unreadable (a number too big for JavaScript). */
function fromItem(item: Item): Fields | undefined {
  try {
    return unmarshall(item);
  } catch {
    return undefined;
  }
}

/** Runs a store operation so that it always resolves: invalid input is 'rejected', SDK errors are classified. */
async function attempt<T>(operation: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    if (error instanceof InvalidRecord) return { ok: false, failure: 'rejected' };
    if (error instanceof WriteOutcomeUnknown) return { ok: false, failure: error.failure };
    return { ok: false, failure: classifyFailure(error) };
  }
}

/** Short, stable and free of '#': the request id itself need not be part of the key. */
function requestHash(requestId: string): string {
  return createHash('sha256').update(requestId).digest('base64url').slice(0, REQUEST_HASH_LENGTH);
}

/** The fields that are defined, as optional fields (a stored item holds only what was given). */
function withoutUndefined<T extends object>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function boolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function positive(value: unknown): number | undefined {
  const number = finite(value);
  return number !== undefined && number > 0 ? number : undefined;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return isOneOf(values, value) ? value : undefined;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
