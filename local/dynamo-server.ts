import { mkdir } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import dynalite from 'dynalite';

export interface LocalDynamoOptions {
  /** Folder for the data (e.g. '.local/dynamo', git-ignored) so history survives restarts; in memory when absent. */
  path?: string;
  /** Port on 127.0.0.1; an ephemeral one when absent. */
  port?: number;
  /**
   * After every deletion, compact the LevelDB files so deleted items are gone from disk, not just hidden behind a
   * tombstone until LevelDB compacts on its own (days, for a quiet console). Default true; false only to show the
   * difference in a test.
   */
  purgeDeletes?: boolean;
}

export interface LocalDynamo {
  /** e.g. 'http://127.0.0.1:53127', for DYNAMODB_ENDPOINT or createDynamoClient({ endpoint }). */
  endpoint: string;
  /** Resolves once every deletion answered so far has been compacted out of the files (at once in memory); rejects if the compaction failed. */
  purged(): Promise<void>;
  close(): Promise<void>;
}

/** An abstract-level iterator: no `return()`, and it stays open (holding a LevelDB snapshot) until closed. */
interface LevelIterator {
  next(): Promise<unknown>;
  close(): Promise<void>;
}

/** The part of dynalite's internal store used here: its LevelDB (classic-level when on disk). */
interface DynaliteStore {
  db: {
    compactRange(start: Buffer, end: Buffer, options: { keyEncoding: 'buffer' }): Promise<void>;
    batch(operations: ({ type: 'put'; key: string; value: number } | { type: 'del'; key: string })[]): Promise<void>;
    keys(options?: object): LevelIterator;
    values(options?: object): LevelIterator;
    createKeyStream(options?: object): Readable;
    createValueStream(options?: object): Readable;
  };
}
interface DynaliteDbModule {
  create(options: object): DynaliteStore;
}

/** DynamoDB operations that remove items (the store deletes with BatchWriteItem). */
const DELETING = /\.(BatchWriteItem|DeleteItem|DeleteTable)$/;
/** Every key dynalite writes is UTF-8 text, so it sorts below 0xFF bytes: [empty, 0xFF...] is the whole database. */
const ALL_KEYS: [Buffer, Buffer] = [Buffer.alloc(0), Buffer.alloc(16, 0xff)];
/** Keys below and above any dynalite key (no dynalite prefix, so dynalite never reads them). */
const SENTINELS = ['\u0000recovery-coach-purge', '\u{10FFFF}recovery-coach-purge'] as const;

const require = createRequire(import.meta.url);

/**
 * dynalite keeps its LevelDB handle to itself. Its db module's `create` is called once per dynalite(): wrap it for that
 * one call to keep the store it returns. Fails loudly if a dynalite upgrade changes this, rather than stop purging.
 */
function dynaliteWithStore(options: Parameters<typeof dynalite>[0]): { server: Server; store: DynaliteStore } {
  const db = require('dynalite/db') as DynaliteDbModule;
  const create = db.create;
  let store: DynaliteStore | undefined;
  db.create = (opts) => (store = create(opts));
  let server: Server;
  try {
    server = dynalite(options);
  } finally {
    db.create = create;
  }
  const expected = ['compactRange', 'batch', 'keys', 'values', 'createKeyStream', 'createValueStream'] as const;
  if (store === undefined || expected.some((name) => typeof store?.db?.[name] !== 'function')) {
    throw new Error('dynalite no longer exposes its LevelDB as expected: local deletions could not be purged from disk');
  }
  closeIteratorsAtEnd(store);
  return { server, store };
}

/** A stream over `iterator` that closes it at the end (and when destroyed). */
function closingStream(iterator: LevelIterator): Readable {
  return new Readable({
    objectMode: true,
    read() {
      iterator.next().then(
        (value) => {
          if (value !== undefined) this.push(value);
          else iterator.close().then(() => this.push(null), (error: Error) => this.destroy(error));
        },
        (error: Error) => this.destroy(error),
      );
    },
    destroy(error, callback) {
      iterator.close().then(() => callback(error), () => callback(error));
    },
  });
}

/**
 * dynalite 4's streams close their iterator only through `iterator.return()`, which abstract-level 3 iterators do not
 * have: every Query and Scan leaves a LevelDB iterator open, and its snapshot keeps every item deleted after it in
 * the files, whatever is compacted. Its own two stream makers, replaced by ones that close their iterator.
 */
function closeIteratorsAtEnd(store: DynaliteStore): void {
  const db = store.db;
  db.createKeyStream = (options) => closingStream(db.keys(options));
  db.createValueStream = (options) => closingStream(db.values(options));
}

/** Compactions one after the other; a deletion during one queues exactly one more. */
function purger(store: DynaliteStore): { schedule(): void; purged(): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  // LevelDB's CompactRange flushes the memtable, then compacts each level into the next *down to* the deepest level
  // that has files, never that level itself. A small database's first flush lands at that deepest level with the
  // deleted items and their tombstones side by side, untouched. So: flush; then two sentinel keys spanning every key
  // make the next flush one file that overlaps everything, and the second CompactRange merges all of it down, where
  // a tombstone and what it deleted are both dropped. The sentinels are deleted again (tombstones with no data).
  const run = async (): Promise<void> => {
    do {
      again = false;
      await store.db.compactRange(...ALL_KEYS, { keyEncoding: 'buffer' });
      await store.db.batch(SENTINELS.map((key) => ({ type: 'put' as const, key, value: 0 })));
      await store.db.compactRange(...ALL_KEYS, { keyEncoding: 'buffer' });
      await store.db.batch(SENTINELS.map((key) => ({ type: 'del' as const, key })));
    } while (again);
  };
  return {
    schedule() {
      if (running) {
        again = true;
        return;
      }
      const current = run().finally(() => {
        if (running === current) running = undefined;
      });
      // Handled here so a failed compaction never crashes the console; purged() still reports it.
      current.catch(() => undefined);
      running = current;
    },
    purged: () => running ?? Promise.resolve(),
  };
}

/**
 * Starts dynalite in this process: a DynamoDB-API server for `npm start` and tests (no TTL, no transactions). On disk,
 * deleted items are compacted out of the LevelDB files after every deletion (see purgeDeletes).
 */
export async function startLocalDynamo({ path, port = 0, purgeDeletes = true }: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  // LevelDB creates its own folder but not the parents.
  if (path !== undefined) await mkdir(path, { recursive: true });
  // Zero delays: tables are usable as soon as they are created, so set-up does not wait.
  const options = { ...(path !== undefined ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
  let server: Server;
  let purge: ReturnType<typeof purger> | undefined;
  if (path !== undefined && purgeDeletes) {
    const started = dynaliteWithStore(options);
    server = started.server;
    const p = purger(started.store);
    purge = p;
    // When dynalite answers a deletion (it is in LevelDB by then), compact it out of the files. Scheduled as the
    // answer is sent, not on 'finish', so a client that has its answer always finds the purge under way.
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (!DELETING.test(String(req.headers['x-amz-target'] ?? ''))) return;
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        p.schedule();
        return end(...args);
      }) as ServerResponse['end'];
    });
  } else {
    server = dynalite(options);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the local server has no authentication.
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${boundPort}`,
    purged: () => purge?.purged() ?? Promise.resolve(),
    close: async () => {
      await purge?.purged().catch(() => undefined);
      await new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of clients that were not destroyed would otherwise hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}
