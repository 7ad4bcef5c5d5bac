/**
 * Many turns at once against a real local DynamoDB-API server: no run lost or duplicated, a repeated "yes" or an
 * Alexa retry logs a run once (also when the first save's answer was lost on the wire), and same-day check-ins
 * leave one item that is one of those sent.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { intentRequest, plainSlot, resolvedSlot, spoken } from '../support/envelopes.js';
import { startFaultyDynamo, storeAt, type FaultyDynamo } from '../support/faulty-dynamo.js';
import { dynamoRig, itemsOf, rig, RIG_NOW, sortKeyOf, type DynamoRig } from './support.js';

const LOAD_TIMEOUT_MS = 120_000;
const NOW_S = Date.parse(RIG_NOW) / 1000;

let t: DynamoRig;
beforeAll(async () => {
  t = await dynamoRig();
});
afterAll(() => t.close());

const invoke = (e: RequestEnvelope): Promise<ResponseEnvelope> => t.skill.invoke(e);

interface SentRun {
  userId: string;
  key: string;
  km: number;
}

/** The runner's "yes" to the read-back, with the session the question left (key, instant, zone and unit). */
function confirmedRun(run: SentRun, requestId: string, attributes: Record<string, unknown> = {}): RequestEnvelope {
  return intentRequest(
    'LogRunIntent',
    [
      resolvedSlot('kind', 'an easy run', 'easy-run'),
      plainSlot('distance', String(run.km)),
      resolvedSlot('unit', 'kilometres', 'km'),
      plainSlot('duration', `PT${run.km * 6}M`),
    ],
    {
      userId: run.userId,
      requestId,
      newSession: false,
      confirmationStatus: 'CONFIRMED',
      attributes: { timeZone: 'America/New_York', unit: 'km', expecting: 'log-confirm', pendingRunKey: run.key, ...attributes },
    },
  );
}

async function runsOf(userId: string): Promise<{ requestId: string; distanceKm?: number }[]> {
  const loaded = await t.dynamo.store.load(userKeyFor(userId), NOW_S);
  if (!loaded.ok) throw new Error(`load failed: ${loaded.failure}`);
  return loaded.value.runs;
}

