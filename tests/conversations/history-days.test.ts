/**
 * The coach reading its own history over several pretend days (issue 11), lived as a runner lives it: each day
 * the clock moves, the runner talks to the skill through the simulator, and what they hear is checked word for
 * word, with what the table holds where that is the point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import type { AlexaSimulator } from '../../local/simulator/index.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-02T08:00:00Z');
});
afterAll(() => w.close());

/** What the table holds for the runner now. */
async function stored(userId: string) {
  const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
  if (!loaded.ok) throw new Error(loaded.failure);
  return loaded.value;
}

/** Logs a session at `iso` and saves it on "yes"; returns the read-back the runner heard. */
async function logRun(alexa: AlexaSimulator, iso: string, utterance: string): Promise<string> {
  w.t.setNow(iso);
  const confirm = await alexa.oneShot(`tell recovery coach ${utterance}`);
  expect((await alexa.say('yes')).speech).toMatch(/^Saved: /);
  return confirm.speech;
}

// November 2026: London is on UTC and New York on UTC-5 all month, so 08:00Z is 8 am in London, 13:00Z 8 am in New York.

describe('a logged long run, then fresh legs the next morning', () => {
  it.each([
    ['en-GB', 'I ran 25 kilometres in 2 hours 20 minutes', 'A run, 25 kilometres in 2 hours 20 minutes, today'],
    ['en-US', 'I ran 12 miles in 1 hour 50 minutes', 'A run, 12 miles in 1 hour 50 minutes, today'],
    ['en-GB', 'I ran 20 kilometres in 2 hours', 'A run, 20 kilometres in 2 hours, today'],
  ] as const)('%s: "%s" is a long run the next day: a recovery run, not an easy one', async (locale, utterance, readBack) => {
    const alexa = w.runner(locale);
    // The evening of 3 November in both zones.
    const heard = await logRun(alexa, '2026-11-03T22:00:00Z', utterance);
    expect(heard).toBe(`${readBack}. Shall I save it?`);

    w.t.setNow(locale === 'en-US' ? '2026-11-04T13:00:00Z' : '2026-11-04T08:00:00Z');
    const legs = await alexa.oneShot('ask recovery coach should I run today');
    expect(legs.speech).toBe('How do your legs feel today: fresh, okay, heavy, or sore?');
    // Yesterday's session is in the log, so yesterday is not asked.
    const advice = await alexa.say('fresh');
    expect(advice.card?.title).toBe('Today: recovery run');
    expect(advice.speech).toBe(
      "Today is a day for a recovery run. Yesterday's long run is still settling in, and a short, easy run helps you absorb it. " +
        'Keep it to about 20 to 30 minutes. Keep it conversational: you should be able to chat the whole way.',
    );
    // A runner who just ran 20 km or more is not coached as a beginner: no walk breaks.
    expect(advice.speech).not.toMatch(/nothing hard is in the way|walking/);
  });
});

