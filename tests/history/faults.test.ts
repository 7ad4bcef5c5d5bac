/**
 * The store against servers that misbehave (tests/support/faulty-dynamo.ts): every method must resolve with the typed
 * failure, and a write whose answer was lost says so even when the SDK's retry then failed otherwise.
 * Nothing here measures time: a hang would fail on vitest's timeout.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure, mayHaveWritten } from '../../lambda/history/failure.js';
import type { HistoryStore, StoreFailure } from '../../lambda/history/store.js';
import { startTestDynamo, type TestDynamo } from '../support/dynamo.js';
import { closedPort, startFaultyDynamo, storeAt as productionStoreAt, type Behaviour, type FaultyDynamo } from '../support/faulty-dynamo.js';

const USER = 'fault-test-user';
const NOW = Date.UTC(2026, 10, 24, 7) / 1000;

const clients: DynamoDBClient[] = [];
const servers: { close(): Promise<void> }[] = [];
function storeAt(endpoint: string, tableName?: string): HistoryStore {
  // Fail-fast defaults on purpose: these tests prove the defaults bound a hang.
  const { store, client } = productionStoreAt(endpoint, tableName);
  clients.push(client);
  return store;
}

async function faulty(behaviour: Behaviour, upstream?: string): Promise<FaultyDynamo> {
  const server = await startFaultyDynamo({ behaviour, ...(upstream ? { upstream } : {}) });
  servers.push(server);
  return server;
}

/** Every method of the store, each expected to resolve (not reject) with `failure`. */
async function expectEveryMethodToFail(store: HistoryStore, failure: StoreFailure): Promise<void> {
  const expected = { ok: false, failure };
  expect(await store.load(USER, NOW)).toEqual(expected);
  expect(await store.saveRun(USER, { date: '2026-11-24', kind: 'easy-run', loggedAt: '2026-11-24T06:00:00Z', requestId: 'r' })).toEqual(expected);
  expect(await store.deleteRun(USER, '2026-11-24', 'r')).toEqual(expected);
  expect(await store.saveCheckIn(USER, { date: '2026-11-24', legs: 'okay' })).toEqual(expected);
  expect(await store.saveProfile(USER, { newRunner: true }, NOW)).toEqual(expected);
  expect(await store.deleteUser(USER)).toEqual(expected);
}

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await Promise.all(servers.map((s) => s.close()));
  await dynamo.close();
});

describe('store failures', () => {
  it('nothing listening (connection refused) -> unavailable', async () => {
    await expectEveryMethodToFail(storeAt((await closedPort()).endpoint), 'unavailable');
  });

  it('a server that accepts and never answers -> timeout', async () => {
    const server = await faulty('hang');
    const store = storeAt(server.endpoint);
    expect(await store.load(USER, NOW)).toEqual({ ok: false, failure: 'timeout' });
    expect(await store.saveRun(USER, { date: '2026-11-24', kind: 'walk', loggedAt: '2026-11-24T06:00:00Z', requestId: 'h' })).toEqual({
      ok: false,
      failure: 'timeout',
    });
    // The hang was real: the requests reached the server (and the SDK tried each twice).
    expect(server.operations).toEqual(['Query', 'Query', 'PutItem', 'PutItem']);
  });

  it('ProvisionedThroughputExceededException -> throttled', async () => {
    await expectEveryMethodToFail(storeAt((await faulty({ error: 'throttled' })).endpoint), 'throttled');
  });

  it('HTTP 500 InternalServerError -> unavailable', async () => {
    await expectEveryMethodToFail(storeAt((await faulty({ error: 'internal' })).endpoint), 'unavailable');
  });

  it('HTTP 503 with a non-JSON body -> unavailable', async () => {
    const store = storeAt((await faulty('html-503')).endpoint);
    expect(await store.load(USER, NOW)).toEqual({ ok: false, failure: 'unavailable' });
  });
});

