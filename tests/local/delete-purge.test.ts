/**
 * Locally, "delete my data" must leave nothing readable in the LevelDB files under the data folder. LevelDB deletes
 * by writing a tombstone: the check-ins stay in the log and table files until a compaction, which a quiet console may
 * not reach for days. The local server compacts after every deletion; these tests read the raw files to prove it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../../lambda/history/dynamo-store.js';
import { ensureTable } from '../../local/dynamo-table.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startBackend } from '../../local/backend.js';
import { startLocalDynamo, type LocalDynamo } from '../../local/dynamo-server.js';
import { intentRequest, resolvedSlot, spoken, TEST_SKILL_ID } from '../support/envelopes.js';

const NOW_S = Date.UTC(2026, 10, 24, 20) / 1000;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rc-purge-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** How many of the folder's files contain `text` (the LevelDB log, table and manifest files, read as bytes). */
function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .filter((name) => readFileSync(path.join(dir, name)).includes(needle));
}

async function storeOn(server: LocalDynamo): Promise<{ store: DynamoHistoryStore; destroy(): void }> {
  const client = createDynamoClient({ endpoint: server.endpoint });
  await ensureTable(client, 'history');
  return { store: new DynamoHistoryStore({ client, tableName: 'history' }), destroy: () => client.destroy() };
}

/** Three weeks of check-ins and a profile: what a real runner leaves behind. */
async function seed(store: DynamoHistoryStore, key: string): Promise<void> {
  for (let day = 1; day <= 21; day += 1) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    expect((await store.saveCheckIn(key, { date, legs: 'heavy', sleptBadly: true })).ok).toBe(true);
  }
  expect((await store.saveProfile(key, { newRunner: true }, NOW_S)).ok).toBe(true);
}

describe('deleted check-ins on disk', () => {
  it('without the purge, a deleted runner is still readable in the files (the problem)', async () => {
    const dir = path.join(root, 'no-purge');
    const server = await startLocalDynamo({ path: dir, purgeDeletes: false });
    const { store, destroy } = await storeOn(server);
    try {
      const leaving = userKeyFor('amzn1.ask.account.leaving-unpurged');
      await seed(store, leaving);
      expect((await store.deleteUser(leaving)).ok).toBe(true);
      expect((await store.load(leaving, NOW_S)).ok && (await store.load(leaving, NOW_S))).toMatchObject({ value: { checkIns: [] } });
      expect(filesContaining(dir, leaving).length).toBeGreaterThan(0);
    } finally {
      destroy();
      await server.close();
    }
  });

  it('with it, nothing of the deleted runner is left in any file, and the runner who stays is still there', async () => {
    const dir = path.join(root, 'purge');
    const server = await startLocalDynamo({ path: dir });
    const { store, destroy } = await storeOn(server);
    try {
      const leaving = userKeyFor('amzn1.ask.account.leaving');
      const staying = userKeyFor('amzn1.ask.account.staying');
      await seed(store, leaving);
      await seed(store, staying);
      expect(filesContaining(dir, leaving).length).toBeGreaterThan(0);
      expect((await store.deleteUser(leaving)).ok).toBe(true);
      await server.purged();
      expect(filesContaining(dir, leaving)).toEqual([]);
      // The control: the same search finds the runner who stayed, now in the compacted table files.
      expect(filesContaining(dir, staying).some((name) => name.endsWith('.ldb'))).toBe(true);
      const kept = await store.load(staying, NOW_S);
      expect(kept.ok && kept.value.checkIns).toHaveLength(21);
    } finally {
      destroy();
      await server.close();
    }
  });

  it('"delete my data" said to the skill on npm start\'s backend leaves nothing in the data folder', async () => {
    const dir = path.join(root, 'backend');
    const backend = await startBackend({ dataDir: dir, env: { SKILL_ID: TEST_SKILL_ID }, overrides: { clock: () => new Date('2026-11-24T07:30:00Z'), log: () => undefined } });
    try {
      const userId = 'amzn1.ask.account.console-runner';
      const checkIn = await backend.skill.invoke(
        intentRequest('CheckInIntent', [
          resolvedSlot('legs', 'heavy', 'heavy'),
          resolvedSlot('sleep', 'badly', 'bad'),
          resolvedSlot('feeling', 'fine', 'fine'),
          resolvedSlot('yesterday', 'a long run', 'long-run'),
        ], { userId, attributes: { timeZone: 'Europe/London', unit: 'km' } }),
      );
      expect(spoken(checkIn)).toMatch(/saved/i);
      const key = userKeyFor(userId);
      expect(filesContaining(dir, key).length).toBeGreaterThan(0);
      const deleted = await backend.skill.invoke(intentRequest('DeleteDataIntent', [], { userId, confirmationStatus: 'CONFIRMED', newSession: false }));
      expect(spoken(deleted)).toBe("Done. I've deleted everything I had for you.");
      await backend.purged();
      expect(filesContaining(dir, key)).toEqual([]);
    } finally {
      await backend.close();
    }
  });
});
