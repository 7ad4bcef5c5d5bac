/**
 * "Delete my data" and SkillDisabled for a runner with well over one BatchWriteItem's worth of items, while another
 * runner keeps using the skill: the first is left with nothing, the second with everything.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lambda/coach/index.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { intentRequest, plainSlot, resolvedSlot, skillEventRequest, spoken } from '../support/envelopes.js';
import { dynamoRig, itemsOf, sortKeyOf, type DynamoRig, type Item } from './support.js';

const LOAD_TIMEOUT_MS = 120_000;

let t: DynamoRig;
beforeAll(async () => {
  t = await dynamoRig();
});
afterAll(() => t.close());

const invoke = (e: RequestEnvelope): Promise<ResponseEnvelope> => t.skill.invoke(e);

/** `runs` runs, a check-in on each of the last `checkIns` days, and a profile: runs + checkIns + 1 items. */
async function seed(userId: string, runs: number, checkIns: number): Promise<number> {
  const key = userKeyFor(userId);
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const date = addDays('2026-11-24', -(i % 20));
    writes.push(
      t.dynamo.store.saveRun(key, { date, kind: 'easy-run', minutes: 30 + (i % 40), loggedAt: `${date}T07:${String(i % 60).padStart(2, '0')}:00.000Z`, requestId: `seed-${userId}-${i}` }),
    );
  }
  for (let i = 0; i < checkIns; i += 1) writes.push(t.dynamo.store.saveCheckIn(key, { date: addDays('2026-11-24', -i), legs: 'okay', sleptBadly: false }));
  writes.push(t.dynamo.store.saveProfile(key, { newRunner: true }, Date.UTC(2026, 10, 24, 7) / 1000));
  const results = await Promise.all(writes);
  for (const r of results) expect(r).toMatchObject({ ok: true });
  return runs + checkIns + 1;
}

const bySortKey = (items: Item[]): Map<string, Item> => new Map(items.map((item) => [sortKeyOf(item), item]));

describe('deletion under load', () => {
  it(
    'DeleteDataIntent CONFIRMED leaves zero items for the runner while another runner logs runs at the same time, untouched',
    async () => {
      const leaving = 'amzn1.ask.account.leaving';
      const staying = 'amzn1.ask.account.staying';
      expect(await seed(leaving, 110, 20)).toBeGreaterThanOrEqual(100);
      await seed(staying, 40, 10);
      const before = bySortKey(await itemsOf(t.dynamo.client, t.dynamo.tableName, staying));
      expect(before.size).toBe(51);

      const logging = Array.from({ length: 60 }, (_, i) =>
        invoke(
          intentRequest('LogRunIntent', [resolvedSlot('kind', 'a walk', 'walk'), plainSlot('duration', `PT${20 + i}M`)], {
            userId: staying,
            newSession: false,
            confirmationStatus: 'CONFIRMED',
            attributes: { timeZone: 'Europe/London', unit: 'km', pendingRunKey: `amzn1.echo-api.request.walk-${i}`, pendingRunAt: `2026-11-24T1${i % 10}:00:00.000Z` },
          }),
        ),
      );
      // Reads of the leaving runner's history race the deletion too.
      const reading = Array.from({ length: 20 }, () => invoke(intentRequest('WeekIntent', [], { userId: leaving })));
      const deletion = invoke(intentRequest('DeleteDataIntent', [], { userId: leaving, confirmationStatus: 'CONFIRMED', newSession: false }));
      const [deleted, logged] = await Promise.all([deletion, Promise.all(logging), Promise.all(reading)]);

      expect(spoken(deleted)).toMatch(/deleted everything/i);
      expect(await itemsOf(t.dynamo.client, t.dynamo.tableName, leaving)).toEqual([]);

      const after = bySortKey(await itemsOf(t.dynamo.client, t.dynamo.tableName, staying));
      for (const [sk, item] of before) expect(after.get(sk)).toEqual(item);
      const savedWalks = logged.filter((r) => /^Saved: /.test(spoken(r))).length;
      // Every walk the runner heard "Saved" for is there, and nothing else was added.
      expect(after.size).toBe(before.size + savedWalks);
      expect([...after.keys()].filter((sk) => !before.has(sk)).every((sk) => sk.startsWith('RUN#'))).toBe(true);
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    'AlexaSkillEvent.SkillDisabled removes every item of a runner with 100+ items, and only theirs',
    async () => {
      const disabling = 'amzn1.ask.account.disabling';
      const other = 'amzn1.ask.account.other';
      await seed(disabling, 130, 14);
      await seed(other, 5, 2);
      const before = bySortKey(await itemsOf(t.dynamo.client, t.dynamo.tableName, other));
      const r = await invoke(skillEventRequest('AlexaSkillEvent.SkillDisabled', { userId: disabling }));
      expect(r.response.outputSpeech).toBeUndefined();
      expect(await itemsOf(t.dynamo.client, t.dynamo.tableName, disabling)).toEqual([]);
      expect(bySortKey(await itemsOf(t.dynamo.client, t.dynamo.tableName, other))).toEqual(before);
    },
    LOAD_TIMEOUT_MS,
  );

  it('asking to delete without confirming removes nothing', async () => {
    const undecided = 'amzn1.ask.account.undecided';
    const count = await seed(undecided, 3, 2);
    const asked = await invoke(intentRequest('DeleteDataIntent', [], { userId: undecided }));
    expect(asked.response.directives?.[0]?.type).toBe('Dialog.ConfirmIntent');
    const denied = await invoke(intentRequest('DeleteDataIntent', [], { userId: undecided, confirmationStatus: 'DENIED', newSession: false }));
    expect(spoken(denied)).toMatch(/kept everything/i);
    expect(await itemsOf(t.dynamo.client, t.dynamo.tableName, undecided)).toHaveLength(count);
  });
});
