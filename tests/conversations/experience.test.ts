import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T18:00:00Z');
});
afterAll(() => w.close());

describe('"I\'m new to running" / "I\'m an experienced runner"', () => {
  it('a runner who says they are new gets run-walk advice even with a long history, and it is kept in the profile', async () => {
    const userId = 'amzn1.ask.account.beginner';
    const key = userKeyFor(userId);
    // Three weeks of easy running would normally mean "not new".
    for (let day = 3; day <= 20; day += 3) {
      const date = `2026-11-${String(24 - day).padStart(2, '0')}`;
      await w.t.dynamo.store.saveRun(key, { date, kind: 'easy-run', minutes: 25, loggedAt: `${date}T07:00:00Z`, requestId: `seed-${day}` });
    }
    const alexa = w.runner('en-GB', { userId });
    w.t.dynamo.counter.reset();
    const told = await alexa.oneShot("tell recovery coach I'm new to running");
    expect(told.speech).toMatch(/walking breaks/);
    expect(w.t.dynamo.counter.counts()).toEqual({ UpdateItem: 1 });
    const loaded = await w.t.dynamo.store.load(key, Math.floor(w.t.now().getTime() / 1000));
    expect(loaded.ok && loaded.value.profile.newRunner).toBe(true);

    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('fresh');
    const advice = await alexa.say('a rest day');
    expect(advice.card?.title).toBe('Today: easy run');
    expect(advice.card?.text).toMatch(/jogging, then a minute of walking/);
    expect(advice.card?.text).toMatch(/20 to 30 minutes/);
  });

  it('a runner who says they are experienced is not coached as new, even on their first day', async () => {
    const alexa = w.runner('en-US', { userId: 'amzn1.ask.account.veteran' });
    expect((await alexa.oneShot("tell recovery coach I've been running for years")).speech).toMatch(/experienced runner/);
    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('okay');
    const advice = await alexa.say('a rest day');
    expect(advice.card?.title).toBe('Today: easy run');
    expect(advice.card?.text).toMatch(/30 to 45 minutes/);
    expect(advice.card?.text).not.toMatch(/walking/);
  });
});
