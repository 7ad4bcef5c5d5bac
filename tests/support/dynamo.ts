/**
 * A real DynamoDB-API server for tests: dynalite in memory on an ephemeral 127.0.0.1 port, with a fresh,
 * uniquely named history table. Start it once per test file:
 *
 *   let dynamo: TestDynamo;
 *   beforeAll(async () => { dynamo = await startTestDynamo(); });
 *   afterAll(() => dynamo.close());
 *   beforeEach(() => dynamo.counter.reset());
 *   ...expect(dynamo.counter.reads()).toBe(1);
 *
 * `counter` counts calls made after set-up (table creation is not counted).
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { countCalls, type CallCounter } from '../../lambda/history/call-counter.js';
import { createDynamoClient } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { ensureTable } from '../../local/dynamo-table.js';
import { startLocalDynamo } from '../../local/dynamo-server.js';

export interface TestDynamo {
  store: DynamoHistoryStore;
  /** The client the store uses: for raw reads/writes in assertions. */
  client: DynamoDBClient;
  counter: CallCounter;
  tableName: string;
  endpoint: string;
  /** Destroys the client and stops the server. */
  close(): Promise<void>;
}

export interface TestDynamoOptions {
  retentionDays?: number;
}

export async function startTestDynamo({ retentionDays }: TestDynamoOptions = {}): Promise<TestDynamo> {
  const server = await startLocalDynamo();
  const client = createDynamoClient({ endpoint: server.endpoint });
  const tableName = `history-test-${randomUUID().slice(0, 8)}`;
  try {
    await ensureTable(client, tableName);
  } catch (error) {
    client.destroy();
    await server.close();
    throw error;
  }
  const store = new DynamoHistoryStore({ client, tableName, ...(retentionDays !== undefined ? { retentionDays } : {}) });
  return {
    store,
    client,
    counter: countCalls(client),
    tableName,
    endpoint: server.endpoint,
    close: async () => {
      client.destroy();
      await server.close();
    },
  };
}
