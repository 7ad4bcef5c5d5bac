import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** The environment variable the stack sets to the secret's ARN, and compose.ts reads. */
export const USER_KEY_SECRET_ENV = 'USER_KEY_SECRET_ARN';

export interface UserKeySecretSource {
  /** ARN (or name) of the Secrets Manager secret the stack generated (env USER_KEY_SECRET_ARN). */
  secretId: string;
  region: string;
  /** A local Secrets Manager-API stand-in (tests); unset on AWS. */
  endpoint?: string;
}

/**
 * One GetSecretValue, at cold start. Bounded like the store's calls: a cold start must still answer well inside
 * Alexa's 8 s, so a Secrets Manager that hangs costs at most ~2.5 s and then the turn fails (and the next one retries).
 */
export async function readUserKeySecret({ secretId, region, endpoint }: UserKeySecretSource): Promise<string> {
  const requestHandler = new NodeHttpHandler({
    connectionTimeout: 400,
    requestTimeout: 1000,
    throwOnRequestTimeout: true,
    socketTimeout: 1000,
    httpsAgent: new HttpsAgent({ keepAlive: false }),
    httpAgent: new HttpAgent({ keepAlive: false }),
  });
  const client = new SecretsManagerClient({
    region,
    maxAttempts: 2,
    requestHandler,
    // A local stand-in checks no signature; on AWS the Lambda role's credentials come from the default chain.
    ...(endpoint !== undefined ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (typeof SecretString !== 'string' || SecretString === '') {
      throw new Error(`secret ${secretId} has no SecretString`);
    }
    return SecretString;
  } finally {
    client.destroy();
  }
}
