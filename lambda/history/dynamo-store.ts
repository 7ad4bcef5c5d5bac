import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchWriteItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { isCalendarDate } from '../coach/dates.js';
import { LEGS, SESSION_KINDS, YESTERDAYS, type CheckInRecord, type Legs, type SessionKind, type Yesterday } from '../coach/types.js';
import { classifyFailure } from './failure.js';
import { DEFAULT_RETENTION_DAYS, SORT_KEY_PREFIX, TABLE_SCHEMA } from './schema.js';
import type { HistoryStore, Profile, StoreResult, StoredRun, UserHistory } from './store.js';

type Item = Record<string, AttributeValue>;

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

const STORED_LEGS: readonly string[] = LEGS.filter((legs) => legs !== 'painful');
const DISTANCE_UNITS: readonly string[] = ['km', 'mile'] satisfies NonNullable<Profile['distanceUnit']>[];

/** A value the caller passed that cannot be stored; resolves as 'rejected' without calling DynamoDB. */
class InvalidRecord extends Error {
  override readonly name = 'InvalidRecord';
}

/**
 * The history in one DynamoDB table (layout in schema.ts). One Query per load, one Put per save,
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

  async load(userKey: string, nowEpochSeconds: number): Promise<StoreResult<UserHistory>> {
    return attempt(async () => {
      const items: Item[] = [];
      let startKey: Item | undefined;
      let pages = 0;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            // AWS deletes expired items lazily (up to days late) and dynalite never does: filter here.
            FilterExpression: 'attribute_not_exists(#ttl) OR #ttl > :now',
            ExpressionAttributeNames: { '#pk': PK, '#ttl': TTL },
            ExpressionAttributeValues: { ':pk': { S: userKey }, ':now': { N: String(Math.floor(nowEpochSeconds)) } },
            // A run logged in the previous turn must be in this turn's advice.
            ConsistentRead: true,
            ...(startKey !== undefined ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
        pages += 1;
      } while (startKey !== undefined && pages < MAX_QUERY_PAGES);
      return historyFromItems(items);
    });
  }

  async saveRun(userKey: string, run: StoredRun): Promise<StoreResult<void>> {
    return attempt(async () => {
      const item = this.runItem(userKey, run);
      try {
        await this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#sk)',
            ExpressionAttributeNames: { '#sk': SK },
          }),
        );
      } catch (error) {
        // The same request was saved before (an Alexa retry): the run is logged once, which is success.
        if (errorName(error) === 'ConditionalCheckFailedException') return;
        throw error;
      }
    });
  }

  async saveCheckIn(userKey: string, checkIn: CheckInRecord): Promise<StoreResult<void>> {
    return attempt(async () => {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: this.checkInItem(userKey, checkIn) }));
    });
  }

  async saveProfile(userKey: string, profile: Profile, nowEpochSeconds: number): Promise<StoreResult<void>> {
    return attempt(async () => {
      if (!Number.isFinite(nowEpochSeconds)) throw new InvalidRecord('now is not a number of seconds');
      // Only the fields given are set: no read-modify-write, so two devices changing different settings both win.
      // The expiry is set on every write: a profile lives `retention` after it was last saved.
      const fields: [string, AttributeValue][] = [
        ...Object.entries(profileItem(userKey, profile)).filter(([name]) => name !== PK && name !== SK),
        [TTL, { N: String(Math.floor(nowEpochSeconds) + this.retentionSeconds) }],
      ];
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { [PK]: { S: userKey }, [SK]: { S: SORT_KEY_PREFIX.profile } },
          UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :v${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])),
          ExpressionAttributeValues: Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])),
        }),
      );
    });
  }

  async deleteUser(userKey: string): Promise<StoreResult<{ deleted: number }>> {
    return attempt(async () => {
      let deleted = 0;
      let startKey: Item | undefined;
      do {
        // Keys only: the items' contents are not needed to delete them.
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ProjectionExpression: '#pk, #sk',
            ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
            ExpressionAttributeValues: { ':pk': { S: userKey } },
            ConsistentRead: true,
            ...(startKey !== undefined ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        const keys = (page.Items ?? []).flatMap((item) => {
          const pk = item[PK];
          const sk = item[SK];
          return pk !== undefined && sk !== undefined ? [{ [PK]: pk, [SK]: sk }] : [];
        });
        for (let i = 0; i < keys.length; i += BATCH_SIZE) {
          const requests = keys.slice(i, i + BATCH_SIZE).map((Key): WriteRequest => ({ DeleteRequest: { Key } }));
          await this.deleteBatch(requests);
          deleted += requests.length;
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey !== undefined);
      return { deleted };
    });
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

  private runItem(userKey: string, run: StoredRun): Item {
    if (!Number.isFinite(Date.parse(run.loggedAt))) throw new InvalidRecord('loggedAt is not an ISO instant');
    const expiresAt = this.expiryOfDay(run.date);
    if (expiresAt === undefined) throw new InvalidRecord('date is not a calendar date');
    if (!isSessionKind(run.kind)) throw new InvalidRecord('unknown session kind');
    if (typeof run.requestId !== 'string' || run.requestId === '') throw new InvalidRecord('requestId is empty');
    // The key is the run's day and its idempotency key only: a retried save of the same run, at whatever
    // instant, lands on the same item. Order within a day comes from loggedAt when loading.
    const item: Item = {
      [PK]: { S: userKey },
      [SK]: { S: `${SORT_KEY_PREFIX.run}${run.date}#${requestHash(run.requestId)}` },
      [TTL]: { N: String(expiresAt) },
      date: { S: run.date },
      kind: { S: run.kind },
      loggedAt: { S: run.loggedAt },
      requestId: { S: run.requestId },
    };
    putNumber(item, 'minutes', run.minutes);
    putNumber(item, 'distanceKm', run.distanceKm);
    putNumber(item, 'effort', run.effort);
    return item;
  }

  /** Only the readiness fields are copied: pain and illness never reach the table, whatever the caller passes. */
  private checkInItem(userKey: string, checkIn: CheckInRecord): Item {
    const expiresAt = this.expiryOfDay(checkIn.date);
    if (expiresAt === undefined) throw new InvalidRecord('date is not a calendar date');
    const item: Item = {
      [PK]: { S: userKey },
      [SK]: { S: `${SORT_KEY_PREFIX.checkIn}${checkIn.date}` },
      [TTL]: { N: String(expiresAt) },
      date: { S: checkIn.date },
    };
    if (checkIn.legs !== undefined && STORED_LEGS.includes(checkIn.legs)) item.legs = { S: checkIn.legs };
    if (typeof checkIn.sleptBadly === 'boolean') item.sleptBadly = { BOOL: checkIn.sleptBadly };
    if (typeof checkIn.runDown === 'boolean') item.runDown = { BOOL: checkIn.runDown };
    if (checkIn.yesterday !== undefined && isYesterday(checkIn.yesterday)) item.yesterday = { S: checkIn.yesterday };
    return item;
  }
}

