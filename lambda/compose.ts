import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { countCalls, type CallCounter } from './history/call-counter.js';
import { readHistoryConfig } from './history/config.js';
import { createDynamoClient } from './history/dynamo-client.js';
import { DynamoHistoryStore } from './history/dynamo-store.js';
import { readUserKeySecret, USER_KEY_SECRET_ENV } from './history/user-key-secret.js';
import { LOCAL_USER_KEY_SECRET, MIN_USER_KEY_SECRET_LENGTH, userKeyer } from './history/user-key.js';
import { buildSkill, type RecoveryCoachSkill, type SkillConfig } from './skill.js';

export interface ComposedSkill {
  skill: RecoveryCoachSkill;
  client: DynamoDBClient;
  calls: CallCounter;
}

type Env = Readonly<Record<string, string | undefined>>;

/** What a caller may swap: the clock, the settings reader, the log. Never the store, the skill id or the user key. */
export type SkillOverrides = Partial<Omit<SkillConfig, 'store' | 'skillId' | 'userKey'>>;

export interface ComposeOptions {
  /** HMAC secret for user keys. Default: the fixed local secret (npm start, npm run serve, tests). */
  userKeySecret?: string;
  /**
   * With no SKILL_ID, answer requests for any skill id. Only the local console and tests may ask for this; the
   * deployed function (composeDeployedSkill) never does, so a missing SKILL_ID there refuses every request.
   */
  allowAnySkill?: boolean;
}

/** The deployment is missing something the skill must not run without: it refuses every request and says why. */
export class MisconfiguredError extends Error {
  override readonly name = 'MisconfiguredError';
}

/**
 * The skill wired to DynamoDB from the environment (TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION, SKILL_ID): the same
 * path for Lambda, the local console and the HTTP endpoint. Synchronous and without I/O.
 */
export function composeSkill(env: Env = process.env, overrides: SkillOverrides = {}, options: ComposeOptions = {}): ComposedSkill {
  const skillId = nonEmpty(env.SKILL_ID);
  if (skillId === undefined && options.allowAnySkill !== true) {
    throw new MisconfiguredError('SKILL_ID is not set: refusing to answer requests for any skill');
  }
  const config = readHistoryConfig(env);
  const client = createDynamoClient({ region: config.region, ...(config.endpoint ? { endpoint: config.endpoint } : {}) });
  const calls = countCalls(client);
  const store = new DynamoHistoryStore({ client, tableName: config.tableName, retentionDays: config.retentionDays });
  const skill = buildSkill({
    store,
    clock: () => new Date(),
    dynamoCalls: () => calls.total(),
    ...overrides,
    userKey: userKeyer(options.userKeySecret ?? LOCAL_USER_KEY_SECRET),
    ...(skillId !== undefined ? { skillId } : {}),
  });
  return { skill, client, calls };
}

/**
 * The deployed function's composition, run once per container (cold start): SKILL_ID and the user-key secret are
 * required (the stack always sets both), and the secret is read from Secrets Manager here, once. Rejects with a
 * MisconfiguredError saying what is missing; the entry point logs it and refuses to answer.
 */
export async function composeDeployedSkill(env: Env = process.env): Promise<ComposedSkill> {
  if (nonEmpty(env.SKILL_ID) === undefined) {
    throw new MisconfiguredError('SKILL_ID is not set: refusing to answer requests for any skill');
  }
  const secretId = nonEmpty(env[USER_KEY_SECRET_ENV]);
  if (secretId === undefined) {
    throw new MisconfiguredError(`${USER_KEY_SECRET_ENV} is not set: refusing to key runners without the deployment secret`);
  }
  const endpoint = nonEmpty(env.SECRETS_MANAGER_ENDPOINT);
  let secret: string;
  try {
    secret = await readUserKeySecret({ secretId, region: nonEmpty(env.AWS_REGION) ?? 'us-east-1', ...(endpoint ? { endpoint } : {}) });
  } catch (error) {
    throw new MisconfiguredError(`could not read the user-key secret: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  if (secret.length < MIN_USER_KEY_SECRET_LENGTH) {
    throw new MisconfiguredError(`the user-key secret is shorter than ${MIN_USER_KEY_SECRET_LENGTH} characters`);
  }
  return composeSkill(env, {}, { userKeySecret: secret });
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