describe('500 concurrent confirmed runs', () => {
  it(
    'store exactly the runs sent for each user: every reply is "Saved", "couldn\'t save" or "not sure", a retried "yes" saves the rest, none lost, none duplicated',
    async () => {
      const users = Array.from({ length: 10 }, (_, u) => `amzn1.ask.account.concurrent-${u}`);
      const sent: SentRun[] = users.flatMap((userId, u) =>
        Array.from({ length: 50 }, (_, i) => ({ userId, key: `amzn1.echo-api.request.run-${u}-${i}`, km: i + 1 })),
      );
      expect(sent).toHaveLength(500);
      const pendingRunAt = (run: SentRun): string => new Date(Date.parse(RIG_NOW) - (run.km + 100 * Number(run.userId.slice(-1))) * 1000).toISOString();
      const reportedSaved = new Set<string>();
      let pending = sent;
      // Fail-fast: a save may time out under this burst, and the runner hears so. Their "yes" again, in the session
      // the failure left (same key and instant), must then save it once. Bounded: a few rounds at most.
      for (let round = 0; round < 8 && pending.length > 0; round += 1) {
        const responses = await Promise.all(
          pending.map((run) => invoke(confirmedRun(run, `amzn1.echo-api.request.yes-${round}-${run.key}`, { pendingRunAt: pendingRunAt(run) }))),
        );
        const failed: SentRun[] = [];
        responses.forEach((r, i) => {
          const run = pending[i] as SentRun;
          const said = spoken(r);
          if (/^Saved: /.test(said)) reportedSaved.add(run.key);
          else {
            // A burst may throttle a save (not saved) or time it out (maybe saved): never a false "Saved", never "not saved" for a write that may have landed.
            expect(said).toMatch(/^(Sorry, I couldn't save that session just now, so it isn't in your history yet|I'm not sure that session saved)/);
            failed.push(run);
          }
        });
        pending = failed;
      }
      expect(pending).toEqual([]);
      expect(reportedSaved.size).toBe(500);

      for (const userId of users) {
        const mine = sent.filter((s) => s.userId === userId);
        const stored = await runsOf(userId);
        expect(stored.map((r) => r.requestId).sort()).toEqual(mine.map((s) => s.key).sort());
        for (const s of mine) expect(stored.find((r) => r.requestId === s.key)?.distanceKm).toBe(s.km);
        // Nothing else was written for the runner (no profile, no stray items).
        expect(await itemsOf(t.dynamo.client, t.dynamo.tableName, userId)).toHaveLength(mine.length);
      }
    },
    LOAD_TIMEOUT_MS,
  );
});

describe('the same confirmed turn twice', () => {
  it('sent twice at once (an Alexa retry racing the original) stores one run', async () => {
    const run = { userId: 'amzn1.ask.account.twice-at-once', key: 'amzn1.echo-api.request.ask-1', km: 10 };
    const e = confirmedRun(run, 'amzn1.echo-api.request.yes-1', { pendingRunAt: '2026-11-24T19:59:00.000Z' });
    const [a, b] = await Promise.all([invoke(structuredClone(e)), invoke(structuredClone(e))]);
    expect(spoken(a)).toMatch(/^Saved: /);
    expect(spoken(b)).toMatch(/^Saved: /);
    expect((await runsOf(run.userId)).map((r) => r.requestId)).toEqual([run.key]);
  });

  it('a second "yes" with the same pendingRunKey, later and as a new request, stores one run', async () => {
    const run = { userId: 'amzn1.ask.account.twice-later', key: 'amzn1.echo-api.request.ask-2', km: 12 };
    const session = { pendingRunAt: '2026-11-24T19:58:00.000Z' };
    await invoke(confirmedRun(run, 'amzn1.echo-api.request.yes-2a', session));
    t.setNow('2026-11-24T20:00:07Z');
    try {
      await invoke(confirmedRun(run, 'amzn1.echo-api.request.yes-2b', session));
    } finally {
      t.setNow(RIG_NOW);
    }
    expect((await runsOf(run.userId)).map((r) => r.requestId)).toEqual([run.key]);
  });

  it('the whole conversation (question, yes, then the same yes again) stores one run', async () => {
    const userId = 'amzn1.ask.account.twice-conversation';
    const slots = [resolvedSlot('kind', 'a long run', 'long-run'), plainSlot('distance', '20'), resolvedSlot('unit', 'km', 'km'), plainSlot('duration', 'PT2H')];
    const asked = await invoke(intentRequest('LogRunIntent', slots, { userId, requestId: 'amzn1.echo-api.request.q-3' }));
    const yes = intentRequest('LogRunIntent', slots, {
      userId,
      requestId: 'amzn1.echo-api.request.yes-3',
      newSession: false,
      confirmationStatus: 'CONFIRMED',
      attributes: asked.sessionAttributes ?? {},
    });
    t.setNow('2026-11-24T20:00:05Z');
    const first = await invoke(structuredClone(yes));
    t.setNow('2026-11-24T20:00:09Z');
    const again = await invoke(structuredClone(yes));
    t.setNow(RIG_NOW);
    expect(spoken(first)).toMatch(/^Saved: /);
    expect(spoken(again)).toMatch(/^Saved: /);
    expect(await runsOf(userId)).toHaveLength(1);
  });

  it('with pendingRunKey only (no pendingRunAt in the session), sent twice seconds apart, stores one run', async () => {
    // The idempotency key of a run is pendingRunKey when present: the instant of the save must not change the item.
    const run = { userId: 'amzn1.ask.account.twice-key-only', key: 'amzn1.echo-api.request.ask-4', km: 8 };
    await invoke(confirmedRun(run, 'amzn1.echo-api.request.yes-4a'));
    t.setNow('2026-11-24T20:00:03Z');
    try {
      await invoke(confirmedRun(run, 'amzn1.echo-api.request.yes-4b'));
    } finally {
      t.setNow(RIG_NOW);
    }
    expect((await runsOf(run.userId)).map((r) => r.requestId)).toEqual([run.key]);
  });

  it('a one-shot confirmed request retried by Alexa (same request id, no session key) seconds later stores one run', async () => {
    // Without pendingRunKey the request id is the idempotency key, and a retry carries the same request id.
    const userId = 'amzn1.ask.account.retry-one-shot';
    const e = intentRequest('LogRunIntent', [resolvedSlot('kind', 'a walk', 'walk'), plainSlot('duration', 'PT40M')], {
      userId,
      requestId: 'amzn1.echo-api.request.one-shot-5',
      confirmationStatus: 'CONFIRMED',
    });
    await invoke(structuredClone(e));
    t.setNow('2026-11-24T20:00:04Z');
    try {
      await invoke(structuredClone(e));
    } finally {
      t.setNow(RIG_NOW);
    }
    expect((await runsOf(userId)).map((r) => r.requestId)).toEqual(['amzn1.echo-api.request.one-shot-5']);
  });
});

describe('a save whose answer is lost on the wire', () => {
  /** In front of the local server: applies every request, and loses the answers of the PutItems it is told to. */
  let wire: FaultyDynamo;
  beforeAll(async () => {
    wire = await startFaultyDynamo({ behaviour: 'forward', upstream: t.dynamo.endpoint });
  });
  afterAll(() => wire.close());

  function proxiedRig() {
    const { store, client } = storeAt(wire.endpoint, t.dynamo.tableName);
    return { r: rig({ store }), client };
  }

  it('the SDK retry of an applied save is not a second run', async () => {
    const { r, client } = proxiedRig();
    try {
      const run = { userId: 'amzn1.ask.account.lost-once', key: 'amzn1.echo-api.request.ask-6', km: 6 };
      wire.operations.length = 0;
      wire.next('PutItem', 'lose-answer');
      const said = spoken(await r.skill.invoke(confirmedRun(run, 'amzn1.echo-api.request.yes-6', { pendingRunAt: '2026-11-24T19:57:00.000Z' })));
      // The first answer was lost and the SDK sent the save again, which found the run there.
      expect(wire.operations).toEqual(['PutItem', 'PutItem']);
      expect(said).toMatch(/^Saved: /);
      expect((await runsOf(run.userId)).map((x) => x.requestId)).toEqual([run.key]);
    } finally {
      client.destroy();
    }
  });

  it('"not sure it saved" after every attempt was applied but unanswered, then "yes" again: one run, reported saved', async () => {
    const { r, client } = proxiedRig();
    try {
      const userId = 'amzn1.ask.account.lost-all';
      const slots = [resolvedSlot('kind', 'intervals', 'workout'), plainSlot('duration', 'PT45M'), plainSlot('effortScore', '8')];
      const asked = await r.skill.invoke(intentRequest('LogRunIntent', slots, { userId }));
      wire.next('PutItem', 'lose-answer', 100);
      const failed = await r.skill.invoke(
        intentRequest('LogRunIntent', slots, { userId, newSession: false, confirmationStatus: 'CONFIRMED', attributes: asked.sessionAttributes ?? {} }),
      );
      wire.reset();
      expect(spoken(failed)).toMatch(/^I'm not sure that session saved/);
      // The runner says yes to "Shall I make sure it's there?", in the session the failure left.
      const retried = await r.skill.invoke(
        intentRequest('LogRunIntent', slots, { userId, newSession: false, confirmationStatus: 'CONFIRMED', attributes: failed.sessionAttributes ?? {} }),
      );
      expect(spoken(retried)).toMatch(/^Saved: /);
      expect(await runsOf(userId)).toHaveLength(1);
    } finally {
      wire.reset();
      client.destroy();
    }
  }, LOAD_TIMEOUT_MS);
});

describe('same-day check-ins at once', () => {
  it('leave one check-in item for the day, and it is one of those sent (last write wins)', async () => {
    const userId = 'amzn1.ask.account.checkin-race';
    const combos = (['fresh', 'okay', 'heavy', 'sore'] as const).flatMap((legs) =>
      (['good', 'bad'] as const).flatMap((sleep) => (['fine', 'run-down'] as const).map((feeling) => ({ legs, sleep, feeling }))),
    );
    const sent = [...combos, ...combos, ...combos, ...combos];
    const responses = await Promise.all(
      sent.map((c, i) =>
        invoke(
          intentRequest(
            'CheckInIntent',
            [
              resolvedSlot('legs', c.legs, c.legs),
              resolvedSlot('sleep', c.sleep, c.sleep),
              resolvedSlot('feeling', c.feeling, c.feeling),
              resolvedSlot('yesterday', 'an easy run', 'easy-run'),
            ],
            { userId, requestId: `amzn1.echo-api.request.checkin-${i}`, newSession: false, attributes: { timeZone: 'America/New_York', unit: 'km' } },
          ),
        ),
      ),
    );
    for (const r of responses) expect(spoken(r)).toMatch(/check-in is saved/);
    const items = (await itemsOf(t.dynamo.client, t.dynamo.tableName, userId)).filter((item) => sortKeyOf(item).startsWith('CHECKIN#'));
    expect(items).toHaveLength(1);
    const item = items[0] ?? {};
    expect(sortKeyOf(item)).toBe('CHECKIN#2026-11-24');
    const stored = { legs: item.legs?.S, sleptBadly: item.sleptBadly?.BOOL, runDown: item.runDown?.BOOL };
    expect(sent.map((c) => ({ legs: c.legs, sleptBadly: c.sleep === 'bad', runDown: c.feeling === 'run-down' }))).toContainEqual(stored);
  }, LOAD_TIMEOUT_MS);
});
