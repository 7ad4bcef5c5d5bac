import { GetItemCommand, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { CheckInRecord } from '../../lambda/coach/types.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { SORT_KEY_PREFIX, TABLE_SCHEMA } from '../../lambda/history/schema.js';
import type { StoredRun, UserHistory } from '../../lambda/history/store.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startTestDynamo } from '../support/dynamo.js';
import { perFile } from '../support/per-file.js';

const DAY = 86_400;
/** 2026-11-24T07:00:00Z: every test passes its own "now", so the machine's clock plays no part. */
const NOW = Date.UTC(2026, 10, 24, 7, 0, 0) / 1000;
const isoAt = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString();

const dynamo = perFile(startTestDynamo, (started) => started.counter.reset());
let userSerial = 0;
/** A fresh runner per test, so tests share the table without seeing each other's items. */
const newUser = (): string => userKeyFor(`amzn1.ask.account.store-test-${++userSerial}`, 'test-salt');

const run = (overrides: Partial<StoredRun> = {}): StoredRun => ({
  date: '2026-11-23',
  kind: 'long-run',
  minutes: 95,
  distanceKm: 21.1,
  effort: 6,
  loggedAt: isoAt(NOW - DAY),
  requestId: `amzn1.echo-api.request.${Math.random().toString(36).slice(2)}`,
  ...overrides,
});

async function loadOk(userKey: string, now = NOW): Promise<UserHistory> {
  const result = await dynamo.store.load(userKey, now);
  if (!result.ok) throw new Error(`load failed: ${result.failure}`);
  return result.value;
}

const rawItems = (userKey: string) => dynamo.items(userKey);

async function rawItem(userKey: string, sk: string): Promise<Record<string, AttributeValue> | undefined> {
  const { Item } = await dynamo.client.send(
    new GetItemCommand({
      TableName: dynamo.tableName,
      Key: { [TABLE_SCHEMA.partitionKey]: { S: userKey }, [TABLE_SCHEMA.sortKey]: { S: sk } },
    }),
  );
  return Item;
}


describe('DynamoHistoryStore round trips', () => {
  it('loads an empty history for a runner it has never seen', async () => {
    expect(await loadOk(newUser())).toEqual({ runs: [], checkIns: [], profile: {} });
  });

  it('reads back a run with every field, and one with only the required fields', async () => {
    const user = newUser();
    const full = run();
    const bare: StoredRun = { date: '2026-11-24', kind: 'recovery-run', loggedAt: isoAt(NOW - 60), requestId: 'req-bare' };
    expect(await dynamo.store.saveRun(user, full)).toEqual({ ok: true, value: undefined });
    expect(await dynamo.store.saveRun(user, bare)).toEqual({ ok: true, value: undefined });
    expect((await loadOk(user)).runs).toEqual([full, bare]);
  });

  it('reads back check-ins (with the advice given that day) and the profile', async () => {
    const user = newUser();
    const checkIn: CheckInRecord = { date: '2026-11-24', legs: 'heavy', sleptBadly: true, runDown: false };
    const afterRace: CheckInRecord = { date: '2026-11-22', yesterday: 'race', yesterdayDistanceKm: 42.2, advised: 'walk' };
    const afterFever: CheckInRecord = { date: '2026-11-21', legs: 'okay', advised: 'rest', advisedFor: 'health' };
    for (const record of [checkIn, { date: '2026-11-23' }, afterRace, afterFever]) {
      expect((await dynamo.store.saveCheckIn(user, record)).ok).toBe(true);
    }
    expect((await dynamo.store.saveProfile(user, { newRunner: false }, NOW)).ok).toBe(true);
    expect(await loadOk(user)).toEqual({
      runs: [],
      checkIns: [
        { date: '2026-11-21', legs: 'okay', advised: 'rest', advisedFor: 'health' },
        { date: '2026-11-22', yesterday: 'race', yesterdayDistanceKm: 42.2, advised: 'walk' },
        { date: '2026-11-23' },
        { date: '2026-11-24', legs: 'heavy', sleptBadly: true, runDown: false },
      ],
      profile: { newRunner: false },
    });
    // As the table holds them: a number, and the ids as strings.
    expect(await rawItem(user, 'CHECKIN#2026-11-22')).toMatchObject({ yesterdayDistanceKm: { N: '42.2' }, advised: { S: 'walk' } });
    expect(await rawItem(user, 'CHECKIN#2026-11-21')).toMatchObject({ advisedFor: { S: 'health' } });
  });

  it('sets only the fields given, keeping the others, in one UpdateItem and no read', async () => {
    const user = newUser();
    await dynamo.store.saveProfile(user, { newRunner: true }, NOW);
    dynamo.counter.reset();
    await dynamo.store.saveProfile(user, {}, NOW + DAY);
    expect(dynamo.counter.counts()).toEqual({ UpdateItem: 1 });
    expect((await loadOk(user)).profile).toEqual({ newRunner: true });
  });

  it('reads a profile written by an older version (units and zone, no longer used) and keeps those fields untouched', async () => {
    const user = newUser();
    const pk = { S: user };
    await dynamo.client.send(
      new PutItemCommand({
        TableName: dynamo.tableName,
        Item: { pk, sk: { S: 'PROFILE' }, expiresAt: { N: '1797922800' }, distanceUnit: { S: 'mile' }, timeZone: { S: 'America/Denver' } },
      }),
    );
    expect((await loadOk(user)).profile).toEqual({});
    await dynamo.store.saveProfile(user, { newRunner: false }, NOW);
    expect((await loadOk(user)).profile).toEqual({ newRunner: false });
    // An UpdateItem, not a Put: what it does not name stays as it was (it expires with the item).
    expect(await rawItem(user, 'PROFILE')).toMatchObject({ distanceUnit: { S: 'mile' }, newRunner: { BOOL: false } });
  });

  it('keeps each runner to their own items', async () => {
    const alice = newUser();
    const bob = newUser();
    await dynamo.store.saveRun(alice, run({ requestId: 'alice-1' }));
    await dynamo.store.saveCheckIn(bob, { date: '2026-11-24', legs: 'fresh' });
    expect((await loadOk(alice)).checkIns).toEqual([]);
    expect((await loadOk(bob)).runs).toEqual([]);
  });
});

describe('ordering', () => {
  it('returns runs by loggedAt ascending, whatever order they were saved in', async () => {
    const user = newUser();
    const loggedAts = [NOW - 3 * DAY, NOW - 10 * DAY, NOW - 60, NOW - 5 * DAY];
    for (const [i, at] of loggedAts.entries()) {
      await dynamo.store.saveRun(user, run({ loggedAt: isoAt(at), requestId: `order-${i}` }));
    }
    const loaded = (await loadOk(user)).runs.map((r) => r.loggedAt);
    expect(loaded).toEqual([...loggedAts].sort((a, b) => a - b).map(isoAt));
  });

  it('orders by instant even when loggedAt strings use different formats', async () => {
    const user = newUser();
    // Lexically '...07:10:00Z' > '...07:10:00.500Z' although it is earlier.
    await dynamo.store.saveRun(user, run({ loggedAt: '2026-11-24T07:10:00.500Z', requestId: 'later' }));
    await dynamo.store.saveRun(user, run({ loggedAt: '2026-11-24T07:10:00Z', requestId: 'earlier' }));
    expect((await loadOk(user)).runs.map((r) => r.requestId)).toEqual(['earlier', 'later']);
  });

  it('returns check-ins by date ascending', async () => {
    const user = newUser();
    for (const date of ['2026-11-20', '2026-11-24', '2026-11-02', '2026-11-13']) {
      await dynamo.store.saveCheckIn(user, { date, legs: 'okay' });
    }
    expect((await loadOk(user)).checkIns.map((c) => c.date)).toEqual(['2026-11-02', '2026-11-13', '2026-11-20', '2026-11-24']);
  });
});

describe('the retention window', () => {
  // 2026-11-23 + 28 days = 2026-12-21, a day that has ended everywhere at 2026-12-22T12:00:00Z (UTC-12 is last).
  it('sets the TTL of a run to the end of its day + retention in the last time zone, whenever it was logged', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run({ date: '2026-11-23', loggedAt: '2026-11-23T18:30:00Z', requestId: 'ttl-run' }));
    // A forged or far-off logged-at instant does not move the expiry: only the runner's date does.
    await dynamo.store.saveRun(user, run({ date: '2026-11-23', loggedAt: '+275760-09-13T00:00:00.000Z', requestId: 'forged' }));
    const runs = (await rawItems(user)).filter((i) => i.sk?.S?.startsWith(SORT_KEY_PREFIX.run));
    expect(runs.map((item) => item[TABLE_SCHEMA.ttlAttribute])).toEqual([{ N: '1797940800' }, { N: '1797940800' }]);
    expect(runs[0]?.sk?.S).toMatch(/^RUN#2026-11-23#[A-Za-z0-9_-]{12}$/);
  });

  it("sets the TTL of a check-in from the runner's date the same way", async () => {
    const user = newUser();
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24', legs: 'sore' });
    const checkIn = await rawItem(user, 'CHECKIN#2026-11-24');
    // 2026-11-24 + 28 = 2026-12-22, over everywhere at 2026-12-23T12:00:00Z.
    expect(checkIn?.[TABLE_SCHEMA.ttlAttribute]).toEqual({ N: '1798027200' });
  });

  it('gives the profile an expiry too, 28 days after its last write, refreshed by every write', async () => {
    const user = newUser();
    await dynamo.store.saveProfile(user, { newRunner: false }, NOW);
    // 2026-11-24T07:00:00Z + 28 days = 2026-12-22T07:00:00Z.
    expect((await rawItem(user, SORT_KEY_PREFIX.profile))?.[TABLE_SCHEMA.ttlAttribute]).toEqual({ N: '1797922800' });
    await dynamo.store.saveProfile(user, { newRunner: true }, NOW + 10 * DAY);
    const profile = await rawItem(user, SORT_KEY_PREFIX.profile);
    // Written again on 2026-12-04T07:00:00Z: it now expires on 2027-01-01T07:00:00Z.
    expect(profile?.[TABLE_SCHEMA.ttlAttribute]).toEqual({ N: '1798786800' });
    // Readable until then, gone from the second it expires.
    expect((await loadOk(user, 1798786800 - 1)).profile).toEqual({ newRunner: true });
    expect((await loadOk(user, 1798786800)).profile).toEqual({});
  });

  it('refuses a profile save without a real "now" (it could never expire)', async () => {
    expect(await dynamo.store.saveProfile(newUser(), { newRunner: true }, Number.NaN)).toEqual({ ok: false, failure: 'rejected' });
  });

  it('every item of a runner carries an expiry', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run({ requestId: 'every-1' }));
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24' });
    await dynamo.store.saveProfile(user, {}, NOW);
    const items = await rawItems(user);
    expect(items.map((i) => i.sk?.S?.split('#')[0]).sort()).toEqual(['CHECKIN', 'PROFILE', 'RUN']);
    for (const item of items) expect(Number(item[TABLE_SCHEMA.ttlAttribute]?.N), item.sk?.S).toBeGreaterThan(NOW);
  });

  it('does not return items whose TTL has passed (dynalite never deletes them)', async () => {
    const user = newUser();
    const old = run({ date: '2026-10-20', loggedAt: '2026-10-20T07:00:00Z', requestId: 'old' });
    const recent = run({ date: '2026-11-22', loggedAt: isoAt(NOW - 2 * DAY), requestId: 'recent' });
    await dynamo.store.saveRun(user, old);
    await dynamo.store.saveRun(user, recent);
    await dynamo.store.saveCheckIn(user, { date: '2026-10-01', legs: 'heavy' });
    await dynamo.store.saveCheckIn(user, { date: '2026-11-22', legs: 'okay' });
    await dynamo.store.saveProfile(user, { newRunner: true }, NOW - 30 * DAY);
    await dynamo.store.saveProfile(newUser(), { newRunner: false }, NOW);

    const history = await loadOk(user);
    expect(history.runs.map((r) => r.requestId)).toEqual(['recent']);
    expect(history.checkIns.map((c) => c.date)).toEqual(['2026-11-22']);
    // Saved 30 days ago and not since: expired with the rest.
    expect(history.profile).toEqual({});
    // Still in the table: the filter, not deletion, hides them.
    expect(await rawItems(user)).toHaveLength(5);
  });

  it('treats an item as expired from the second its TTL equals now', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run({ date: '2026-11-23' }));
    const expiresAt = 1797940800; // 2026-12-22T12:00:00Z
    expect((await loadOk(user, expiresAt - 1)).runs).toHaveLength(1);
    expect((await loadOk(user, expiresAt)).runs).toHaveLength(0);
  });

  it('honours a custom retention', async () => {
    const short = await startTestDynamo({ retentionDays: 7 });
    try {
      const user = newUser();
      await short.store.saveCheckIn(user, { date: '2026-11-24' });
      // 2026-11-24 + 7 = 2026-12-01, over everywhere at 2026-12-02T12:00:00Z.
      const gone = 1796212800;
      const before = await short.store.load(user, gone - 1);
      expect(before.ok && before.value.checkIns).toEqual([{ date: '2026-11-24' }]);
      expect(await short.store.load(user, gone)).toEqual({ ok: true, value: { runs: [], checkIns: [], profile: {} } });
    } finally {
      await short.close();
    }
  });
});

