import type { StoreFailure } from './store.js';

const THROTTLING_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED']);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const SERVER_FAULT_NAMES = new Set(['InternalServerError', 'ServiceUnavailable', 'ServiceUnavailableException']);

/**
 * Sorts whatever the SDK (or Node's socket layer) threw into the four failures a handler acts on.
 * Errors are read structurally (name, code, $metadata, $fault) so SDK upgrades that change classes do not matter.
 */
export function classifyFailure(error: unknown, depth = 0): StoreFailure {
  if (typeof error !== 'object' || error === null) return 'unavailable';
  const name = stringField(error, 'name');
  const code = stringField(error, 'code');
  const status = httpStatus(error);

  if (TIMEOUT_NAMES.has(name) || TIMEOUT_CODES.has(code)) return 'timeout';
  if (THROTTLING_NAMES.has(name) || status === 429) return 'throttled';
  if (UNREACHABLE_CODES.has(code) || SERVER_FAULT_NAMES.has(name)) return 'unavailable';
  if (status !== undefined && status >= 500) return 'unavailable';
  if ((status !== undefined && status >= 400) || stringField(error, '$fault') === 'client') return 'rejected';
  if (stringField(error, '$fault') === 'server') return 'unavailable';
  // Node wraps some socket errors (AggregateError, fetch-style `cause`): look one level down.
  const cause = 'cause' in error ? error.cause : undefined;
  if (cause !== undefined && depth < 3) return classifyFailure(cause, depth + 1);
  // No HTTP status and no known code: the request most likely never got an answer.
  return 'unavailable';
}

function stringField(error: object, key: string): string {
  const value: unknown = (error as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

function httpStatus(error: object): number | undefined {
  const metadata: unknown = (error as Record<string, unknown>).$metadata;
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const status: unknown = (metadata as Record<string, unknown>).httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Whether a write that failed this way may still have been applied. A timeout or a lost answer ('timeout',
 * 'unavailable': the request may have reached DynamoDB) leaves the outcome unknown; a throttled or rejected request
 * was refused before anything was written.
 */
export function mayHaveWritten(failure: StoreFailure): boolean {
  return failure === 'timeout' || failure === 'unavailable';
}
