/**
 * What a runner says in words no sample spells out, spoken through the model: the request is still understood
 * ({said} and {when} carry the words to the understanding layer), the facts in the words reach the coach, the
 * safety words always do, and a log told that way is saved as told. Real store, real model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T07:00:00Z');
});
afterAll(() => w.close());

async function stored(userId: string) {
  const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
  if (!loaded.ok) throw new Error(loaded.failure);
  return loaded.value;
}

function intentOf(turn: { request: { request: { type: string; intent?: { name: string } } } }): string | undefined {
  return turn.request.request.type === 'IntentRequest' ? turn.request.request.intent?.name : undefined;
}

describe('requests in the runner\'s own words', () => {
  it('"should I run today or give it a miss, do you reckon": advice, asked for the legs first', async () => {
    const turn = await w.runner('en-AU').oneShot('ask recovery coach should I run today or give it a miss do you reckon');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/legs/i);
    expect(turn.shouldEndSession).toBe(false);
  });

  it('"struggling with a chesty cough, should I skip today\'s run": the cough reaches the coach, a rest day', async () => {
    const turn = await w.runner('en-GB').oneShot("ask recovery coach struggling with a chesty cough should I skip today's run");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"raced parkrun yesterday and I\'m a bit achy, is a run today a good idea": both facts heard, nothing asked', async () => {
    const turn = await w.runner('en-GB').oneShot("ask recovery coach raced parkrun yesterday and I'm a bit achy is a run today a good idea");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    // Sore legs (the day after a race): the coach's day off running, said without asking anything.
    expect(turn.card?.title).toBe('Today: cross-training');
    expect(turn.speech).toMatch(/^Give your legs a break from running today/);
    expect(turn.shouldEndSession).not.toBe(false);
  });

  it('"hey, quick one, should I run today": "quick" is not taken for the legs, so the coach asks', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach hey quick one should I run today');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/legs/i);
  });

  it('"what kit do I need for a recovery run, my achilles is killing me": the coach hears the achilles first', async () => {
    const turn = await w.runner('en-AU').oneShot('ask recovery coach what kit do I need for a recovery run my achilles is killing me');
    expect(intentOf(turn)).toBe('WearIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"what kit do I need for a recovery run, it\'s pretty cold out": what to wear', async () => {
    const turn = await w.runner('en-AU').oneShot("ask recovery coach what kit do I need for a recovery run it's pretty cold out");
    expect(intentOf(turn)).toBe('WearIntent');
    expect(turn.card?.title).not.toMatch(/^Today/);
  });

  it('"morning check in, legs feel great and I slept a solid eight hours": both answers kept, only yesterday asked', async () => {
    const userId = 'amzn1.ask.account.free-words-check-in';
    const alexa = w.runner('en-US', { userId });
    const turn = await alexa.oneShot('ask recovery coach morning check in legs feel great and I slept a solid eight hours');
    expect(intentOf(turn)).toBe('CheckInIntent');
    expect(turn.speech).toBe('And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?');
    const saved = await alexa.say('an easy run');
    expect(saved.speech).toMatch(/^Thanks, your check-in is saved\. You're good for an easy run today\. Your legs feel good/);
    const { checkIns } = await stored(userId);
    expect(checkIns.map((c) => ({ legs: c.legs, sleptBadly: c.sleptBadly }))).toEqual([{ legs: 'fresh', sleptBadly: false }]);
  });

  it('"long run done mate, 28k in two and a half hours": read back and saved as a long run of 28 km in 150 minutes', async () => {
    const userId = 'amzn1.ask.account.free-words-long-run';
    const alexa = w.runner('en-AU', { userId });
    const confirm = await alexa.oneShot('tell recovery coach long run done mate 28k in two and a half hours');
    expect(intentOf(confirm)).toBe('LogRunIntent');
    expect(confirm.speech).toMatch(/long run, 28 kilometres in 2 hours 30 minutes/i);
    await alexa.say('yes');
    const { runs } = await stored(userId);
    expect(runs.map((r) => ({ kind: r.kind, distanceKm: r.distanceKm, minutes: r.minutes }))).toEqual([{ kind: 'long-run', distanceKm: 28, minutes: 150 }]);
  });
  it('"ran the marathon yesterday, reckon I can get a little shakeout in today": heard as a log, answered as the question', async () => {
    const userId = 'amzn1.ask.account.free-words-marathon-question';
    const alexa = w.runner('en-AU', { userId });
    const turn = await alexa.oneShot('ask recovery coach ran the marathon yesterday reckon I can get a little shakeout in today');
    expect(intentOf(turn)).toBe('LogRunIntent');
    // Yesterday's marathon is heard (the legs are asked, not yesterday), and there is no "shall I save it?".
    expect(turn.speech).toBe('How do your legs feel today: fresh, okay, heavy, or sore?');
    const advice = await alexa.say('pretty stiff');
    // The day after a marathon: a walk, not the shakeout the runner hoped for.
    expect(advice.card?.title).toBe('Today: walk');
    expect(advice.speech).toMatch(/^Make today a walk rather than a run\. A half marathon or longer takes a few days to come back from/);
    expect((await stored(userId)).runs).toEqual([]);
  });

  it('"I\'m pretty new to this and my knee is killing me": Alexa hears an experience, the coach hears the knee', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach I'm pretty new to this and my knee is killing me");
    expect(intentOf(turn)).toBe('ExperienceIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"I\'m thinking about a run this morning, is that a good idea? my calf is killing me and I\'m limping": a rest day', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach I'm thinking about a run this morning is that a good idea my calf is killing me and I'm kind of limping");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"should I run today, I feel great, legs are fresh": the legs are heard inside how the runner feels, so only yesterday is asked', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach should I run today I feel great legs are fresh');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/yesterday/i);
    expect(turn.speech).not.toMatch(/legs/i);
  });
  it('"just raced the half marathon, 1 hour 52, gave it everything": read back as a half-marathon race, saved when confirmed', async () => {
    const userId = 'amzn1.ask.account.free-words-raced';
    const alexa = w.runner('en-US', { userId });
    const turn = await alexa.oneShot('ask recovery coach just raced the half marathon 1 hour 52 gave it everything');
    expect(intentOf(turn)).toBe('LogRunIntent');
    // A US runner hears miles; "raced" is kept, so it is a race (13.1 miles is the half), not a run.
    expect(turn.speech).toBe('A race, 13.1 miles in 1 hour 52 minutes, felt all out, today. Shall I save it?');
    const saved = await alexa.say('yes');
    expect(saved.speech).toMatch(/^Saved: a race, 13\.1 miles in 1 hour 52 minutes, felt all out, today\./);
    const { runs } = await stored(userId);
    expect(runs.map((r) => ({ kind: r.kind, distanceKm: r.distanceKm, minutes: r.minutes, effort: r.effort }))).toEqual([
      { kind: 'race', distanceKm: 21.1, minutes: 112, effort: 10 },
    ]);
  });

  it('"could you tell me whether I should run today, I raced a half marathon yesterday": asked politely, the race is heard', async () => {
    const alexa = w.runner('en-GB');
    const turn = await alexa.oneShot('ask recovery coach could you tell me whether I should run today I raced a half marathon yesterday');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toBe('How do your legs feel today: fresh, okay, heavy, or sore?');
    // Yesterday is never asked: the half marathon was heard, and the day after one is a walk.
    const advice = await alexa.say('a bit sore');
    expect(advice.card?.title).toBe('Today: walk');
  });
  // "should I {said}", "{said} can I {when}": the last-resort samples, for askers no sample spells out.
  it('"should i hit the trails today, my knee\'s been clicking and it really hurts going downhill": the knee is heard, a rest day', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach should i hit the trails today my knee's been clicking and it really hurts going downhill");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"so my calves are super sore from yesterday\'s long run, can i still get a few miles in today": both facts heard, nothing asked', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach so my calves are super sore from yesterday's long run can i still get a few miles in today");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toMatch(/^Today: /);
    expect(turn.speech).not.toMatch(/legs feel|what did you do yesterday/i);
  });

  it('"should i chuck on a jacket for my run, it\'s freezing": caught as today\'s question, answered as what to wear', async () => {
    const turn = await w.runner('en-AU').oneShot("ask recovery coach should i chuck on a jacket for my run it's freezing");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('What to wear for a recovery run');
  });

  it('"could i hear what i did this week": answered with the week, not asked about the legs', async () => {
    const turn = await w.runner('en-GB').oneShot('ask recovery coach could i hear what i did this week');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Your week');
  });

  it('"can i log a walk from this morning, 5k in an hour": read back as the walk, saved when confirmed', async () => {
    const userId = 'amzn1.ask.account.free-words-can-i-log';
    const alexa = w.runner('en-GB', { userId });
    const turn = await alexa.oneShot('ask recovery coach can i log a walk from this morning 5k in an hour');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toBe('A walk, 5 kilometres in 1 hour, today. Shall I save it?');
    await alexa.say('yes');
    const { runs } = await stored(userId);
    expect(runs.map((r) => ({ kind: r.kind, distanceKm: r.distanceKm, minutes: r.minutes }))).toEqual([{ kind: 'walk', distanceKm: 5, minutes: 60 }]);
  });
  // "is {topic}", "what's {topic}": Learn's last-resort samples, whose words may be another request.
  it('"is it sensible to run today, yesterday was intervals on the track and my hamstrings are a bit achy": today\'s question, both facts heard', async () => {
    const turn = await w.runner('en-GB').oneShot('ask recovery coach is it sensible to run today yesterday was intervals on the track and my hamstrings are a bit achy');
    expect(intentOf(turn)).toBe('LearnIntent');
    expect(turn.card?.title).toMatch(/^Today: /);
    expect(turn.speech).not.toMatch(/legs feel|what did you do yesterday|which would you like/i);
  });

  it('"is my week looking any good": the week, not the learning menu', async () => {
    const turn = await w.runner('en-AU').oneShot('ask recovery coach is my week looking any good');
    expect(intentOf(turn)).toBe('LearnIntent');
    expect(turn.card?.title).toBe('Your week');
  });

  it('"long run done, 28k, 2:45, mostly easy": the finishing time is heard as 2 hours 45 minutes', async () => {
    const turn = await w.runner('en-AU').oneShot('tell recovery coach long run done 28k 2:45 mostly easy');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toMatch(/long run, 28 kilometres in 2 hours 45 minutes/i);
  });

  it('"record my run, 10 miles, an hour twenty five, felt moderate": the minutes after the hour are kept', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach record my run 10 miles an hour twenty five felt moderate');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toBe('A run, 10 miles in 1 hour 25 minutes, felt steady, today. Shall I save it?');
  });

  it('"i\'m feeling a bit grotty, temperature of thirty eight, should i still do my run": a fever, a rest day', async () => {
    const turn = await w.runner('en-GB').oneShot("ask recovery coach i'm feeling a bit grotty temperature of thirty eight should i still do my run");
    expect(turn.card?.title).toBe('Today: rest day');
  });
  // Sets Q and R: statements rather than questions, logs with no head, a question inside a log's words.
  it('"feeling a bit run down, thinking of giving it a miss today": said as a statement, still today\'s question', async () => {
    const turn = await w.runner('en-GB').oneShot('ask recovery coach feeling a bit run down thinking of giving it a miss today');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/legs/i);
    expect(turn.shouldEndSession).toBe(false);
  });

  it('"bit nippy this morning, do i need gloves for my run": caught as today\'s question, answered as what to wear', async () => {
    const userId = 'amzn1.ask.account.free-words-nippy';
    const alexa = w.runner('en-GB', { userId });
    const turn = await alexa.oneShot('ask recovery coach bit nippy this morning do i need gloves for my run');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('What to wear for a recovery run');
    expect((await stored(userId)).runs).toEqual([]);
  });

  it('"3.1 miles, 28 minutes, felt easy": a log with no head, read back', async () => {
    const turn = await w.runner('en-US').oneShot('tell recovery coach 3.1 miles 28 minutes felt easy');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toBe('An easy run, 3.1 miles in 28 minutes, felt easy, today. Shall I save it?');
  });

  it('"add a recovery run, half an hour, felt super chill": half an hour, not half a mile', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach add a recovery run half an hour felt super chill');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toMatch(/^A recovery run, 30 minutes/);
    expect(turn.speech).not.toMatch(/mile/);
  });
  it('"frosty this morning, what\'s best to wear": taken for a log of a "frosty" session, answered as what to wear, nothing saved', async () => {
    const userId = 'amzn1.ask.account.free-words-frosty';
    const alexa = w.runner('en-GB', { userId });
    const turn = await alexa.oneShot("ask recovery coach frosty this morning what's best to wear");
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.card?.title).toBe('What to wear for a recovery run');
    expect((await stored(userId)).runs).toEqual([]);
  });
  it('"yeah nah I\'m not sure whether to run, I\'ve got a sharp pain in my shin that\'s making me limp": unsure, still heard, a rest day', async () => {
    const turn = await w.runner('en-AU').oneShot("ask recovery coach yeah nah I'm not sure whether to run I've got a sharp pain in my shin that's making me limp");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"just walked 3 miles with my wife": the verb is kept, so it is read back as a walk', async () => {
    const turn = await w.runner('en-US').oneShot('tell recovery coach just walked 3 miles with my wife');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toMatch(/^A walk, 3 miles/);
  });

  it('"I\'ve just started couch to 5k": caught by the log\'s "I\'ve just {said}", answered as a new runner', async () => {
    const turn = await w.runner('en-GB').oneShot("ask recovery coach I've just started couch to 5k");
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).not.toMatch(/save it/i);
    expect(turn.speech).toMatch(/^Got it\. While you build up, I'll keep your runs short, with walking breaks\./);
  });
  it('"should i run, i got a stuffy nose and a little sore throat but otherwise i feel ok": Alexa hears "I feel okay", the coach hears the cold', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach should i run i got a stuffy nose and a little sore throat but otherwise i feel ok');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.request.request.type === 'IntentRequest' && turn.request.request.intent?.slots?.['feeling']?.value).toBe('okay');
    expect(turn.speech).toMatch(/legs/i);
    const alexa = w.runner('en-US');
    await alexa.oneShot('ask recovery coach should i run i got a stuffy nose and a little sore throat but otherwise i feel ok');
    expect((await alexa.say('fresh')).speech).toBe('And what did you do yesterday: a rest day, an easy run, a long run, intervals, or a race?');
    const advice = await alexa.say('a rest day');
    // Fresh legs after a rest day would be an easy run; the head cold makes it a walk.
    expect(advice.card?.title).toBe('Today: walk');
    expect(advice.speech).toMatch(/^Make today a walk rather than a run\. With a head cold/);
  });
  it('"right, should i run this morning, my hamstring went on the intervals yesterday and it\'s still catching when i walk": a rest day', async () => {
    const turn = await w.runner('en-GB').oneShot("ask recovery coach right should i run this morning my hamstring went on the intervals yesterday and it's still catching when i walk");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });
  it('"I did a 10K race yesterday and my quads are super sore, should I still get out there": heard as a log, the 10k race reaches the coach', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach I did a 10K race yesterday and my quads are super sore should I still get out there');
    expect(intentOf(turn)).toBe('LogRunIntent');
    // Sore legs the day after a race: a day off running, with nothing asked.
    expect(turn.card?.title).toBe('Today: cross-training');
  });

  it('"add a workout for me: an hour on the Peloton, moderate effort": read back as cross-training, not a hard session', async () => {
    const turn = await w.runner('en-US').oneShot('tell recovery coach add a workout for me an hour on the Peloton moderate effort');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toBe('A cross-training session, 1 hour, felt steady, today. Shall I save it?');
  });
  it('"do you think i can get a run in, i had a fever over the weekend and i\'m still kinda achy all over": not the fallback, a rest day', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach do you think i can get a run in i had a fever over the weekend and i'm still kinda achy all over");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });
  it('"fartlek session, 40 minutes, moderate effort": a log with only its kind for a head, read back as a hard session', async () => {
    const turn = await w.runner('en-AU').oneShot('tell recovery coach fartlek session 40 minutes moderate effort');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toMatch(/^A hard session, 40 minutes, felt steady, today\. Shall I save it\?$/);
  });

  it('"twelve miles, two hours even, nice comfortable pace, that was my long run for the week": a log, not the week', async () => {
    const turn = await w.runner('en-US').oneShot('tell recovery coach twelve miles two hours even nice comfortable pace that was my long run for the week');
    // Alexa sends the week (its "{said} for the week"); the skill hears the session told and reads it back.
    expect(intentOf(turn)).toBe('WeekIntent');
    expect(turn.speech).toMatch(/^A long run, 12 miles in 2 hours, felt easy, today\. Shall I save it\?$/);
  });

  it('"how many miles have I done for the week": still the week', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach how many miles have I done for the week');
    expect(intentOf(turn)).toBe('WeekIntent');
  });
  it('"my knee\'s swollen and it hurts to walk on, is it ok to do an easy run": not the fallback, a rest day', async () => {
    const turn = await w.runner('en-US').oneShot("ask recovery coach my knee's swollen and it hurts to walk on is it ok to do an easy run");
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
  });

  it('"rest or run": today\'s question, so the coach asks about the legs', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach rest or run');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/legs/i);
    expect(turn.shouldEndSession).toBe(false);
  });

  it('"had a rest day yesterday and the legs feel fresh as, run today?": heard as a log, answered as today\'s question (fresh legs after a rest day: an easy run), nothing saved', async () => {
    const userId = 'amzn1.ask.account.run-today-asked';
    const turn = await w.runner('en-AU', { userId }).oneShot('ask recovery coach had a rest day yesterday and the legs feel fresh as run today');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.card?.title).toBe('Today: easy run');
    expect(turn.speech).not.toMatch(/Shall I save it/);
    expect((await stored(userId)).runs).toEqual([]);
  });
  it('"12k in an hour and ten, pretty easy": the ten minutes after the "and" are kept', async () => {
    const turn = await w.runner('en-AU').oneShot('tell recovery coach 12k in an hour and ten pretty easy');
    expect(intentOf(turn)).toBe('LogRunIntent');
    expect(turn.speech).toMatch(/^An easy run, 12 kilometres in 1 hour 10 minutes, felt easy, today\. Shall I save it\?$/);
  });

  it('"good to run?": two words, still today\'s question', async () => {
    const turn = await w.runner('en-US').oneShot('ask recovery coach good to run');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.speech).toMatch(/legs/i);
  });
  it('"yesterday was a rest day, legs are springy, should I smash out some intervals": the intervals asked about are not yesterday\'s', async () => {
    const turn = await w.runner('en-AU').oneShot('ask recovery coach yesterday was a rest day legs are springy should I smash out some intervals');
    expect(intentOf(turn)).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: easy run');
  });
});