describe('check-ins', () => {
  it('keeps one item per day: a second check-in the same day replaces the first', async () => {
    const user = newUser();
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24', legs: 'heavy', sleptBadly: true });
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24', legs: 'fresh' });
    expect((await loadOk(user)).checkIns).toEqual([{ date: '2026-11-24', legs: 'fresh' }]);
    expect(await rawItems(user)).toHaveLength(1);
  });

  it('stores only readiness answers, even when the caller passes more', async () => {
    const user = newUser();
    const withHealth = { date: '2026-11-24', legs: 'okay', runDown: true, pain: 'knee', illBelowNeck: true };
    await dynamo.store.saveCheckIn(user, withHealth as CheckInRecord);
    const item = await rawItem(user, 'CHECKIN#2026-11-24');
    expect(Object.keys(item ?? {}).sort()).toEqual(['date', 'expiresAt', 'legs', 'pk', 'runDown', 'sk']);
  });

  it('stores the advice fields only when they are what the coach writes (a positive distance, an activity, "health")', async () => {
    const user = newUser();
    const odd = { date: '2026-11-24', legs: 'okay', yesterdayDistanceKm: -3, advised: 'sprint', advisedFor: 'knee' };
    await dynamo.store.saveCheckIn(user, odd as unknown as CheckInRecord);
    const item = await rawItem(user, 'CHECKIN#2026-11-24');
    expect(Object.keys(item ?? {}).sort()).toEqual(['date', 'expiresAt', 'legs', 'pk', 'sk']);
  });

  it('never stores painful legs', async () => {
    const user = newUser();
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24', legs: 'painful' } as unknown as CheckInRecord);
    expect((await rawItem(user, 'CHECKIN#2026-11-24'))?.legs).toBeUndefined();
  });
});

