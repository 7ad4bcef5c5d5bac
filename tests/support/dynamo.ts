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
import { QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { countCalls, type CallCounter } from '../../lambda/history/call-counter.js';
import { createDynamoClient } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { TABLE_SCHEMA } from '../../lambda/history/schema.js';
import { ensureTable } from '../../local/dynamo-table.js';
import { startLocalDynamo } from '../../local/dynamo-server.js';

export interface TestDynamo {
  store: DynamoHistoryStore;
  /** The client the store uses: for raw reads/writes in assertions. */
  client: DynamoDBClient;
  counter: CallCounter;
  tableName: string;
  endpoint: string;
  /** Every item under `userKey`, raw (no expiry filter, nothing parsed, every page): what is really in the table. */
  items(userKey: string): Promise<Item[]>;
  /** Destroys the client and stops the server. */
  close(): Promise<void>;
}

export type Item = Record<string, AttributeValue>;

/** Every item under `userKey` in `tableName`, raw: a Query of all pages, consistent, with no filter. */
export async function rawItemsOf(client: DynamoDBClient, tableName: string, userKey: string): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  for (let page = 0; page < 100; page += 1) {
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_SCHEMA.partitionKey },
        ExpressionAttributeValues: { ':pk': { S: userKey } },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
    if (!startKey) return items;
  }
  throw new Error('more than 100 pages of items');
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
    items: (userKey) => rawItemsOf(client, tableName, userKey),
    close: async () => {
      client.destroy();
      await server.close();
    },
  };
}
