import { DEFAULT_RETENTION_DAYS } from './schema.js';

export const LOCAL_TABLE_NAME = 'recovery-coach-history';

export interface HistoryConfig {
  tableName: string;
  /** Set only for a local DynamoDB-API server. */
  endpoint?: string;
  region: string;
  retentionDays: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the history settings from the environment. Throws on a missing or malformed value, so a
 * misconfigured Lambda fails at cold start instead of answering every turn without history.
 */
export function readHistoryConfig(env: Env = process.env): HistoryConfig {
  const inLambda = nonEmpty(env.AWS_LAMBDA_FUNCTION_NAME) !== undefined;
  const tableName = nonEmpty(env.TABLE_NAME);
  if (tableName === undefined && inLambda) {
    throw new Error('TABLE_NAME must be set in the Lambda environment');
  }
  const endpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  return {
    tableName: tableName ?? LOCAL_TABLE_NAME,
    ...(endpoint !== undefined ? { endpoint } : {}),
    region: nonEmpty(env.AWS_REGION) ?? 'us-east-1',
    retentionDays: parseRetentionDays(env.HISTORY_RETENTION_DAYS),
  };
}

function parseRetentionDays(raw: string | undefined): number {
  const text = nonEmpty(raw);
  if (text === undefined) return DEFAULT_RETENTION_DAYS;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`HISTORY_RETENTION_DAYS must be a positive whole number of days, got "${text}"`);
  }
  return days;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
