import type { BatchWriteItemCommandInput, BatchWriteItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startTestDynamo } from '../support/dynamo.js';
import { perFile } from '../support/per-file.js';

const NOW = Date.UTC(2026, 10, 24, 7) / 1000;

const dynamo = perFile(startTestDynamo, (started) => started.counter.reset());
let userSerial = 0;
const newUser = (): string => userKeyFor(`amzn1.ask.account.delete-test-${++userSerial}`, 'test-salt');

/** Counts every item of the user in the table, expired ones included. */
const itemCount = async (userKey: string): Promise<number> => (await dynamo.items(userKey)).length;

/** 30 runs (one long expired), 29 check-ins and a profile: 60 items. */
async function seedSixtyItems(userKey: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    const loggedAt = new Date((NOW - i * 3600 - (i === 0 ? 90 * 86_400 : 0)) * 1000).toISOString();
    const result = await dynamo.store.saveRun(userKey, { date: loggedAt.slice(0, 10), kind: 'easy-run', loggedAt, requestId: `req-${i}` });
    expect(result.ok).toBe(true);
  }
  for (let day = 1; day <= 29; day += 1) {
    const result = await dynamo.store.saveCheckIn(userKey, { date: `2026-10-${String(day).padStart(2, '0')}`, legs: 'okay' });
    expect(result.ok).toBe(true);
  }
  expect((await dynamo.store.saveProfile(userKey, { newRunner: true }, NOW)).ok).toBe(true);
}

/**
 * Makes the next `times` BatchWriteItem calls process only `processed` requests and hand the rest back
 * as UnprocessedItems, as DynamoDB does under throttling (dynalite never does).
 */
function throttleBatchWrites(times: number, processed: number): () => void {
  const name = `partial-batch-${Math.random()}`;
  let remaining = times;
  dynamo.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand' || remaining <= 0) return next(args);
      remaining -= 1;
      const input = args.input as BatchWriteItemCommandInput;
      const [[table, requests] = ['', []]] = Object.entries(input.RequestItems ?? {});
      const kept = requests.slice(0, processed);
      const handedBack = requests.slice(processed);
      const result = kept.length > 0 ? await next({ ...args, input: { ...input, RequestItems: { [table]: kept } } }) : undefined;
      const output: BatchWriteItemCommandOutput = {
        $metadata: {},
        UnprocessedItems: handedBack.length > 0 ? { [table]: handedBack } : {},
      };
      return { response: result?.response, output } as Awaited<ReturnType<typeof next>>;
    },
    { step: 'initialize', name },
  );
  return () => dynamo.client.middlewareStack.remove(name);
}


describe('deleteUser', () => {
  it('deletes all 60 items of a runner (expired ones too) in batches of 25, and nobody else’s', async () => {
    const runner = newUser();
    const neighbour = newUser();
    await seedSixtyItems(runner);
    await dynamo.store.saveRun(neighbour, { date: '2026-11-24', kind: 'race', loggedAt: '2026-11-24T06:00:00Z', requestId: 'n-1' });
    await dynamo.store.saveCheckIn(neighbour, { date: '2026-11-24', legs: 'fresh' });
    expect(await itemCount(runner)).toBe(60);

    dynamo.counter.reset();
    expect(await dynamo.store.deleteUser(runner)).toEqual({ ok: true, value: { deleted: 60 } });
    expect(dynamo.counter.counts().BatchWriteItem).toBe(3);

    expect(await itemCount(runner)).toBe(0);
    expect(await dynamo.store.load(runner, NOW)).toEqual({ ok: true, value: { runs: [], checkIns: [], profile: {} } });
    expect(await itemCount(neighbour)).toBe(2);
  });

  it("'own' on the account's key keeps every person's items; 'account' removes them with the rest", async () => {
    const account = newUser();
    const person = { account, person: 'person-hash-1' };
    await dynamo.store.saveRun(account, { date: '2026-11-24', kind: 'easy-run', loggedAt: '2026-11-24T06:00:00Z', requestId: 'a-1' });
    await dynamo.store.saveRun(person, { date: '2026-11-24', kind: 'long-run', loggedAt: '2026-11-24T07:00:00Z', requestId: 'p-1' });
    await dynamo.store.saveCheckIn(person, { date: '2026-11-24', legs: 'heavy' });
    expect(await itemCount(account)).toBe(3);

    expect(await dynamo.store.deleteUser(account, 'own')).toEqual({ ok: true, value: { deleted: 1 } });
    const kept = await dynamo.store.load(person, NOW);
    expect(kept.ok && kept.value.runs.map((r) => r.kind)).toEqual(['long-run']);
    expect(kept.ok && kept.value.checkIns.map((c) => c.legs)).toEqual(['heavy']);

    expect(await dynamo.store.deleteUser(person, 'account')).toEqual({ ok: true, value: { deleted: 2 } });
    expect(await itemCount(account)).toBe(0);
  });

  it('deletes nothing, successfully, for a runner with no items', async () => {
    expect(await dynamo.store.deleteUser(newUser())).toEqual({ ok: true, value: { deleted: 0 } });
    expect(dynamo.counter.counts()).toEqual({ Query: 1 });
  });

  it('retries unprocessed items until every item is gone', async () => {
    const runner = newUser();
    await seedSixtyItems(runner);
    // The first three batches each get only 10 of their requests through.
    const restore = throttleBatchWrites(3, 10);
    try {
      dynamo.counter.reset();
      expect(await dynamo.store.deleteUser(runner)).toEqual({ ok: true, value: { deleted: 60 } });
    } finally {
      restore();
    }
    expect(await itemCount(runner)).toBe(0);
    expect(dynamo.counter.counts().BatchWriteItem).toBeGreaterThan(3);
  });

  it('gives up as throttled, not hanging, when items stay unprocessed', async () => {
    const runner = newUser();
    await dynamo.store.saveProfile(runner, { newRunner: false }, NOW);
    const restore = throttleBatchWrites(Number.POSITIVE_INFINITY, 0);
    try {
      expect(await dynamo.store.deleteUser(runner)).toEqual({ ok: false, failure: 'throttled' });
    } finally {
      restore();
    }
    expect(await itemCount(runner)).toBe(1);
  });
});