describe('a write whose answer was lost', () => {
  const run = { date: '2026-11-24', kind: 'easy-run', minutes: 30, loggedAt: '2026-11-24T06:00:00Z' } as const;

  it('the SDK retry of an applied save finds it there: success, one item', async () => {
    const server = await faulty('forward', dynamo.endpoint);
    const store = storeAt(server.endpoint, dynamo.tableName);
    server.next('PutItem', 'lose-answer');
    expect(await store.saveRun(USER, { ...run, requestId: 'lost-once' })).toEqual({ ok: true, value: undefined });
    expect(server.operations).toEqual(['PutItem', 'PutItem']);
    const loaded = await dynamo.store.load(USER, NOW);
    expect(loaded.ok && loaded.value.runs.map((r) => r.requestId)).toEqual(['lost-once']);
  });

  it('is "timeout" (it may have been written), not "throttled", when the retry is throttled after a lost answer', async () => {
    const server = await faulty('forward', dynamo.endpoint);
    const store = storeAt(server.endpoint, dynamo.tableName);
    server.next('PutItem', 'lose-answer');
    server.next('PutItem', { error: 'throttled' });
    // The SDK names a connection cut before the answer a TimeoutError (code ECONNRESET).
    expect(await store.saveRun(USER, { ...run, requestId: 'lost-then-throttled' })).toEqual({ ok: false, failure: 'timeout' });
    // It was written: the runner must not hear that it was not.
    const loaded = await dynamo.store.load(USER, NOW);
    expect(loaded.ok && loaded.value.runs.map((r) => r.requestId)).toContain('lost-then-throttled');
  });

  it('stays "throttled" when every attempt was refused (nothing was written)', async () => {
    const server = await faulty('forward', dynamo.endpoint);
    const store = storeAt(server.endpoint, dynamo.tableName);
    server.next('PutItem', { error: 'throttled' }, 2);
    expect(await store.saveRun(USER, { ...run, requestId: 'throttled-twice' })).toEqual({ ok: false, failure: 'throttled' });
    const loaded = await dynamo.store.load(USER, NOW);
    expect(loaded.ok && loaded.value.runs.map((r) => r.requestId)).not.toContain('throttled-twice');
  });
});

describe('mayHaveWritten', () => {
  it.each<[StoreFailure, boolean]>([
    ['timeout', true],
    ['unavailable', true],
    ['throttled', false],
    ['rejected', false],
  ])('%s -> %s', (failure, may) => {
    expect(mayHaveWritten(failure)).toBe(may);
  });
});

describe('classifyFailure', () => {
  const sdkError = (name: string, status?: number, fault?: 'client' | 'server'): Error =>
    Object.assign(new Error(name), { name, $metadata: status === undefined ? {} : { httpStatusCode: status }, ...(fault ? { $fault: fault } : {}) });
  const nodeError = (code: string): Error => Object.assign(new Error(code), { code });

  it.each<[string, unknown, StoreFailure]>([
    ['smithy timeout', sdkError('TimeoutError'), 'timeout'],
    ['abort', sdkError('AbortError'), 'timeout'],
    ['socket ETIMEDOUT', nodeError('ETIMEDOUT'), 'timeout'],
    ['provisioned throughput', sdkError('ProvisionedThroughputExceededException', 400, 'client'), 'throttled'],
    ['ThrottlingException', sdkError('ThrottlingException', 400, 'client'), 'throttled'],
    ['RequestLimitExceeded', sdkError('RequestLimitExceeded', 400, 'client'), 'throttled'],
    ['connection refused', nodeError('ECONNREFUSED'), 'unavailable'],
    ['connection reset', nodeError('ECONNRESET'), 'unavailable'],
    ['DNS failure', nodeError('ENOTFOUND'), 'unavailable'],
    ['500', sdkError('InternalServerError', 500, 'server'), 'unavailable'],
    ['502 unknown', sdkError('UnknownError', 502), 'unavailable'],
    ['validation', sdkError('ValidationException', 400, 'client'), 'rejected'],
    ['table missing', sdkError('ResourceNotFoundException', 400, 'client'), 'rejected'],
    ['access denied', sdkError('AccessDeniedException', 400, 'client'), 'rejected'],
    ['413', sdkError('UnknownError', 413), 'rejected'],
    ['wrapped cause', Object.assign(new Error('fetch failed'), { cause: nodeError('ECONNREFUSED') }), 'unavailable'],
    ['not an error', 'weird', 'unavailable'],
  ])('%s', (_label, error, failure) => {
    expect(classifyFailure(error)).toBe(failure);
  });
});
