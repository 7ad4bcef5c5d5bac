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

  it('a tempo run with its distance and time keeps its hard day', async () => {
    const alexa = w.runner('en-GB');
    const asked = await alexa.oneShot('tell recovery coach I did a tempo run of 8k in 40 minutes');
    expect(asked.speech).toBe('A hard session, 8 kilometres in 40 minutes, today. Shall I save it?');
  });

  it('a distance that is not a number asks for the distance, once, not the time forever', async () => {
    const alexa = w.runner('en-US');
    const asked = await alexa.oneShot('tell recovery coach I ran a few miles in thirty minutes');
    expect(asked.speech).toBe("I didn't catch one of those numbers. How far did you go?");
    expect((await alexa.say('3 miles')).speech).toBe('A run, 3 miles in 30 minutes, today. Shall I save it?');
  });

  it('"just did 8k in 50 minutes, felt hard", the way runners say it, is read back whole', async () => {
    const alexa = w.runner('en-GB');
    const asked = await alexa.oneShot('tell recovery coach just did 8k in 50 minutes, felt hard');
    expect(asked.speech).toBe('A run, 8 kilometres in 50 minutes, felt hard, today. Shall I save it?');
    expect((await alexa.say('yes')).speech).toBe('Saved: a run, 8 kilometres in 50 minutes, felt hard, today.');
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
});

describe('a save whose answer is lost on the wire (the write may have happened)', () => {
  let lossy: World;
  beforeAll(async () => {
    lossy = await startWorld('2026-11-24T18:00:00Z', { wire: true });
  });
  afterAll(() => lossy.close());

  const wire = () => {
    const faulty = lossy.t.wire;
    if (!faulty) throw new Error('the world has no wire');
    faulty.reset();
    faulty.operations.length = 0;
    return faulty;
  };
  async function runsOf(userId: string) {
    const loaded = await lossy.t.dynamo.store.load(userKeyFor(userId), Math.floor(lossy.t.now().getTime() / 1000));
    if (!loaded.ok) throw new Error(loaded.failure);
    return loaded.value.runs;
  }
  const UNSURE = "I'm not sure that session saved, because my history didn't answer in time. Saying yes won't count it twice. Shall I make sure it's there?";

  it('says it is not sure; "no" takes the run out, and the week does not count it', async () => {
    const userId = 'amzn1.ask.account.lost-answer-declined';
    const alexa = lossy.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    // Both attempts (the SDK retries once) reach the table; neither answer comes back.
    wire().next('PutItem', 'lose-answer', 2);
    const unsure = await alexa.say('yes');
    expect(unsure.speech).toBe(UNSURE);
    expect(unsure.sessionOpen).toBe(true);
    expect(await runsOf(userId)).toHaveLength(1);

    const no = await alexa.say('no');
    expect(no.speech).toBe("Okay, I've made sure it isn't in your history, so it won't count in your week. Anything else?");
    // The two lost attempts of the save, then the one removal.
    expect(lossy.t.wire?.operations).toEqual(['PutItem', 'PutItem', 'DeleteItem']);
    expect(await runsOf(userId)).toEqual([]);
    const week = await lossy.runner('en-GB', { userId }).oneShot('ask recovery coach what did I do this week');
    expect(week.speech).toMatch(/haven't logged a run in the last seven days/);
  });

  it('"yes" after "not sure" saves it once, and the week counts it once', async () => {
    const userId = 'amzn1.ask.account.lost-answer-confirmed';
    const alexa = lossy.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    wire().next('PutItem', 'lose-answer', 2);
    expect((await alexa.say('yes')).speech).toBe(UNSURE);
    const retried = await alexa.say('yes');
    expect(retried.speech).toMatch(/^Saved/);
    expect(await runsOf(userId)).toHaveLength(1);
    const week = await lossy.runner('en-GB', { userId }).oneShot('ask recovery coach what did I do this week');
    expect(week.speech).toMatch(/^In the last seven days you ran once, 10 kilometres and 55 minutes in all\./);
  });

  it('when taking it out fails, says it may still count and asks again; "no" again takes it out', async () => {
    const userId = 'amzn1.ask.account.lost-answer-removal-fails';
    const alexa = lossy.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    const faulty = wire();
    faulty.next('PutItem', 'lose-answer', 2);
    await alexa.say('yes');
    faulty.next('DeleteItem', { error: 'throttled' }, 2);
    const failed = await alexa.say('no');
    expect(failed.speech).toBe(
      "Sorry, I couldn't reach your history to take that session out, so it may still count in your week. Say no to try again, or yes to keep it. Shall I keep it?",
    );
    expect(await runsOf(userId)).toHaveLength(1);
    const again = await alexa.say('no');
    expect(again.speech).toMatch(/^Okay, I've made sure it isn't in your history/);
    expect(await runsOf(userId)).toEqual([]);
  });

  it('a refused save (throttled) is plainly not saved, and "no" needs no removal', async () => {
    const userId = 'amzn1.ask.account.throttled-save';
    const alexa = lossy.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    const faulty = wire();
    faulty.next('PutItem', { error: 'throttled' }, 2);
    const failed = await alexa.say('yes');
    expect(failed.speech).toBe("Sorry, I couldn't save that session just now, so it isn't in your history yet. Shall I try again?");
    const no = await alexa.say('no');
    expect(no.speech).toBe("Okay, I haven't saved it. Anything else?");
    expect(faulty.operations).toEqual(['PutItem', 'PutItem']);
    expect(await runsOf(userId)).toEqual([]);
  });

  it('"stop" after "not sure" does not claim it was not saved', async () => {
    const alexa = lossy.runner('en-GB', { userId: 'amzn1.ask.account.lost-answer-stop' });
    await alexa.oneShot('tell recovery coach I ran 10 kilometres in 55 minutes');
    wire().next('PutItem', 'lose-answer', 2);
    await alexa.say('yes');
    const stop = await alexa.say('stop');
    expect(stop.speech).toBe("Okay. I couldn't confirm that session saved, so it may or may not be in your history. Go easy out there.");
  });
});
