import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface LocalDynamoOptions {
  /** Folder for the data (e.g. '.local/dynamo', git-ignored) so history survives restarts; in memory when absent. */
  path?: string;
  /** Port on 127.0.0.1; an ephemeral one when absent. */
  port?: number;
}

export interface LocalDynamo {
  /** e.g. 'http://127.0.0.1:53127', for DYNAMODB_ENDPOINT or createDynamoClient({ endpoint }). */
  endpoint: string;
  close(): Promise<void>;
}

/** Starts dynalite in this process: a DynamoDB-API server for `npm start` and tests (no TTL, no transactions). */
export async function startLocalDynamo({ path, port = 0 }: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  // LevelDB creates its own folder but not the parents.
  if (path !== undefined) await mkdir(path, { recursive: true });
  // Zero delays: tables are usable as soon as they are created, so set-up does not wait.
  const server = dynalite({
    ...(path !== undefined ? { path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of clients that were not destroyed would otherwise hold close() open.
        server.closeIdleConnections();
      }),
  };
}
