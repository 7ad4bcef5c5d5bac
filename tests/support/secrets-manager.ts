/**
 * A stand-in for AWS Secrets Manager on loopback, speaking its JSON API for the one call the skill makes:
 * POST / with `X-Amz-Target: secretsmanager.GetSecretValue` and `{"SecretId": ...}`, answered with the secret's
 * SecretString, or ResourceNotFoundException (HTTP 400) as the real service does for an unknown id.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SecretsManagerStandIn {
  endpoint: string;
  /** The SecretId of every GetSecretValue received, in order. */
  reads: string[];
  close(): Promise<void>;
}

export async function startSecretsManager(secrets: Readonly<Record<string, string>>): Promise<SecretsManagerStandIn> {
  const reads: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const reply = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(payload));
      };
      // The SDK signs every call (SigV4); an unsigned one would be refused by AWS too.
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
        return reply(400, { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
      }
      if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'secretsmanager.GetSecretValue') {
        return reply(400, { __type: 'UnknownOperationException', message: 'only GetSecretValue is served here' });
      }
      const secretId = String((JSON.parse(body || '{}') as { SecretId?: unknown }).SecretId ?? '');
      reads.push(secretId);
      const value = secrets[secretId];
      if (value === undefined) {
        return reply(400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      }
      reply(200, { ARN: secretId, Name: secretId.split(':').pop(), VersionId: 'v1', VersionStages: ['AWSCURRENT'], SecretString: value, CreatedDate: 1_780_000_000 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
