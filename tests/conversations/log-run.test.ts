import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T18:00:00Z');
});
afterAll(() => w.close());

async function storedRuns(userId: string) {
  const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
  if (!loaded.ok) throw new Error(loaded.failure);
  return loaded.value.runs;
}

describe('logging a run', () => {
  it.each([
    // 18:00 UTC on the 24th is already the 25th in Sydney: the run belongs to the runner's day.
    ['en-GB', 'I ran 8 kilometres in 50 minutes it felt hard', /8 kilometres in 50 minutes, felt hard, today/, 8, '2026-11-24'],
    ['en-AU', 'I ran eight kilometres in fifty minutes', /8 kilometres in 50 minutes, today/, 8, '2026-11-25'],
    ['en-US', 'I ran 5 miles in 45 minutes', /5 miles in 45 minutes, today/, 8.05, '2026-11-24'],
  ] as const)('%s: reads "%s" back, saves on yes, and keeps it in kilometres', async (locale, utterance, readBack, km, date) => {
    const userId = `amzn1.ask.account.logger-${locale}`;
    const alexa = w.runner(locale, { userId });
    w.t.dynamo.counter.reset();
    const confirm = await alexa.oneShot(`tell recovery coach ${utterance}`);
    // Reading the run back needs no DynamoDB call at all.
    expect(w.t.dynamo.counter.total()).toBe(0);
    expect(confirm.speech).toMatch(readBack);
    expect(confirm.speech).toMatch(/Shall I save it\?/);
    expect(await storedRuns(userId)).toHaveLength(0);
    w.t.dynamo.counter.reset();
    const saved = await alexa.say('yes');
    expect(saved.speech).toMatch(/^Saved/);
    expect(saved.card?.title).toBe('Run logged');
    // The saving turn is one write and no read: the zone and units came with the session.
    expect(w.t.dynamo.counter.counts()).toEqual({ PutItem: 1 });
    const runs = await storedRuns(userId);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.distanceKm).toBeCloseTo(km, 2);
    expect(runs[0]?.date).toBe(date);
  });

  it('logs a named session with its time and effort: "log a long run of 90 minutes, it felt hard"', async () => {
    const userId = 'amzn1.ask.account.long-runner';
    const alexa = w.runner('en-US', { userId });
    const confirm = await alexa.oneShot('ask recovery coach to log a long run of 90 minutes it felt hard');
    expect(confirm.speech).toMatch(/A long run, 1 hour 30 minutes, felt hard, today/);
    await alexa.say('yes');
    const [run] = await storedRuns(userId);
    expect(run).toMatchObject({ kind: 'long-run', minutes: 90, effort: 7 });
  });

  it('"I did intervals yesterday" logs a hard session on yesterday\'s date', async () => {
    const userId = 'amzn1.ask.account.interval-runner';
    const alexa = w.runner('en-GB', { userId });
    const confirm = await alexa.oneShot('tell recovery coach I did intervals yesterday');
    expect(confirm.speech).toMatch(/A hard session, yesterday/);
    await alexa.say('yes');
    const [run] = await storedRuns(userId);
    expect(run).toMatchObject({ kind: 'workout', date: '2026-11-23' });
  });

  it('"I ran a half marathon yesterday in 1 hour 50 minutes" logs a 21.1 km race, read back in miles in en-US', async () => {
    const userId = 'amzn1.ask.account.half-marathoner';
    const alexa = w.runner('en-US', { userId });
    const confirm = await alexa.oneShot('tell recovery coach I ran a half marathon yesterday in 1 hour 50 minutes');
    expect(confirm.speech).toMatch(/A race, 13\.1 miles in 1 hour 50 minutes, yesterday/);
    await alexa.say('yes');
    const [run] = await storedRuns(userId);
    expect(run).toMatchObject({ kind: 'race', distanceKm: 21.1, minutes: 110, date: '2026-11-23' });
    // Asked today, the coach knows yesterday was a long race.
    w.t.setNow('2026-11-24T20:00:00Z');
    await alexa.oneShot('ask recovery coach should I run today');
    const advice = await alexa.say('fresh');
    expect(advice.speech).toMatch(/half marathon or longer/);
    w.t.setNow('2026-11-24T18:00:00Z');
  });

  it('an answer that is not a unit gets the unit question again, not another question', async () => {
    const alexa = w.runner('en-GB');
    const asked = await alexa.oneShot('tell recovery coach I ran 5 furlongs in 30 minutes');
    expect(asked.speech).toMatch(/kilometres or miles/);
    const again = await alexa.say('yes');
    expect(again.speech).toMatch(/kilometres or miles/);
    const confirm = await alexa.say('miles');
    expect(confirm.speech).toMatch(/5 miles in 30 minutes/);
  });

  it('saves nothing when the runner says no, and says so', async () => {
    const userId = 'amzn1.ask.account.changed-mind';
    const alexa = w.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 5 kilometres in 30 minutes');
    const no = await alexa.say('no');
    expect(no.speech).toMatch(/haven't saved it/);
    expect(await storedRuns(userId)).toHaveLength(0);
  });

  it('rejects an absurd distance with a clear sentence, asks again, and saves the corrected run', async () => {
    const userId = 'amzn1.ask.account.big-talker';
    const alexa = w.runner('en-AU', { userId });
    const rejected = await alexa.oneShot('tell recovery coach I ran 300 kilometres in 2 hours');
    expect(rejected.speech).toMatch(/further than I can log/);
    expect(rejected.speech).toMatch(/How far did you go\?/);
    expect(rejected.sessionOpen).toBe(true);
    const confirm = await alexa.say('20 kilometres');
    expect(confirm.speech).toMatch(/20 kilometres in 2 hours, today\. Shall I save it\?/);
    await alexa.say('yes');
    const runs = await storedRuns(userId);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.distanceKm).toBe(20);
  });

  it('does not say "saved" when the store fails, and a retry after it does not log the run twice', async () => {
    const userId = 'amzn1.ask.account.unlucky';
    const alexa = w.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    const realStore = w.t.dynamo.store;
    const saveRun = realStore.saveRun.bind(realStore);
    // The write lands, but the answer is lost: the worst case for "never claim saved" and "never log twice".
    realStore.saveRun = async (key, run) => {
      await saveRun(key, run);
      return { ok: false, failure: 'timeout' };
    };
    try {
      const failed = await alexa.say('yes');
      expect(failed.speech).not.toMatch(/^Saved/);
      expect(failed.speech).toMatch(/couldn't save that session/);
      expect(failed.sessionOpen).toBe(true);
    } finally {
      realStore.saveRun = saveRun;
    }
    const retried = await alexa.say('yes');
    expect(retried.speech).toMatch(/^Saved/);
    expect(await storedRuns(userId)).toHaveLength(1);
  });
});