describe('idempotent and concurrent runs', () => {
  it('keeps one item when the same request is saved twice, and both saves succeed', async () => {
    const user = newUser();
    const first = run({ requestId: 'amzn1.echo-api.request.retry', minutes: 40 });
    expect(await dynamo.store.saveRun(user, first)).toEqual({ ok: true, value: undefined });
    expect(await dynamo.store.saveRun(user, { ...first, minutes: 45 })).toEqual({ ok: true, value: undefined });
    expect(await rawItems(user)).toHaveLength(1);
    expect((await loadOk(user)).runs).toEqual([first]);
  });

  it('keeps both runs when two requests save at the same instant concurrently', async () => {
    const user = newUser();
    const loggedAt = isoAt(NOW - 300);
    const results = await Promise.all([
      dynamo.store.saveRun(user, run({ loggedAt, requestId: 'concurrent-a', kind: 'easy-run' })),
      dynamo.store.saveRun(user, run({ loggedAt, requestId: 'concurrent-b', kind: 'walk' })),
    ]);
    expect(results).toEqual([{ ok: true, value: undefined }, { ok: true, value: undefined }]);
    expect((await loadOk(user)).runs.map((r) => r.requestId).sort()).toEqual(['concurrent-a', 'concurrent-b']);
  });
});

