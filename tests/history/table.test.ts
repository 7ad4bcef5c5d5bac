import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCalls } from '../../lambda/history/call-counter.js';
import { createDynamoClient } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { TABLE_SCHEMA } from '../../lambda/history/schema.js';
import { ensureTable } from '../../local/dynamo-table.js';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamo-server.js';

let server: LocalDynamo;
let client: DynamoDBClient;

beforeAll(async () => {
  server = await startLocalDynamo();
  client = createDynamoClient({ endpoint: server.endpoint });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

describe('ensureTable', () => {
  it('creates the table with the key schema from schema.ts, on demand, and tolerates missing TTL support', async () => {
    expect(await ensureTable(client, 'ensure-once')).toEqual({ created: true, ttl: 'unsupported' });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'ensure-once' }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
    ]);
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('is idempotent', async () => {
    await ensureTable(client, 'ensure-twice');
    expect(await ensureTable(client, 'ensure-twice')).toEqual({ created: false, ttl: 'unsupported' });
  });

  it('survives two concurrent set-ups of the same table', async () => {
    const results = await Promise.all([ensureTable(client, 'ensure-race'), ensureTable(client, 'ensure-race')]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });
});

describe('countCalls', () => {
  it('counts calls per operation, resets, and stops counting when stopped', async () => {
    const counted = createDynamoClient({ endpoint: server.endpoint });
    try {
      const counter = countCalls(counted);
      await counted.send(new DescribeTableCommand({ TableName: 'ensure-once' }));
      await counted.send(new DescribeTableCommand({ TableName: 'ensure-once' }));
      const store = new DynamoHistoryStore({ client: counted, tableName: 'ensure-once' });
      await store.load('u', 0);
      expect(counter.counts()).toEqual({ DescribeTable: 2, Query: 1 });
      expect([counter.total(), counter.reads(), counter.writes()]).toEqual([3, 1, 0]);
      counter.reset();
      expect(counter.total()).toBe(0);
      await store.saveProfile('u', {}, Date.UTC(2026, 10, 24) / 1000);
      expect([counter.reads(), counter.writes()]).toEqual([0, 1]);
      counter.stop();
      await store.load('u', 0);
      expect(counter.total()).toBe(1);
    } finally {
      counted.destroy();
    }
  });
});

describe('startLocalDynamo on disk', () => {
  it('keeps the history across a restart on the same folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'recovery-coach-dynamo-'));
    try {
      const path = join(folder, 'nested', 'dynamo');
      const first = await startLocalDynamo({ path });
      const firstClient = createDynamoClient({ endpoint: first.endpoint });
      await ensureTable(firstClient, 'persisted');
      const firstStore = new DynamoHistoryStore({ client: firstClient, tableName: 'persisted' });
      expect((await firstStore.saveProfile('runner', { newRunner: true }, Date.UTC(2026, 10, 24) / 1000)).ok).toBe(true);
      firstClient.destroy();
      await first.close();

      const second = await startLocalDynamo({ path });
      const secondClient = createDynamoClient({ endpoint: second.endpoint });
      try {
        expect(await ensureTable(secondClient, 'persisted')).toMatchObject({ created: false });
        const secondStore = new DynamoHistoryStore({ client: secondClient, tableName: 'persisted' });
        const loaded = await secondStore.load('runner', 0);
        expect(loaded.ok && loaded.value.profile).toEqual({ newRunner: true });
      } finally {
        secondClient.destroy();
        await second.close();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('listens on 127.0.0.1 with an ephemeral port by default', () => {
    expect(server.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.endpoint).not.toMatch(/:0$/);
  });
});
