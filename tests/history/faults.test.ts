/**
 * The store against servers that misbehave: every method must resolve with the typed failure.
 * Servers listen on 127.0.0.1 only. Nothing here measures time: a hang would fail on vitest's timeout.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { classifyFailure } from '../../lambda/history/failure.js';
import type { HistoryStore, StoreFailure } from '../../lambda/history/store.js';

const USER = 'fault-test-user';
const NOW = Date.UTC(2026, 10, 24, 7) / 1000;

const clients: DynamoDBClient[] = [];
function storeAt(endpoint: string): DynamoHistoryStore {
  // Fail-fast defaults on purpose: these tests prove the defaults bound a hang.
  const client = createDynamoClient({ endpoint });
  clients.push(client);
  return new DynamoHistoryStore({ client, tableName: 'recovery-coach-history' });
}

/** Every method of the store, each expected to resolve (not reject) with `failure`. */
async function expectEveryMethodToFail(store: HistoryStore, failure: StoreFailure): Promise<void> {
  const expected = { ok: false, failure };
  expect(await store.load(USER, NOW)).toEqual(expected);
  expect(await store.saveRun(USER, { date: '2026-11-24', kind: 'easy-run', loggedAt: '2026-11-24T06:00:00Z', requestId: 'r' })).toEqual(expected);
  expect(await store.saveCheckIn(USER, { date: '2026-11-24', legs: 'okay' })).toEqual(expected);
  expect(await store.saveProfile(USER, { distanceUnit: 'km' }, NOW)).toEqual(expected);
  expect(await store.deleteUser(USER)).toEqual(expected);
}

const listen = (server: HttpServer | TcpServer): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
const close = (server: HttpServer | TcpServer): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));

/** An HTTP server that answers every request with a fixed status, headers and body, like DynamoDB's JSON errors. */
function fakeDynamo(status: number, body: string, headers: Record<string, string> = {}): HttpServer {
  return createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
      res.end(body);
    });
  });
}

let hangServer: TcpServer;
let hangEndpoint: string;
const heldSockets = new Set<Socket>();
let hangConnections = 0;
let throttleServer: HttpServer;
let throttleEndpoint: string;
let errorServer: HttpServer;
let errorEndpoint: string;
let unavailableServer: HttpServer;
let unavailableEndpoint: string;
let closedEndpoint: string;

beforeAll(async () => {
  // Accepts connections and never says a word.
  hangServer = createTcpServer((socket) => {
    hangConnections += 1;
    heldSockets.add(socket);
    socket.on('close', () => heldSockets.delete(socket));
    socket.on('error', () => undefined);
  });
  hangEndpoint = await listen(hangServer);

  throttleServer = fakeDynamo(
    400,
    JSON.stringify({
      __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
      message: 'The level of configured provisioned throughput for the table was exceeded.',
    }),
    { 'x-amzn-ErrorType': 'ProvisionedThroughputExceededException' },
  );
  throttleEndpoint = await listen(throttleServer);

  errorServer = fakeDynamo(500, JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'boom' }));
  errorEndpoint = await listen(errorServer);

  // A 503 from something in front of DynamoDB: not even JSON.
  unavailableServer = createHttpServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'text/html' });
    res.end('<html>Service Unavailable</html>');
  });
  unavailableEndpoint = await listen(unavailableServer);

  // A port that was just free: nothing listens there any more.
  const probe = createTcpServer();
  closedEndpoint = await listen(probe);
  await close(probe);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const socket of heldSockets) socket.destroy();
  await Promise.all([close(hangServer), close(throttleServer), close(errorServer), close(unavailableServer)]);
});

describe('store failures', () => {
  it('nothing listening (connection refused) -> unavailable', async () => {
    await expectEveryMethodToFail(storeAt(closedEndpoint), 'unavailable');
  });

  it('a server that accepts and never answers -> timeout', async () => {
    const store = storeAt(hangEndpoint);
    expect(await store.load(USER, NOW)).toEqual({ ok: false, failure: 'timeout' });
    expect(await store.saveRun(USER, { date: '2026-11-24', kind: 'walk', loggedAt: '2026-11-24T06:00:00Z', requestId: 'h' })).toEqual({
      ok: false,
      failure: 'timeout',
    });
    // The hang was real: the requests reached the server.
    expect(hangConnections).toBeGreaterThan(0);
  });

  it('ProvisionedThroughputExceededException -> throttled', async () => {
    await expectEveryMethodToFail(storeAt(throttleEndpoint), 'throttled');
  });

  it('HTTP 500 InternalServerError -> unavailable', async () => {
    await expectEveryMethodToFail(storeAt(errorEndpoint), 'unavailable');
  });

  it('HTTP 503 with a non-JSON body -> unavailable', async () => {
    const store = storeAt(unavailableEndpoint);
    expect(await store.load(USER, NOW)).toEqual({ ok: false, failure: 'unavailable' });
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