describe('daily check-ins with one day not logged', () => {
  it('asks about yesterday only when nothing says what it was, and hears the unlogged long run', async () => {
    const userId = 'amzn1.ask.account.daily-checker';
    const alexa = w.runner('en-GB', { userId });
    const checkIn = async (iso: string, legs: string): Promise<string> => {
      w.t.setNow(iso);
      expect((await alexa.oneShot('tell recovery coach to check in')).speech).toBe(
        'How do your legs feel today: fresh, okay, heavy, or sore?',
      );
      expect((await alexa.say(legs)).speech).toBe('How did you sleep last night: well, or badly?');
      expect((await alexa.say('well')).speech).toBe("And how's your energy today: good, or low?");
      return (await alexa.say('good')).speech;
    };

    // Day 1: a first check-in knows nothing about yesterday.
    expect(await checkIn('2026-11-09T08:00:00Z', 'fresh')).toBe(
      'And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?',
    );
    const day1 = (await alexa.say('a rest day')).speech;
    expect(day1).toMatch(/^Thanks, your check-in is saved\. You're good for an easy run today\./);
    // The first check-in ends on the reminder offer; a "no" closes the session.
    expect(day1).toMatch(/Want me to remind you to check in each morning\?$/);
    expect((await alexa.say('no thanks')).shouldEndSession).toBe(true);
    await logRun(alexa, '2026-11-09T18:00:00Z', 'I ran 8 kilometres in 45 minutes');

    // Day 2: day 1's run is logged, so yesterday is known and not asked.
    const day2 = await checkIn('2026-11-10T08:00:00Z', 'okay');
    expect(day2).toMatch(/^Thanks, your check-in is saved\. You're good for an easy run today\. Your legs feel good and nothing hard is in the way\./);
    // The offer was made once: day 2 is not asked again.
    expect(day2).not.toMatch(/remind/);

    // Day 2 went unlogged. Day 2's check-in tells about day 1, not day 2, so day 3 asks.
    const day3 = await checkIn('2026-11-11T08:00:00Z', 'fresh');
    expect(day3).toBe('And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?');
    const advice = await alexa.say('a long run');
    expect(advice.card?.title).toBe('Today: recovery run');
    expect(advice.speech).toMatch(
      /^Thanks, your check-in is saved\. Today is a day for a recovery run\. Yesterday's long run is still settling in/,
    );
    expect(advice.speech).not.toMatch(/nothing hard is in the way/);

    const { checkIns } = await stored(userId);
    expect(checkIns.map(({ date, legs, yesterday }) => ({ date, legs, yesterday }))).toEqual([
      { date: '2026-11-09', legs: 'fresh', yesterday: 'rest' },
      { date: '2026-11-10', legs: 'okay', yesterday: undefined },
      { date: '2026-11-11', legs: 'fresh', yesterday: 'long-run' },
    ]);

    // Later on day 3, "should I run today?" asks nothing: today's answers are known.
    w.t.setNow('2026-11-11T12:00:00Z');
    const later = await alexa.oneShot('ask recovery coach should I run today');
    expect(later.card?.title).toBe('Today: recovery run');
    expect(later.speech).toMatch(/^Today is a day for a recovery run\. Yesterday's long run/);
  });
});

describe('a marathon, then the days after', () => {
  it('day 1 a walk, days 2 and 4 recovery runs with fresh legs, day 8 easy running but nothing hard yet', async () => {
    const userId = 'amzn1.ask.account.marathoner';
    const alexa = w.runner('en-GB', { userId });
    const heard = await logRun(alexa, '2026-11-15T16:00:00Z', 'I ran a marathon in 3 hours 50 minutes');
    expect(heard).toBe('A race, 42.2 kilometres in 3 hours 50 minutes, today. Shall I save it?');
    expect((await stored(userId)).runs).toEqual([
      expect.objectContaining({ date: '2026-11-15', kind: 'race', distanceKm: 42.2, minutes: 230 }),
    ]);

    const shouldIRun = async (iso: string, legs: string, yesterday?: string) => {
      w.t.setNow(iso);
      await alexa.oneShot('ask recovery coach should I run today');
      const afterLegs = await alexa.say(legs);
      if (yesterday === undefined) return afterLegs;
      expect(afterLegs.speech).toBe('And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?');
      return alexa.say(yesterday);
    };

    // Day 1: the race is yesterday's logged session.
    const day1 = await shouldIRun('2026-11-16T08:00:00Z', 'fresh');
    expect(day1.card?.title).toBe('Today: walk');
    expect(day1.speech).toMatch(/^Make today a walk rather than a run\. A half marathon or longer takes a few days to come back from/);

    // Day 2, after the walk day, legs fresh: still a short recovery run, not an easy run of 30 to 45 minutes.
    const day2 = await shouldIRun('2026-11-17T08:00:00Z', 'fresh', 'a rest day');
    expect(day2.card?.title).toBe('Today: recovery run');
    expect(day2.speech).toBe(
      'Today is a day for a recovery run. Your legs are still rebuilding after a long race, so for these first days every run stays short and very easy. ' +
        'Keep it to about 20 to 30 minutes. Keep it conversational: you should be able to chat the whole way.',
    );

    // Day 4: the same.
    const day4 = await shouldIRun('2026-11-19T08:00:00Z', 'fresh', 'a recovery run');
    expect(day4.card?.title).toBe('Today: recovery run');
    expect(day4.speech).toMatch(/^Today is a day for a recovery run\. Your legs are still rebuilding after a long race/);

    // Day 8: past the recovery-run days, an easy run, but no hard session for a day per mile raced.
    const day8 = await shouldIRun('2026-11-23T08:00:00Z', 'fresh', 'a rest day');
    expect(day8.card?.title).toBe('Today: easy run');
    expect(day8.card?.text).toMatch(/Hold off on hard sessions for now: the old rule of thumb after a long race is a day of easy running for every mile you raced\./);
  });
});

describe('three heavy days, asked "should I run today?"', () => {
  it('keeps each day\'s legs with one write, and the third heavy day is a pattern: cross-training', async () => {
    const userId = 'amzn1.ask.account.heavy-three';
    const alexa = w.runner('en-GB', { userId });
    const day = async (iso: string) => {
      w.t.setNow(iso);
      await alexa.oneShot('ask recovery coach should I run today');
      expect((await alexa.say('heavy')).speech).toBe(
        'And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?',
      );
      w.t.dynamo.counter.reset();
      const advice = await alexa.say('a rest day');
      expect(w.t.dynamo.counter.writes()).toBe(1);
      return advice;
    };

    const day1 = await day('2026-11-05T08:00:00Z');
    expect(day1.card?.title).toBe('Today: recovery run');
    expect(day1.speech).toMatch(/^Today is a day for a recovery run\. Heavy legs often loosen up with gentle movement/);
    const day2 = await day('2026-11-06T08:00:00Z');
    expect(day2.card?.title).toBe('Today: recovery run');
    const day3 = await day('2026-11-07T08:00:00Z');
    expect(day3.card?.title).toBe('Today: cross-training');
    expect(day3.speech).toMatch(
      /^Give your legs a break from running today and do some easy cross-training, like a bike ride or a swim\. Your legs have felt tired for several check-ins in a row\. That's a pattern, not one bad day, so give them a proper break\./,
    );

    const { checkIns } = await stored(userId);
    expect(checkIns.map(({ date, legs, yesterday }) => ({ date, legs, yesterday }))).toEqual([
      { date: '2026-11-05', legs: 'heavy', yesterday: 'rest' },
      { date: '2026-11-06', legs: 'heavy', yesterday: 'rest' },
      { date: '2026-11-07', legs: 'heavy', yesterday: 'rest' },
    ]);
  });
});

describe('illness, then the first day back', () => {
  it('a cough heard in the legs answer rests the runner; the next clear morning is a short, easy run back, and says why', async () => {
    const userId = 'amzn1.ask.account.days-back-after-illness';
    const alexa = w.runner('en-GB', { userId });
    w.t.setNow('2026-11-12T08:00:00Z');
    await alexa.oneShot('tell recovery coach to check in');
    const ill = await alexa.say("my legs are fine but I've got a chesty cough");
    expect(ill.card?.title).toBe('Today: rest day');
    // The advice given is kept, never the symptom.
    const [day1] = (await stored(userId)).checkIns;
    expect(day1).toMatchObject({ date: '2026-11-12', advised: 'rest', advisedFor: 'health' });
    expect(JSON.stringify(day1)).not.toMatch(/cough|ill/);

    w.t.setNow('2026-11-13T08:00:00Z');
    await alexa.oneShot('tell recovery coach to check in');
    await alexa.say('fresh');
    await alexa.say('well');
    await alexa.say('good');
    const back = await alexa.say('a rest day');
    expect(back.card?.title).toBe('Today: recovery run');
    expect(back.speech).toMatch(/After time off to get well, make the first run back a short, easy one and see how your body takes it\./);
  });
});

describe('an answer about the legs that cannot be placed, in "should I run today?"', () => {
  it('is asked again with the menu, then as a yes or no; "yes" is okay legs', async () => {
    const alexa = w.runner('en-GB');
    w.t.setNow('2026-11-20T08:00:00Z');
    await alexa.oneShot('ask recovery coach should I run today');
    expect((await alexa.say('purple')).speech).toBe("Sorry, I didn't catch how your legs feel. Are they fresh, okay, heavy, or sore?");
    expect((await alexa.say('purple')).speech).toBe('Let me ask it another way. Do your legs feel okay today?');
    expect((await alexa.say('yes')).speech).toBe(
      'And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?',
    );
    const advice = await alexa.say('a rest day');
    expect(advice.card?.title).toBe('Today: easy run');
  });

  it('"no" to the yes or no is heavy legs: a recovery run', async () => {
    const userId = 'amzn1.ask.account.not-okay';
    const alexa = w.runner('en-GB', { userId });
    w.t.setNow('2026-11-20T08:00:00Z');
    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('purple');
    expect((await alexa.say('purple')).speech).toBe('Let me ask it another way. Do your legs feel okay today?');
    expect((await alexa.say('no')).speech).toBe(
      'And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?',
    );
    const advice = await alexa.say('a rest day');
    expect(advice.card?.title).toBe('Today: recovery run');
    expect(advice.speech).toMatch(/^Today is a day for a recovery run\. Heavy legs often loosen up with gentle movement/);
    expect((await stored(userId)).checkIns).toEqual([expect.objectContaining({ date: '2026-11-20', legs: 'heavy', yesterday: 'rest' })]);
  });
});
