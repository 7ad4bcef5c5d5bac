/**
 * The one misbehaving DynamoDB for tests, on 127.0.0.1: an HTTP server speaking the DynamoDB JSON protocol that, per
 * request, forwards to a real local server (dynalite), forwards and then loses the answer, never answers, or answers
 * with one of DynamoDB's documented errors. Plus a port where nothing listens. Nothing here measures time.
 */
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, type DynamoClientConfig } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';

/** DynamoDB's error answers (status, the `__type` it sends, its message). */
export const DYNAMO_ERRORS = {
  throttled: {
    status: 400,
    type: 'ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded.',
  },
  internal: { status: 500, type: 'InternalServerError', message: 'Internal server error' },
} as const;

export type DynamoError = keyof typeof DYNAMO_ERRORS;

export type Behaviour =
  /** To the real server given as `upstream`, answer and all. */
  | 'forward'
  /** To the real server, which applies it; then the connection is cut before the answer: the client never learns. */
  | 'lose-answer'
  /** Read and never answered: the client's timeout ends it. */
  | 'hang'
  /** A 503 from something in front of DynamoDB, not even JSON. */
  | 'html-503'
  | { error: DynamoError };

export interface FaultyDynamo {
  endpoint: string;
  /** The operation of every request received, in order ('PutItem', 'Query', ...), retries included. */
  operations: string[];
  /** The next `count` requests for `operation` behave so (then the default again). */
  next(operation: string, behaviour: Behaviour, count?: number): void;
  /** Forget every `next`. */
  reset(): void;
  close(): Promise<void>;
}

export interface FaultyDynamoOptions {
  /** What every request not planned with `next` gets. */
  behaviour: Behaviour;
  /** The real server to forward to (tests/support/dynamo.ts's endpoint). */
  upstream?: string;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(upstream: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        readBody(answer).then((answerBody) => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: answerBody }), reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function startFaultyDynamo({ behaviour, upstream }: FaultyDynamoOptions): Promise<FaultyDynamo> {
  const target = upstream === undefined ? undefined : new URL(upstream);
  const operations: string[] = [];
  let plans: { operation: string; behaviour: Behaviour; left: number }[] = [];

  const behaviourFor = (operation: string): Behaviour => {
    const plan = plans.find((p) => p.operation === operation && p.left > 0);
    if (!plan) return behaviour;
    plan.left -= 1;
    return plan.behaviour;
  };

  const server = createHttpServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      // The DynamoDB JSON protocol names the operation in a header: 'DynamoDB_20120810.PutItem'.
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      operations.push(operation);
      const chosen = behaviourFor(operation);
      if (chosen === 'hang') return;
      if (chosen === 'html-503') {
        res.writeHead(503, { 'content-type': 'text/html' }).end('<html>Service Unavailable</html>');
        return;
      }
      if (typeof chosen === 'object') {
        const error = DYNAMO_ERRORS[chosen.error];
        res
          .writeHead(error.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-ErrorType': error.type })
          .end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${error.type}`, message: error.message }));
        return;
      }
      if (!target) throw new Error(`'${chosen}' needs an upstream`);
      const answer = await forward(target, req, body);
      if (chosen === 'lose-answer') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers).end(answer.body);
    })().catch(() => req.socket.destroy());
  });
  const endpoint = await listen(server);
  return {
    endpoint,
    operations,
    next: (operation, planned, count = 1) => {
      plans.push({ operation, behaviour: planned, left: count });
    },
    reset: () => {
      plans = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago: connections are refused. */
export async function closedPort(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const probe = createTcpServer();
  const endpoint = await new Promise<string>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(probe.address() as AddressInfo).port}`));
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return { endpoint, close: async () => undefined };
}

/** The production store and client (fail-fast defaults unless overridden) pointed at `endpoint`. */
export function storeAt(
  endpoint: string,
  tableName = 'recovery-coach-history',
  client: Omit<DynamoClientConfig, 'endpoint'> = {},
): { store: DynamoHistoryStore; client: DynamoDBClient } {
  const dynamo = createDynamoClient({ ...client, endpoint });
  return { store: new DynamoHistoryStore({ client: dynamo, tableName }), client: dynamo };
}
