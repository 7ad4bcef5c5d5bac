import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface DynamoClientConfig {
  /** AWS region; defaults to 'us-east-1'. */
  region?: string;
  /** A DynamoDB-API server such as local dynalite (`http://127.0.0.1:8000`); unset on AWS. */
  endpoint?: string;
  /** Upper bound for one attempt, from opening the request to the response headers. */
  requestTimeoutMs?: number;
  /** Upper bound for establishing the TCP/TLS connection of one attempt. */
  connectTimeoutMs?: number;
  /** Attempts per call, the first one included. */
  maxAttempts?: number;
}

/**
 * Fail-fast defaults. Alexa gives a turn 8 s; the skill should answer in ~3 s even when DynamoDB hangs.
 * Worst case per call: 2 attempts x 1000 ms + one retry back-off (<= 100 ms, <= 500 ms when throttled) ~ 2.5 s.
 * A healthy DynamoDB answers a Query or Put in single-digit milliseconds, so 1 s is generous.
 */
export const FAIL_FAST_DEFAULTS = {
  region: 'us-east-1',
  requestTimeoutMs: 1000,
  connectTimeoutMs: 400,
  maxAttempts: 2,
} as const;

/** Credentials for a local DynamoDB-API server, which checks only that a signature is present. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/**
 * The one DynamoDB client of the process (create it at cold start and reuse it across turns, so
 * keep-alive connections survive between invocations).
 */
export function createDynamoClient(config: DynamoClientConfig = {}): DynamoDBClient {
  const requestTimeout = config.requestTimeoutMs ?? FAIL_FAST_DEFAULTS.requestTimeoutMs;
  const requestHandler = new NodeHttpHandler({
    connectionTimeout: config.connectTimeoutMs ?? FAIL_FAST_DEFAULTS.connectTimeoutMs,
    requestTimeout,
    // Without this, smithy only logs a warning when requestTimeout passes and the call waits forever.
    throwOnRequestTimeout: true,
    // Also bound a stalled response body, which requestTimeout (headers only) does not cover.
    socketTimeout: requestTimeout,
    // Keep-alive saves a TLS handshake (tens of ms) on every turn of a warm Lambda.
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 50 }),
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 50 }),
  });
  const region = config.region ?? FAIL_FAST_DEFAULTS.region;
  const maxAttempts = config.maxAttempts ?? FAIL_FAST_DEFAULTS.maxAttempts;
  if (config.endpoint !== undefined) {
    return new DynamoDBClient({
      region,
      endpoint: config.endpoint,
      credentials: LOCAL_CREDENTIALS,
      maxAttempts,
      requestHandler,
    });
  }
  // On AWS the default provider chain supplies the Lambda role's credentials.
  return new DynamoDBClient({ region, maxAttempts, requestHandler });
}
