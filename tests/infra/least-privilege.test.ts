// The function's IAM grant is exactly what the store does: every DynamoDB operation the HistoryStore sends is
// granted (or the skill would fail in AWS while passing locally), and nothing it never sends is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_TABLE_OPERATIONS } from '../../infra/stack.js';
import { startTestDynamo, type TestDynamo } from '../support/dynamo.js';

let dynamo: TestDynamo;
beforeAll(async () => {
  dynamo = await startTestDynamo();
});
afterAll(() => dynamo.close());

describe('least privilege on the history table', () => {
  it('grants exactly the operations the store sends', async () => {
    const { store } = dynamo;
    const user = 'least-privilege-user';
    dynamo.counter.reset();
    // Every method of the store, the way the skill uses them.
    await store.saveRun(user, { date: '2026-11-24', kind: 'easy-run', minutes: 30, loggedAt: '2026-11-24T07:00:00Z', requestId: 'r1' });
    await store.saveCheckIn(user, { date: '2026-11-24', legs: 'okay' });
    await store.saveProfile(user, { newRunner: true }, Date.parse('2026-11-24T08:00:00Z') / 1000);
    await store.load(user, Date.parse('2026-11-24T08:00:00Z') / 1000);
    await store.deleteRun(user, '2026-11-24', 'r1');
    await store.deleteUser(user);
    const sent = Object.keys(dynamo.counter.counts()).sort();
    expect(sent).toEqual([...HISTORY_TABLE_OPERATIONS].sort());
  });
});