/** The profile's fields (its expiry is set by saveProfile). */
function profileItem(userKey: string, profile: Profile): Item {
  const item: Item = { [PK]: { S: userKey }, [SK]: { S: SORT_KEY_PREFIX.profile } };
  if (profile.distanceUnit !== undefined && DISTANCE_UNITS.includes(profile.distanceUnit)) {
    item.distanceUnit = { S: profile.distanceUnit };
  }
  if (typeof profile.timeZone === 'string' && profile.timeZone !== '') item.timeZone = { S: profile.timeZone };
  if (typeof profile.newRunner === 'boolean') item.newRunner = { BOOL: profile.newRunner };
  return item;
}

/** Maps stored items back to records, skipping any item (or optional field) that does not have the expected shape. */
function historyFromItems(items: readonly Item[]): UserHistory {
  const runs: StoredRun[] = [];
  const checkIns: CheckInRecord[] = [];
  let profile: Profile = {};
  for (const item of items) {
    const sk = readString(item, SK);
    if (sk === undefined) continue;
    if (sk === SORT_KEY_PREFIX.profile) {
      profile = profileFromItem(item);
    } else if (sk.startsWith(SORT_KEY_PREFIX.run)) {
      const run = runFromItem(item);
      if (run !== undefined) runs.push(run);
    } else if (sk.startsWith(SORT_KEY_PREFIX.checkIn)) {
      const checkIn = checkInFromItem(item);
      if (checkIn !== undefined) checkIns.push(checkIn);
    }
  }
  runs.sort((a, b) => Date.parse(a.loggedAt) - Date.parse(b.loggedAt) || compareStrings(a.requestId, b.requestId));
  checkIns.sort((a, b) => compareStrings(a.date, b.date));
  return { runs, checkIns, profile };
}