describe('deleteRun', () => {
  it('removes the run saved under that day and key, in one DeleteItem, and only that run', async () => {
    const user = newUser();
    const declined = run({ date: '2026-11-23', requestId: 'amzn1.echo-api.request.declined' });
    const kept = run({ date: '2026-11-23', requestId: 'amzn1.echo-api.request.kept' });
    await dynamo.store.saveRun(user, declined);
    await dynamo.store.saveRun(user, kept);
    dynamo.counter.reset();
    expect(await dynamo.store.deleteRun(user, '2026-11-23', 'amzn1.echo-api.request.declined')).toEqual({ ok: true, value: { deleted: true } });
    expect(dynamo.counter.counts()).toEqual({ DeleteItem: 1 });
    expect((await loadOk(user)).runs.map((r) => r.requestId)).toEqual(['amzn1.echo-api.request.kept']);
  });

  it('is idempotent: a second delete, or one for a save that never landed, succeeds with deleted false', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run({ date: '2026-11-24', requestId: 'twice' }));
    expect(await dynamo.store.deleteRun(user, '2026-11-24', 'twice')).toEqual({ ok: true, value: { deleted: true } });
    expect(await dynamo.store.deleteRun(user, '2026-11-24', 'twice')).toEqual({ ok: true, value: { deleted: false } });
    expect(await dynamo.store.deleteRun(user, '2026-11-24', 'never-saved')).toEqual({ ok: true, value: { deleted: false } });
    expect(await rawItems(user)).toEqual([]);
  });

  it('needs the same day as the save: the key is the day and the idempotency key together', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run({ date: '2026-11-23', requestId: 'dated' }));
    expect(await dynamo.store.deleteRun(user, '2026-11-24', 'dated')).toEqual({ ok: true, value: { deleted: false } });
    expect((await loadOk(user)).runs).toHaveLength(1);
  });

  it('rejects a day that is not a calendar date, or an empty key, without calling DynamoDB', async () => {
    const user = newUser();
    expect(await dynamo.store.deleteRun(user, '2026-02-30', 'k')).toEqual({ ok: false, failure: 'rejected' });
    expect(await dynamo.store.deleteRun(user, '2026-11-24', '')).toEqual({ ok: false, failure: 'rejected' });
    expect(dynamo.counter.total()).toBe(0);
  });
});

