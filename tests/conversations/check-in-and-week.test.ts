import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T12:00:00Z');
});
afterAll(() => w.close());

describe('the morning check-in', () => {
  it('asks legs, sleep and how you are, saves the readiness answers only, then advises', async () => {
    const userId = 'amzn1.ask.account.checker';
    const alexa = w.runner('en-GB', { userId });
    w.t.setNow('2026-11-24T07:30:00Z');
    expect((await alexa.oneShot('tell recovery coach to check in')).speech).toMatch(/legs/);
    expect((await alexa.say('my legs feel heavy')).speech).toMatch(/sleep/);
    expect((await alexa.say('badly')).speech).toMatch(/how's your energy today/i);
    expect((await alexa.say('I have a cold')).speech).toMatch(/yesterday/);
    w.t.dynamo.counter.reset();
    const advice = await alexa.say('I rested');
    // The last turn reads the history once and writes the check-in once.
    expect(w.t.dynamo.counter.counts()).toEqual({ Query: 1, PutItem: 1 });
    expect(advice.speech).toMatch(/check-in is saved/);
    expect(advice.card?.title).toBe('Today: rest day');
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    expect(loaded.ok && loaded.value.checkIns).toEqual([
      // The advice is kept (a rest day, for health), never the cold itself.
      { date: '2026-11-24', legs: 'heavy', sleptBadly: true, runDown: false, yesterday: 'rest', advised: 'rest', advisedFor: 'health' },
    ]);
  });

  it('opening the skill before noon with no check-in today goes straight into it; a second check-in replaces the first', async () => {
    const userId = 'amzn1.ask.account.twice';
    const alexa = w.runner('en-US', { userId });
    w.t.setNow('2026-11-24T12:00:00Z'); // 7 am in New York
    expect((await alexa.launch()).speech).toMatch(/Good morning\. Let's do your check-in/);
    await alexa.say('sore');
    await alexa.say('well');
    await alexa.say('fine');
    expect((await alexa.say('an easy run')).speech).toMatch(/check-in is saved/);
    await alexa.say('stop');
    // Second time round, today's check-in already says what happened yesterday: one question fewer.
    await alexa.oneShot('tell recovery coach to check in');
    await alexa.say('fresh');
    await alexa.say('well');
    const second = await alexa.say('fine');
    expect(second.speech).toMatch(/check-in is saved/);
    expect(second.card?.title).toBe('Today: easy run');
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    expect(loaded.ok && loaded.value.checkIns.map((c) => c.legs)).toEqual(['fresh']);
    // With today's check-in done, opening again is a plain welcome.
    expect((await alexa.launch()).speech).toMatch(/Welcome back/);
  });

  it('never stores pain or illness', async () => {
    const userId = 'amzn1.ask.account.hurting';
    const alexa = w.runner('en-AU', { userId });
    await alexa.oneShot('tell recovery coach to check in');
    // Pain goes straight to the advice: the coach rests the runner whatever sleep or yesterday would say.
    const advice = await alexa.say('painful');
    expect(advice.card?.title).toBe('Today: rest day');
    expect(advice.speech).toMatch(/doctor or physio/);
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    const [stored] = loaded.ok ? loaded.value.checkIns : [];
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toMatch(/painful|ill|fever/);
  });
});

describe('the morning ends at noon, local time', () => {
  it('opened at 11:59 in London the skill starts the check-in; at 12:00 it welcomes', async () => {
    w.t.setNow('2026-11-24T11:59:00Z');
    expect((await w.runner('en-GB').launch()).speech).toBe("Good morning. Let's do your check-in. How do your legs feel today: fresh, okay, heavy, or sore?");
    w.t.setNow('2026-11-24T12:00:00Z');
    expect((await w.runner('en-GB').launch()).speech).toMatch(/^Welcome to Recovery Coach\./);
    // Sydney's noon is 01:00 UTC: the same instant is afternoon there and night in London.
    w.t.setNow('2026-11-24T01:00:00Z');
    expect((await w.runner('en-AU').launch()).speech).toMatch(/^Welcome to Recovery Coach\./);
    w.t.setNow('2026-11-24T00:59:00Z');
    expect((await w.runner('en-AU').launch()).speech).toMatch(/^Good morning\. Let's do your check-in\./);
  });
});

describe('illness volunteered in another answer', () => {
  it('"my legs are fine but I\'ve got a chesty cough" rests the runner at once, and the cough is not stored', async () => {
    const userId = 'amzn1.ask.account.coughing';
    const alexa = w.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach to check in');
    const advice = await alexa.say("my legs are fine but I've got a chesty cough");
    expect(advice.card?.title).toBe('Today: rest day');
    expect(advice.speech).toMatch(/^Thanks, your check-in is saved\. Take a rest day today\. When illness reaches below the neck/);
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    expect(JSON.stringify(loaded.ok && loaded.value.checkIns)).not.toMatch(/cough|ill|painful/);
  });

  it('a knee that started hurting, said about yesterday\'s long run, is never followed by a run', async () => {
    const alexa = w.runner('en-US');
    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('okay I guess');
    const advice = await alexa.say('a long run, but my knee started hurting near the end and I limped home');
    expect(advice.card?.title).toBe('Today: rest day');
    expect(advice.speech).toMatch(/doctor or physio/);
  });
});

describe('"what did I do this week?"', () => {
  it('sums the last seven days in the locale\'s unit and compares with the week before, in one read', async () => {
    const userId = 'amzn1.ask.account.weekly';
    const alexa = w.runner('en-US', { userId });
    const log = async (iso: string, utterance: string) => {
      w.t.setNow(iso);
      await alexa.oneShot(`tell recovery coach ${utterance}`);
      expect((await alexa.say('yes')).speech).toMatch(/^Saved/);
    };
    await log('2026-11-12T23:00:00Z', 'I ran 3 miles in 30 minutes');
    await log('2026-11-19T23:00:00Z', 'I ran 4 miles in 40 minutes');
    await log('2026-11-21T23:00:00Z', 'log a long run of 8 miles in 80 minutes');
    await log('2026-11-23T23:00:00Z', 'I ran 2 miles in 20 minutes');
    w.t.setNow('2026-11-24T23:00:00Z');
    w.t.dynamo.counter.reset();
    const week = await alexa.oneShot('ask recovery coach what did I do this week');
    expect(w.t.dynamo.counter.counts()).toEqual({ Query: 1 });
    expect(week.speech).toMatch(/you ran 3 times, 14 miles and 2 hours 20 minutes in all/);
    expect(week.speech).toMatch(/One day was hard/);
    expect(week.speech).toMatch(/367 percent more time than the week before/);
    expect(week.card?.title).toBe('Your week');
  });

  it('says plainly when nothing is logged', async () => {
    const week = await w.runner('en-GB').oneShot('ask recovery coach how was my week');
    expect(week.speech).toMatch(/haven't logged a run in the last seven days/);
  });
});
