import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { SHOE_PICKS } from '../../lambda/speech/shoe-picks.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T18:00:00Z');
});
afterAll(() => w.close());

describe('learning', () => {
  it.each([
    ['what is a recovery run', /short, relaxed run/, 'What is a recovery run?'],
    ["what's the difference between a recovery run and an easy run", /Easy runs are part of the build/, 'Recovery run or easy run?'],
    ['what is the talk test', /full sentences/, 'The talk test'],
    ['when should I walk or rest instead', /not to run/, 'When to walk or rest instead'],
  ])('"%s" is answered in a few sentences, with a card', async (utterance, said, title) => {
    const turn = await w.runner('en-US').oneShot(`ask recovery coach ${utterance}`);
    expect(turn.speech).toMatch(said);
    expect(turn.card?.title).toBe(title);
    expect(turn.speech.length).toBeLessThan(600);
  });

  it('"what should I wear" names the current shoe picks from the data', async () => {
    const turn = await w.runner('en-GB').oneShot('ask recovery coach what should I wear for a recovery run');
    for (const shoe of SHOE_PICKS) expect(turn.speech).toContain(shoe.name);
    expect(turn.speech).toMatch(/cushion/);
  });
});

describe('deleting my data', () => {
  it('asks first; "no" keeps everything, "yes" removes every item', async () => {
    const userId = 'amzn1.ask.account.private';
    const key = userKeyFor(userId);
    for (let i = 0; i < 30; i++) {
      await w.t.dynamo.store.saveRun(key, { date: '2026-11-20', kind: 'easy-run', minutes: 30, loggedAt: `2026-11-20T07:${String(i).padStart(2, '0')}:00Z`, requestId: `r${i}` });
    }
    await w.t.dynamo.store.saveCheckIn(key, { date: '2026-11-24', legs: 'okay' });
    const now = () => Math.floor(w.t.now().getTime() / 1000);
    const count = async () => {
      const loaded = await w.t.dynamo.store.load(key, now());
      return loaded.ok ? loaded.value.runs.length + loaded.value.checkIns.length : -1;
    };
    const alexa = w.runner('en-US', { userId });
    expect((await alexa.oneShot('ask recovery coach to delete my data')).speech).toMatch(/cannot be undone/);
    expect((await alexa.say('no')).speech).toMatch(/kept everything/);
    expect(await count()).toBe(31);
    await alexa.oneShot('ask recovery coach to delete my data');
    expect((await alexa.say('yes')).speech).toMatch(/deleted everything/);
    expect(await count()).toBe(0);
  });

  it('disabling the skill removes the runner\'s history', async () => {
    const userId = 'amzn1.ask.account.disabler';
    const alexa = w.runner('en-AU', { userId });
    await alexa.oneShot('tell recovery coach I ran 5 kilometres in 28 minutes');
    await alexa.say('yes');
    const key = userKeyFor(userId);
    const before = await w.t.dynamo.store.load(key, Math.floor(w.t.now().getTime() / 1000));
    expect(before.ok && before.value.runs).toHaveLength(1);
    await alexa.skillEvent('AlexaSkillEvent.SkillDisabled');
    const after = await w.t.dynamo.store.load(key, Math.floor(w.t.now().getTime() / 1000));
    expect(after.ok && after.value.runs).toHaveLength(0);
  });
});

describe('help, stop, cancel and fallback everywhere', () => {
  it('help in the middle of a question explains it and keeps the question open', async () => {
    const alexa = w.runner('en-US');
    await alexa.oneShot('ask recovery coach should I run today');
    const help = await alexa.say('help');
    expect(help.speech).toMatch(/how your legs feel/);
    expect(help.sessionOpen).toBe(true);
    // The dialog picks up where it was: a bare answer still fills the legs.
    expect((await alexa.say('heavy')).speech).toMatch(/yesterday/);
  });

  it('a misheard answer asks the same question again, and the answer after it still counts', async () => {
    const alexa = w.runner('en-GB');
    await alexa.oneShot('tell recovery coach to check in');
    const misheard = await alexa.say('purple monkey dishwasher');
    expect(misheard.speech).toMatch(/didn't catch/);
    expect(misheard.speech).toMatch(/legs/);
    expect((await alexa.say('okay')).speech).toMatch(/sleep/);
  });

  it('"why?" in the middle of the check-in explains the question and keeps the check-in going', async () => {
    const alexa = w.runner('en-GB');
    await alexa.oneShot('tell recovery coach to check in');
    await alexa.say('heavy');
    await alexa.say('well');
    expect((await alexa.say('fine')).speech).toMatch(/yesterday/);
    const why = await alexa.say('why');
    expect(why.speech).toMatch(/how much recovery you need/);
    const advice = await alexa.say('I had a rest day');
    expect(advice.speech).toMatch(/check-in is saved/);
  });

  it('a bare "yes" to "how do your legs feel?" asks the question again instead of dropping it', async () => {
    const alexa = w.runner('en-US');
    await alexa.oneShot('ask recovery coach should I run today');
    const yes = await alexa.say('yes');
    expect(yes.speech).toMatch(/didn't catch that/);
    expect(yes.speech).toMatch(/legs/);
    expect((await alexa.say('fresh')).speech).toMatch(/yesterday/);
  });

  it('"log a run" with nothing else simply asks what they did', async () => {
    const alexa = w.runner('en-AU');
    const asked = await alexa.oneShot('ask recovery coach to log a run');
    expect(asked.speech).toMatch(/^What did you do: for example, five kilometres in thirty minutes, or intervals\?$/);
    expect(asked.speech).not.toMatch(/didn't catch/);
  });

  it('cancel while a run waits for "yes" leaves it unsaved and says so', async () => {
    const userId = 'amzn1.ask.account.canceller';
    const alexa = w.runner('en-GB', { userId });
    await alexa.oneShot('tell recovery coach I ran 5 kilometres in 30 minutes');
    const cancel = await alexa.say('cancel');
    expect(cancel.speech).toMatch(/haven't saved it/);
    expect(cancel.sessionOpen).toBe(false);
    const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
    expect(loaded.ok && loaded.value.runs).toHaveLength(0);
  });

  it('general help after opening lists what to say, and stop ends the session', async () => {
    const alexa = w.runner('en-AU');
    w.t.setNow('2026-11-24T05:00:00Z'); // 4 pm in Sydney
    const opened = await alexa.launch();
    expect(opened.speech).toMatch(/Recovery Coach/);
    expect(opened.reprompt).toBeTruthy();
    const help = await alexa.say('help');
    expect(help.speech).toMatch(/should I run today/);
    expect(help.reprompt).toBeTruthy();
    const stop = await alexa.say('stop');
    expect(stop.sessionOpen).toBe(false);
    w.t.setNow('2026-11-24T18:00:00Z');
  });

  it('an unrelated request gets the fallback with what the skill can do, and the session stays open', async () => {
    const alexa = w.runner('en-US');
    w.t.setNow('2026-11-24T20:00:00Z');
    await alexa.launch();
    const fallback = await alexa.say('order me a pizza');
    expect(fallback.speech).toMatch(/can't help with that/);
    expect(fallback.speech).toMatch(/should I run today/);
    expect(fallback.sessionOpen).toBe(true);
    w.t.setNow('2026-11-24T18:00:00Z');
  });
});