describe('more than one page (DynamoDB and dynalite end a Query page at 1 MB)', () => {
  /** A valid run made about 300 KB by an attribute the store does not read: four of them fill more than a page. */
  async function saveBigRun(user: string, i: number): Promise<void> {
    const item = {
      pk: { S: user },
      sk: { S: `RUN#2026-11-2${i}#big-${i}` },
      expiresAt: { N: '1797940800' },
      date: { S: `2026-11-2${i}` },
      kind: { S: 'easy-run' },
      loggedAt: { S: `2026-11-2${i}T07:00:00Z` },
      requestId: { S: `big-${i}` },
      padding: { S: 'x'.repeat(300_000) },
    };
    await dynamo.client.send(new PutItemCommand({ TableName: dynamo.tableName, Item: item }));
  }

  it('load follows every page: seven runs of 300 KB (2.1 MB) come back, in two Queries', async () => {
    const user = newUser();
    for (let i = 0; i < 7; i += 1) await saveBigRun(user, i);
    dynamo.counter.reset();
    const runs = (await loadOk(user)).runs;
    expect(runs.map((r) => r.requestId)).toEqual(['big-0', 'big-1', 'big-2', 'big-3', 'big-4', 'big-5', 'big-6']);
    expect(dynamo.counter.counts()).toEqual({ Query: 2 });
  });

  it('deleteUser follows every page too: nothing of the seven is left', async () => {
    const user = newUser();
    for (let i = 0; i < 7; i += 1) await saveBigRun(user, i);
    dynamo.counter.reset();
    expect(await dynamo.store.deleteUser(user)).toEqual({ ok: true, value: { deleted: 7 } });
    // One batch per page: the second Query came after the first page was deleted.
    expect(dynamo.counter.counts()).toEqual({ Query: 2, BatchWriteItem: 2 });
    expect(await rawItems(user)).toEqual([]);
  });
});

