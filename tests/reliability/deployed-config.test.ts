/**
 * The deployed composition fails closed: without SKILL_ID, without the user-key secret's ARN, or when the secret
 * cannot be read, it refuses (a MisconfiguredError naming what is missing) instead of answering any skill or keying
 * runners with the public local secret. With both, runners are keyed by HMAC-SHA256 under the deployment's secret.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDeployedSkill, composeSkill, MisconfiguredError } from '../../lambda/compose.js';
import { intentRequest, resolvedSlot, TEST_SKILL_ID } from '../support/envelopes.js';
import { startTestDynamo, type TestDynamo } from '../support/dynamo.js';
import { startSecretsManager, type SecretsManagerStandIn } from '../support/secrets-manager.js';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:RecoveryCoachUserKey-AbCdEf';
const SHORT_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:short-AbCdEf';
const SECRET = 'deployment-secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const USER = 'amzn1.ask.account.deployed-runner';
/** HMAC-SHA256(SECRET, USER), base64url, computed once outside the code under test. */
const KEY_UNDER_SECRET = '6dRqK-7cAUicl0tSZHCy6Stm-CqQMG9SOZs2fuYYM8Q';
/** The same user under the public local secret, and the old unsalted SHA-256: neither may appear. */
const KEY_UNDER_LOCAL_SECRET = 'FWicqOfUKajZpm4ps52q39VznBiXMeFX43nUgDWyqUs';
const PLAIN_SHA256 = 'uWfYjB2IH8HGFByCR8i_uLa6PLOc--_19zF0eqGeldI';

let dynamo: TestDynamo;
let secrets: SecretsManagerStandIn;
let env: Record<string, string>;

beforeAll(async () => {
  [dynamo, secrets] = await Promise.all([startTestDynamo(), startSecretsManager({ [SECRET_ARN]: SECRET, [SHORT_ARN]: 'too-short' })]);
  env = {
    AWS_LAMBDA_FUNCTION_NAME: 'recovery-coach-test',
    AWS_REGION: 'eu-west-1',
    TABLE_NAME: dynamo.tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SKILL_ID: TEST_SKILL_ID,
    USER_KEY_SECRET_ARN: SECRET_ARN,
    SECRETS_MANAGER_ENDPOINT: secrets.endpoint,
  };
});
afterAll(async () => {
  await Promise.all([dynamo.close(), secrets.close()]);
});

const without = (name: string): Record<string, string> => Object.fromEntries(Object.entries(env).filter(([k]) => k !== name));

describe('fail closed', () => {
  it('refuses without SKILL_ID (blank counts as missing), before reading any secret', async () => {
    const before = secrets.reads.length;
    await expect(composeDeployedSkill(without('SKILL_ID'))).rejects.toThrow(new MisconfiguredError('SKILL_ID is not set: refusing to answer requests for any skill'));
    await expect(composeDeployedSkill({ ...env, SKILL_ID: '  ' })).rejects.toBeInstanceOf(MisconfiguredError);
    expect(secrets.reads.length).toBe(before);
  });

  it('refuses without the secret ARN, with an unknown secret, and with a secret too short to be the generated one', async () => {
    await expect(composeDeployedSkill(without('USER_KEY_SECRET_ARN'))).rejects.toThrow(/USER_KEY_SECRET_ARN is not set/);
    await expect(composeDeployedSkill({ ...env, USER_KEY_SECRET_ARN: `${SECRET_ARN}-gone` })).rejects.toThrow(
      /could not read the user-key secret: ResourceNotFoundException/,
    );
    await expect(composeDeployedSkill({ ...env, USER_KEY_SECRET_ARN: SHORT_ARN })).rejects.toThrow(/shorter than 32 characters/);
  });

  it('refuses when Secrets Manager cannot be reached', async () => {
    await expect(composeDeployedSkill({ ...env, SECRETS_MANAGER_ENDPOINT: 'http://127.0.0.1:9' })).rejects.toBeInstanceOf(MisconfiguredError);
  });

  it('the synchronous composition refuses a missing SKILL_ID too, unless the caller opts out (console, tests)', () => {
    expect(() => composeSkill(without('SKILL_ID'))).toThrow(MisconfiguredError);
    const local = composeSkill(without('SKILL_ID'), {}, { allowAnySkill: true });
    local.client.destroy();
  });
});

describe('keyed by the deployment secret', () => {
  it('stores the runner under HMAC-SHA256(secret, userId): not the raw id, not the local secret, not a plain hash', async () => {
    const composed = await composeDeployedSkill(env);
    try {
      const response = await composed.skill.invoke(intentRequest('ExperienceIntent', [resolvedSlot('experience', "I'm new to running", 'new')], { userId: USER }));
      expect(response.response.outputSpeech).toBeDefined();
      const { Items = [] } = await dynamo.client.send(new ScanCommand({ TableName: dynamo.tableName }));
      const keys = Items.map((item) => item.pk?.S);
      expect(keys).toEqual([KEY_UNDER_SECRET]);
      const table = JSON.stringify(Items);
      for (const leak of [USER, KEY_UNDER_LOCAL_SECRET, PLAIN_SHA256]) expect(table).not.toContain(leak);
    } finally {
      composed.client.destroy();
    }
  });

  it('reads the secret with one GetSecretValue per composition', async () => {
    const before = secrets.reads.length;
    const composed = await composeDeployedSkill(env);
    composed.client.destroy();
    expect(secrets.reads.slice(before)).toEqual([SECRET_ARN]);
  });
});
