import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { countCalls, type CallCounter } from './history/call-counter.js';
import { readHistoryConfig } from './history/config.js';
import { createDynamoClient } from './history/dynamo-client.js';
import { DynamoHistoryStore } from './history/dynamo-store.js';
import { buildSkill, type RecoveryCoachSkill, type SkillConfig } from './skill.js';

export interface ComposedSkill {
  skill: RecoveryCoachSkill;
  client: DynamoDBClient;
  calls: CallCounter;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The skill wired to DynamoDB from the environment (TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION, SKILL_ID):
 * the same path for Lambda, the local console and the HTTP endpoint. `overrides` lets a caller swap the
 * clock or the settings reader, never the store.
 */
export function composeSkill(env: Env = process.env, overrides: Partial<Omit<SkillConfig, 'store'>> = {}): ComposedSkill {
  const config = readHistoryConfig(env);
  const client = createDynamoClient({ region: config.region, ...(config.endpoint ? { endpoint: config.endpoint } : {}) });
  const calls = countCalls(client);
  const store = new DynamoHistoryStore({ client, tableName: config.tableName, retentionDays: config.retentionDays });
  const skillId = env.SKILL_ID?.trim();
  const skill = buildSkill({
    store,
    clock: () => new Date(),
    dynamoCalls: () => calls.total(),
    ...(skillId ? { skillId } : {}),
    ...overrides,
  });
  return { skill, client, calls };
}
