import { userKeyFor } from '../../lambda/history/user-key.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T13:00:00Z');
});
afterAll(() => w.close());

describe('"should I run today?"', () => {
  it('asks about the legs and yesterday, then advises with the reason, duration, feel and a card', async () => {
    const alexa = w.runner('en-US');
    const legs = await alexa.oneShot('ask recovery coach should I run today');
    expect(legs.speech).toMatch(/How do your legs feel/);
    expect(legs.reprompt).toBeTruthy();
    const yesterday = await alexa.say('they feel heavy');
    expect(yesterday.speech).toMatch(/what did you do yesterday/i);
    const advice = await alexa.say('I did a long run');
    expect(advice.speech).toMatch(/recovery run/);
    expect(advice.speech).toMatch(/long run/);
    expect(advice.speech).toMatch(/minutes/);
    expect(advice.speech).toMatch(/conversational|chat/);
    expect(advice.card?.title).toBe('Today: recovery run');
    expect(advice.card?.text).toMatch(/not medical advice/);
    // A one-shot answers and closes.
    expect(advice.sessionOpen).toBe(false);
  });

  it('after "open recovery coach", follow-ups work: why, a walk instead, an easy run instead, how it should feel', async () => {
    w.t.setNow('2026-11-24T19:00:00Z'); // 2 pm in New York: not the morning check-in
    const alexa = w.runner('en-US');
    await alexa.launch();
    const advice = await alexa.say('my legs feel heavy should I run today');
    expect(advice.speech).toMatch(/what did you do yesterday/i);
    const rec = await alexa.say('intervals');
    expect(rec.card?.title).toBe('Today: recovery run');
    expect(rec.sessionOpen).toBe(true);
    const why = await alexa.say('why');
    expect(why.speech).toMatch(/hard session/);
    // "Want to know why?" answered with a plain yes gives the why too.
    const yes = await alexa.say('yes');
    expect(yes.speech).toMatch(/hard session/);
    const walk = await alexa.say('what about a walk instead');
    expect(walk.speech).toMatch(/Yes, a walk is fine/);
    const easy = await alexa.say('can I do an easy run instead');
    expect(easy.speech).toMatch(/hold off on an easy run/);
    const feel = await alexa.say('how should it feel');
    expect(feel.speech).toMatch(/full sentences|chat/);
    const bye = await alexa.say('no thanks');
    expect(bye.sessionOpen).toBe(false);
    w.t.setNow('2026-11-24T13:00:00Z');
  });

  it('does not ask about yesterday when yesterday\'s run is in the history', async () => {
    const alexa = w.runner('en-GB');
    w.t.setNow('2026-11-23T18:00:00Z');
    await alexa.oneShot('tell recovery coach I did a long run of ninety minutes');
    const saved = await alexa.say('yes');
    expect(saved.speech).toMatch(/^Saved/);
    w.t.setNow('2026-11-24T13:00:00Z');
    await alexa.oneShot('ask recovery coach should I run today');
    const advice = await alexa.say('fresh');
    expect(advice.speech).not.toMatch(/what did you do yesterday/i);
    expect(advice.card?.title).toBe('Today: recovery run');
    expect(advice.speech).toMatch(/long run/);
  });

  it("uses today's check-in instead of asking about the legs again", async () => {
    const alexa = w.runner('en-AU');
    w.t.setNow('2026-11-23T21:00:00Z'); // 8 am in Sydney
    const first = await alexa.launch();
    expect(first.speech).toMatch(/check-in/);
    await alexa.say('sore');
    await alexa.say('I slept well');
    await alexa.say("I'm fine");
    const checkedIn = await alexa.say('a rest day');
    expect(checkedIn.speech).toMatch(/check-in is saved/);
    await alexa.say('stop');
    const later = await alexa.oneShot('ask recovery coach should I run today');
    expect(later.speech).not.toMatch(/How do your legs feel/);
    expect(later.card?.title).toBe('Today: cross-training');
    w.t.setNow('2026-11-24T13:00:00Z');
  });

  it('reads one item of history per turn at most, and keeps the answers given with one write, like a check-in', async () => {
    const userId = 'amzn1.ask.account.asked-twice';
    const alexa = w.runner('en-US', { userId });
    w.t.dynamo.counter.reset();
    await alexa.oneShot('ask recovery coach should I run today my legs are okay');
    const reads = w.t.dynamo.counter.reads();
    expect(w.t.dynamo.counter.writes()).toBe(0);
    await alexa.say('I rested');
    expect(reads).toBeLessThanOrEqual(1);
    expect(w.t.dynamo.counter.reads()).toBeLessThanOrEqual(2);
    expect(w.t.dynamo.counter.writes()).toBe(1);
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    expect(loaded.ok && loaded.value.checkIns.map(({ date, legs, yesterday }) => ({ date, legs, yesterday }))).toEqual([
      { date: '2026-11-24', legs: 'okay', yesterday: 'rest' },
    ]);
    // Asked again the same day, nothing is asked and nothing is written again.
    w.t.dynamo.counter.reset();
    const again = await alexa.oneShot('ask recovery coach should I run today');
    expect(again.card?.title).toBe('Today: easy run');
    expect(w.t.dynamo.counter.writes()).toBe(0);
  });

  it('turns pain into rest and a professional at once, never a run, without asking about yesterday', async () => {
    const alexa = w.runner('en-GB');
    await alexa.oneShot('ask recovery coach should I run today');
    const advice = await alexa.say('my legs hurt');
    expect(advice.card?.title).toBe('Today: rest day');
    expect(advice.speech).toMatch(/doctor or physio/);
  });

  it('never gives a reason for running beside advice not to run', async () => {
    const alexa = w.runner('en-AU');
    await alexa.oneShot('ask recovery coach should I run today my legs are sore');
    const advice = await alexa.say('I did a long run');
    expect(advice.card?.title).toBe('Today: cross-training');
    expect(advice.card?.text).not.toMatch(/easy run helps/);
    expect(advice.speech).toMatch(/pound/);
  });
});
