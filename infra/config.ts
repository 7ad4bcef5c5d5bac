/**
 * Reads the deploy-time choices from CDK context (`-c key=value` or cdk.json) into typed stack props.
 * Context values from the command line are always strings, so every reader accepts both forms.
 */
import type { Node } from 'constructs';
import type { RecoveryCoachStackProps } from './stack.js';

export const CONTEXT_KEYS = {
  /** The Alexa skill id: locks the Lambda trigger to this one skill. */
  skillId: 'skillId',
  /** Subscribes this address to the alarm topic. */
  alarmEmail: 'alarmEmail',
  /** `false` leaves the AWS SDK v3 to the Lambda runtime (for the bundle-size/cold-start benchmark). */
  bundleAwsSdk: 'bundleAwsSdk',
  /** Function memory in MB. */
  memorySizeMb: 'memorySizeMb',
  /** Amazon developer vendor id: with `lwaSecretName`, deploys the skill package as Alexa::ASK::Skill. */
  vendorId: 'vendorId',
  /** Secrets Manager secret (JSON: clientId, clientSecret, refreshToken) of a Login-with-Amazon profile. */
  lwaSecretName: 'lwaSecretName',
  /** https base URL where infra/public/*.html are already published: the stack then does not publish them. */
  publicPagesUrl: 'publicPagesUrl',
} as const;

const SKILL_ID = /^amzn1\.ask\.skill\.[A-Za-z0-9-]+$/;

function stringContext(node: Node, key: string): string | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw new Error(`Context "${key}" must be a string, got ${typeof raw}`);
  const value = raw.trim();
  return value === '' ? undefined : value;
}

function booleanContext(node: Node, key: string): boolean | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw new Error(`Context "${key}" must be true or false, got ${JSON.stringify(raw)}`);
}

function integerContext(node: Node, key: string, min: number, max: number): number | undefined {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Context "${key}" must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Throws on values that would deploy something wrong (a function ARN passed as skill id, half a skill package). */
export function stackPropsFromContext(node: Node): RecoveryCoachStackProps {
  const skillId = stringContext(node, CONTEXT_KEYS.skillId);
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    throw new Error(`Context "skillId" must look like amzn1.ask.skill.<id>, got "${skillId}"`);
  }
  const alarmEmail = stringContext(node, CONTEXT_KEYS.alarmEmail);
  if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+$/.test(alarmEmail)) {
    throw new Error(`Context "alarmEmail" is not an e-mail address: "${alarmEmail}"`);
  }
  const vendorId = stringContext(node, CONTEXT_KEYS.vendorId);
  const lwaSecretName = stringContext(node, CONTEXT_KEYS.lwaSecretName);
  if ((vendorId === undefined) !== (lwaSecretName === undefined)) {
    throw new Error('Context "vendorId" and "lwaSecretName" go together: give both to deploy the skill package, or neither');
  }
  const publicPagesUrl = stringContext(node, CONTEXT_KEYS.publicPagesUrl);
  if (publicPagesUrl !== undefined && !isHttpsUrl(publicPagesUrl)) {
    throw new Error(`Context "publicPagesUrl" must be an https:// URL (Alexa shows it to customers), got "${publicPagesUrl}"`);
  }
  const bundleAwsSdk = booleanContext(node, CONTEXT_KEYS.bundleAwsSdk);
  // Lambda's own limits.
  const memorySizeMb = integerContext(node, CONTEXT_KEYS.memorySizeMb, 128, 10_240);

  return {
    ...(skillId !== undefined && { skillId }),
    ...(alarmEmail !== undefined && { alarmEmail }),
    ...(bundleAwsSdk !== undefined && { bundleAwsSdk }),
    ...(memorySizeMb !== undefined && { memorySizeMb }),
    ...(vendorId !== undefined && lwaSecretName !== undefined && { skillPackage: { vendorId, lwaSecretName } }),
    ...(publicPagesUrl !== undefined && { publicPagesUrl }),
  };
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}
