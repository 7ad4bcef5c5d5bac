import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** DynamoDB operations that read, and that write: "one read and at most one write per turn" is asserted with these. */
const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

let counterSerial = 0;

export interface CallCounter {
  /** Calls per operation name ('Query', 'PutItem', ...) since creation or the last reset. */
  counts(): Record<string, number>;
  total(): number;
  /** Query, GetItem, BatchGetItem, Scan. */
  reads(): number;
  /** PutItem, UpdateItem, DeleteItem, BatchWriteItem. */
  writes(): number;
  reset(): void;
  /** Takes the counter off the client. */
  stop(): void;
}

/**
 * Counts the calls made through `client`, one per `send` (SDK retries of the same call are not counted:
 * the middleware sits at the initialize step, before the retry loop).
 */
export function countCalls(client: DynamoDBClient): CallCounter {
  let counts: Record<string, number> = {};
  // A unique name lets stop() remove exactly this counter when several are attached.
  const name = `recovery-coach-call-counter-${++counterSerial}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      counts[operation] = (counts[operation] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', priority: 'high', name },
  );
  const sum = (filter: (operation: string) => boolean): number =>
    Object.entries(counts).reduce((total, [operation, n]) => (filter(operation) ? total + n : total), 0);
  return {
    counts: () => ({ ...counts }),
    total: () => sum(() => true),
    reads: () => sum((operation) => READS.has(operation)),
    writes: () => sum((operation) => WRITES.has(operation)),
    reset: () => {
      counts = {};
    },
    stop: () => {
      client.middlewareStack.remove(name);
    },
  };
}