describe('defensive reads and writes', () => {
  it('skips malformed items and fields instead of failing the load', async () => {
    const user = newUser();
    const good = run({ requestId: 'good' });
    await dynamo.store.saveRun(user, good);
    const pk = { S: user };
    const expiresAt = { N: String(NOW + DAY) };
    const junk: Record<string, AttributeValue>[] = [
      { pk, sk: { S: 'RUN#2026-11-20T00:00:00.000Z#bad1' }, expiresAt, date: { S: '2026-11-20' }, kind: { S: 'marathon' }, loggedAt: { S: '2026-11-20T00:00:00Z' }, requestId: { S: 'x' } },
      { pk, sk: { S: 'RUN#2026-11-21T00:00:00.000Z#bad2' }, expiresAt, date: { N: '20261121' }, kind: { S: 'walk' }, loggedAt: { S: '2026-11-21T00:00:00Z' }, requestId: { S: 'y' } },
      { pk, sk: { S: 'RUN#2026-11-22T00:00:00.000Z#bad3' }, expiresAt, date: { S: '2026-11-22' }, kind: { S: 'walk' }, loggedAt: { S: 'yesterday' }, requestId: { S: 'z' } },
      { pk, sk: { S: 'CHECKIN#garbage' }, expiresAt, date: { S: 'last tuesday' } },
      { pk, sk: { S: 'CHECKIN#2026-11-23' }, expiresAt, date: { S: '2026-11-23' }, legs: { S: 'wobbly' }, sleptBadly: { S: 'yes' }, runDown: { BOOL: true } },
      { pk, sk: { S: 'SOMETHING#else' }, expiresAt },
      { pk, sk: { S: 'CHECKIN#2026-11-19' }, expiresAt, date: { S: '2026-11-19' }, yesterdayDistanceKm: { N: '-5' }, advised: { S: 'marathon' }, advisedFor: { S: 'knee' } },
      { pk, sk: { S: 'CHECKIN#2026-11-18' }, expiresAt, date: { S: '2026-11-18' }, yesterdayDistanceKm: { S: '21.1' }, advised: { N: '1' }, advisedFor: { BOOL: true } },
      { pk, sk: { S: 'PROFILE' }, distanceUnit: { S: 'furlong' }, timeZone: { S: 'Europe/London' }, newRunner: { N: '1' } },
      // A number JavaScript cannot hold: the item is skipped, the load does not fail.
      { pk, sk: { S: 'RUN#2026-11-24#huge' }, expiresAt, date: { S: '2026-11-24' }, kind: { S: 'walk' }, loggedAt: { S: '2026-11-24T00:00:00Z' }, requestId: { S: 'h' }, minutes: { N: '123456789012345678901234.5' } },
    ];
    for (const Item of junk) await dynamo.client.send(new PutItemCommand({ TableName: dynamo.tableName, Item }));
    // A run whose optional number is not a number keeps its valid fields.
    await dynamo.client.send(
      new PutItemCommand({
        TableName: dynamo.tableName,
        Item: { pk, sk: { S: 'RUN#2026-11-24T00:00:00.000Z#ok' }, expiresAt, date: { S: '2026-11-24' }, kind: { S: 'walk' }, loggedAt: { S: '2026-11-24T00:00:00Z' }, requestId: { S: 'walk' }, minutes: { S: 'thirty' } },
      }),
    );

    expect(await loadOk(user)).toEqual({
      runs: [good, { date: '2026-11-24', kind: 'walk', loggedAt: '2026-11-24T00:00:00Z', requestId: 'walk' }],
      checkIns: [{ date: '2026-11-18' }, { date: '2026-11-19' }, { date: '2026-11-23', runDown: true }],
      profile: {},
    });
  });

  it('rejects records it cannot key, without calling DynamoDB', async () => {
    const user = newUser();
    expect(await dynamo.store.saveRun(user, run({ loggedAt: 'this morning' }))).toEqual({ ok: false, failure: 'rejected' });
    expect(await dynamo.store.saveCheckIn(user, { date: '2026-02-31' })).toEqual({ ok: false, failure: 'rejected' });
    expect(await dynamo.store.saveCheckIn(user, { date: '24/11/2026' })).toEqual({ ok: false, failure: 'rejected' });
    // Date.parse rolls 2026-02-30 over to March; the store's validator does not.
    expect(await dynamo.store.saveRun(user, run({ date: '2026-02-30' }))).toEqual({ ok: false, failure: 'rejected' });
    expect(await dynamo.store.saveRun(user, run({ date: '2026-13-01' }))).toEqual({ ok: false, failure: 'rejected' });
    expect(dynamo.counter.total()).toBe(0);
  });

  it('skips stored items whose date is not a calendar date', async () => {
    const user = newUser();
    const pk = { S: user };
    const expiresAt = { N: String(NOW + DAY) };
    await dynamo.client.send(new PutItemCommand({ TableName: dynamo.tableName, Item: { pk, sk: { S: 'CHECKIN#2026-02-30' }, expiresAt, date: { S: '2026-02-30' }, legs: { S: 'okay' } } }));
    await dynamo.client.send(
      new PutItemCommand({
        TableName: dynamo.tableName,
        Item: { pk, sk: { S: 'RUN#2026-02-29#x' }, expiresAt, date: { S: '2026-02-29' }, kind: { S: 'walk' }, loggedAt: { S: '2026-03-01T00:00:00Z' }, requestId: { S: 'x' } },
      }),
    );
    expect(await loadOk(user)).toEqual({ runs: [], checkIns: [], profile: {} });
  });

  it('resolves as rejected when the table does not exist', async () => {
    const store = new DynamoHistoryStore({ client: dynamo.client, tableName: 'no-such-table' });
    expect(await store.load(newUser(), NOW)).toEqual({ ok: false, failure: 'rejected' });
    expect(await store.saveRun(newUser(), run())).toEqual({ ok: false, failure: 'rejected' });
  });
});