function runFromItem(item: Item): StoredRun | undefined {
  const date = readString(item, 'date');
  const kind = readString(item, 'kind');
  const loggedAt = readString(item, 'loggedAt');
  const requestId = readString(item, 'requestId');
  if (!isCalendarDate(date) || kind === undefined || !isSessionKind(kind)) return undefined;
  if (loggedAt === undefined || !Number.isFinite(Date.parse(loggedAt)) || requestId === undefined) return undefined;
  const run: StoredRun = { date, kind, loggedAt, requestId };
  const minutes = readNumber(item, 'minutes');
  const distanceKm = readNumber(item, 'distanceKm');
  const effort = readNumber(item, 'effort');
  if (minutes !== undefined) run.minutes = minutes;
  if (distanceKm !== undefined) run.distanceKm = distanceKm;
  if (effort !== undefined) run.effort = effort;
  return run;
}

function checkInFromItem(item: Item): CheckInRecord | undefined {
  const date = readString(item, 'date');
  if (!isCalendarDate(date)) return undefined;
  const checkIn: CheckInRecord = { date };
  const legs = readString(item, 'legs');
  if (legs !== undefined && isStoredLegs(legs)) checkIn.legs = legs;
  const sleptBadly = readBoolean(item, 'sleptBadly');
  const runDown = readBoolean(item, 'runDown');
  if (sleptBadly !== undefined) checkIn.sleptBadly = sleptBadly;
  if (runDown !== undefined) checkIn.runDown = runDown;
  const yesterday = item.yesterday?.S;
  if (yesterday !== undefined && isYesterday(yesterday)) checkIn.yesterday = yesterday;
  return checkIn;
}

function profileFromItem(item: Item): Profile {
  const profile: Profile = {};
  const distanceUnit = readString(item, 'distanceUnit');
  if (distanceUnit === 'km' || distanceUnit === 'mile') profile.distanceUnit = distanceUnit;
  const timeZone = readString(item, 'timeZone');
  if (timeZone !== undefined && timeZone !== '') profile.timeZone = timeZone;
  const newRunner = readBoolean(item, 'newRunner');
  if (newRunner !== undefined) profile.newRunner = newRunner;
  return profile;
}

/** Runs a store operation so that it always resolves: invalid input is 'rejected', SDK errors are classified. */
async function attempt<T>(operation: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, failure: error instanceof InvalidRecord ? 'rejected' : classifyFailure(error) };
  }
}

/** Short, stable and free of '#': the request id itself need not be part of the key. */
function requestHash(requestId: string): string {
  return createHash('sha256').update(requestId).digest('base64url').slice(0, REQUEST_HASH_LENGTH);
}

function putNumber(item: Item, key: string, value: number | undefined): void {
  if (typeof value === 'number' && Number.isFinite(value)) item[key] = { N: String(value) };
}

function readString(item: Item, key: string): string | undefined {
  const value = item[key]?.S;
  return typeof value === 'string' ? value : undefined;
}

function readNumber(item: Item, key: string): number | undefined {
  const text = item[key]?.N;
  if (typeof text !== 'string') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function readBoolean(item: Item, key: string): boolean | undefined {
  const value = item[key]?.BOOL;
  return typeof value === 'boolean' ? value : undefined;
}

function isSessionKind(value: string): value is SessionKind {
  return (SESSION_KINDS as readonly string[]).includes(value);
}

function isStoredLegs(value: string): value is Exclude<Legs, 'painful'> {
  return STORED_LEGS.includes(value);
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isYesterday(value: string): value is Yesterday {
  return (YESTERDAYS as readonly string[]).includes(value);
}
