import { describe, expect, it } from 'vitest';
import { LOCAL_TABLE_NAME, readHistoryConfig } from '../../lambda/history/config.js';
import { createDynamoClient, FAIL_FAST_DEFAULTS } from '../../lambda/history/dynamo-client.js';

describe('readHistoryConfig', () => {
  it('has local defaults', () => {
    expect(readHistoryConfig({})).toEqual({
      tableName: LOCAL_TABLE_NAME,
      region: 'us-east-1',
      retentionDays: 28,
    });
    expect(LOCAL_TABLE_NAME).toBe('recovery-coach-history');
  });

  it('reads every variable', () => {
    expect(
      readHistoryConfig({
        TABLE_NAME: 'prod-history',
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        AWS_REGION: 'eu-west-1',
        HISTORY_RETENTION_DAYS: '42',
      }),
    ).toEqual({ tableName: 'prod-history', endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1', retentionDays: 42 });
  });

  it('treats empty values as unset', () => {
    expect(readHistoryConfig({ TABLE_NAME: ' ', DYNAMODB_ENDPOINT: '', HISTORY_RETENTION_DAYS: '' })).toEqual(readHistoryConfig({}));
  });

  it('requires TABLE_NAME in Lambda', () => {
    expect(() => readHistoryConfig({ AWS_LAMBDA_FUNCTION_NAME: 'recovery-coach' })).toThrow(/TABLE_NAME/);
    expect(readHistoryConfig({ AWS_LAMBDA_FUNCTION_NAME: 'recovery-coach', TABLE_NAME: 't' }).tableName).toBe('t');
  });

  it.each(['0', '-3', '2.5', 'four weeks'])('rejects HISTORY_RETENTION_DAYS=%s', (days) => {
    expect(() => readHistoryConfig({ HISTORY_RETENTION_DAYS: days })).toThrow(/HISTORY_RETENTION_DAYS/);
  });
});

// The timeouts are proven by behaviour in faults.test.ts (a hanging server ends in 'timeout').
describe('createDynamoClient', () => {
  it('uses the default region and attempts, and dummy credentials for a local endpoint', async () => {
    const client = createDynamoClient({ endpoint: 'http://127.0.0.1:9' });
    try {
      expect(await client.config.region()).toBe('us-east-1');
      expect(await client.config.maxAttempts()).toBe(FAIL_FAST_DEFAULTS.maxAttempts);
      expect(await client.config.credentials()).toMatchObject({ accessKeyId: 'local', secretAccessKey: 'local' });
    } finally {
      client.destroy();
    }
  });

  it('takes the given region and attempts, and no endpoint when none is given', async () => {
    const client = createDynamoClient({ region: 'eu-west-1', requestTimeoutMs: 700, connectTimeoutMs: 200, maxAttempts: 3 });
    try {
      expect(await client.config.region()).toBe('eu-west-1');
      expect(await client.config.maxAttempts()).toBe(3);
      expect(client.config.endpoint).toBeUndefined();
    } finally {
      client.destroy();
    }
  });
});