describe('calls per operation', () => {
  it('load is exactly one Query', async () => {
    const user = newUser();
    await dynamo.store.saveRun(user, run());
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24' });
    await dynamo.store.saveProfile(user, {}, NOW);
    dynamo.counter.reset();
    await loadOk(user);
    expect(dynamo.counter.counts()).toEqual({ Query: 1 });
  });

  it('each save is exactly one write (PutItem; UpdateItem for the profile), a repeated run included (no read first)', async () => {
    const user = newUser();
    const saved = run();
    await dynamo.store.saveRun(user, saved);
    expect(dynamo.counter.counts()).toEqual({ PutItem: 1 });
    dynamo.counter.reset();
    await dynamo.store.saveRun(user, saved);
    expect(dynamo.counter.counts()).toEqual({ PutItem: 1 });
    dynamo.counter.reset();
    await dynamo.store.saveCheckIn(user, { date: '2026-11-24' });
    expect(dynamo.counter.counts()).toEqual({ PutItem: 1 });
    dynamo.counter.reset();
    await dynamo.store.saveProfile(user, { newRunner: true }, NOW);
    expect(dynamo.counter.counts()).toEqual({ UpdateItem: 1 });
  });

  it('a turn that loads and logs is one read and one write', async () => {
    const user = newUser();
    await loadOk(user);
    await dynamo.store.saveRun(user, run());
    expect({ reads: dynamo.counter.reads(), writes: dynamo.counter.writes(), total: dynamo.counter.total() }).toEqual({
      reads: 1,
      writes: 1,
      total: 2,
    });
  });
});
