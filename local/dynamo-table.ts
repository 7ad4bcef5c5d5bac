import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
  type TableStatus,
} from '@aws-sdk/client-dynamodb';
import { TABLE_SCHEMA } from '../lambda/history/schema.js';

export interface EnsureTableResult {
  /** True when this call created the table. */
  created: boolean;
  /** 'unsupported' on servers without TTL (dynalite): expired items are then only filtered, never deleted. */
  ttl: 'enabled' | 'unsupported';
}

export interface EnsureTableOptions {
  /** How long to wait for the table to become ACTIVE (AWS takes seconds, dynalite none). */
  maxWaitMs?: number;
}

/**
 * Creates the history table (key schema from schema.ts, on demand) unless it exists, waits until it is
 * ACTIVE and turns TTL on. For local servers and tests; on AWS the CDK stack owns the table. Idempotent.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  { maxWaitMs = 120_000 }: EnsureTableOptions = {},
): Promise<EnsureTableResult> {
  let status = await tableStatus(client, tableName);
  let created = false;
  if (status === undefined) {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: TABLE_SCHEMA.partitionKey, AttributeType: 'S' },
            { AttributeName: TABLE_SCHEMA.sortKey, AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
          ],
        }),
      );
      created = true;
    } catch (error) {
      // Another process created it between our Describe and Create: that is the state we want.
      if (!(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
    }
  }
  await waitUntilActive(client, tableName, maxWaitMs);
  return { created, ttl: await enableTtl(client, tableName) };
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<TableStatus | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus;
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, maxWaitMs: number): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  // Short first polls: dynalite with createTableMs 0 is active at once; AWS in a few seconds.
  for (let delayMs = 25; ; delayMs = Math.min(delayMs * 2, 1000)) {
    if ((await tableStatus(client, tableName)) === 'ACTIVE') return;
    if (Date.now() + delayMs > deadline) {
      throw new Error(`Table ${tableName} did not become ACTIVE within ${maxWaitMs} ms`);
    }
    await sleep(delayMs);
  }
}

async function enableTtl(client: DynamoDBClient, tableName: string): Promise<EnsureTableResult['ttl']> {
  try {
    const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    const status = TimeToLiveDescription?.TimeToLiveStatus;
    // UpdateTimeToLive on an already enabled table is a ValidationException on AWS: ask first.
    if (status === 'ENABLED' || status === 'ENABLING') return 'enabled';
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
      }),
    );
    return 'enabled';
  } catch (error) {
    if (isTtlUnsupported(error)) return 'unsupported';
    throw error;
  }
}

/** dynalite answers UnknownOperationException (HTTP 400) to UpdateTimeToLive; some emulators 404 or 501. */
function isTtlUnsupported(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'UnknownOperationException' || error.name === 'NotImplemented') return true;
  const status: unknown = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode;
  return status === 404 || status === 501;
}
