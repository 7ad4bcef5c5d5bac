/**
 * Pain or illness said inside what reaches the skill as a log always reaches the coach: a real log is read back
 * after the coach's word and kept on "yes" (the run is never dropped, the symptom never stored); words that were
 * a question ("can I still go for a run") get the coach's rest day instead of a log. Spoken through the model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T18:00:00Z');
});
afterAll(() => w.close());

const PAIN_FIRST = "First, that pain: if it changes how you move, don't run on it. Rest it, and if it hasn't eased in a few days, get it checked.";
const ILLNESS_FIRST = "First, how you feel: with a fever, a chesty cough or a stomach bug, rest and don't run until it has passed.";

async function stored(userId: string) {
  const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
  if (!loaded.ok) throw new Error(loaded.failure);
  return loaded.value;
}

describe('pain or illness inside a log', () => {
  it('"I ran 5k in 30 minutes but my knee was really hurting": the pain first, then the log, saved on yes without the pain', async () => {
    const userId = 'amzn1.ask.account.log-knee';
    const alexa = w.runner('en-GB', { userId });
    const confirm = await alexa.oneShot('tell recovery coach I ran 5 kilometres in 30 minutes but my knee was really hurting');
    expect(confirm.speech).toBe(`${PAIN_FIRST} A run, 5 kilometres in 30 minutes, today. Shall I save it?`);
    const saved = await alexa.say('yes');
    // The coach's word is said once, not again on every turn of the log.
    expect(saved.speech).toBe('Saved: a run, 5 kilometres in 30 minutes, today.');
    const { runs } = await stored(userId);
    expect(runs.map((r) => ({ kind: r.kind, distanceKm: r.distanceKm, minutes: r.minutes }))).toEqual([{ kind: 'easy-run', distanceKm: 5, minutes: 30 }]);
    expect(JSON.stringify(runs)).not.toMatch(/knee|hurt|pain/);
  });

  it('"I did my long run but my knee started hurting near the end": the session is kept too', async () => {
    const alexa = w.runner('en-GB');
    const confirm = await alexa.oneShot('tell recovery coach I did my long run but my knee started hurting near the end');
    expect(confirm.speech).toBe(`${PAIN_FIRST} A long run, today. Shall I save it?`);
  });

  it('"just finished a run, about 10 k, but my shin\'s really painful now and I\'m limping": the unit took the words, the coach still hears them', async () => {
    const userId = 'amzn1.ask.account.log-shin-in-unit';
    const alexa = w.runner('en-AU', { userId });
    // Alexa gives "k but my shin's really painful now and i'm limping" to the unit: 10 km, and the pain.
    const confirm = await alexa.oneShot("tell recovery coach just finished a run about 10 k but my shin's really painful now and I'm limping");
    expect(confirm.speech).toBe(`${PAIN_FIRST} An easy run, 10 kilometres, today. Shall I save it?`);
    await alexa.say('yes');
    const { runs } = await stored(userId);
    expect(runs.map((r) => ({ kind: r.kind, distanceKm: r.distanceKm }))).toEqual([{ kind: 'easy-run', distanceKm: 10 }]);
    expect(JSON.stringify(runs)).not.toMatch(/shin|limp|pain/);
  });

  it('"easy run done, 7k, but my knee\'s playing up and I hobbled the last bit": the pain in {said} is heard before the log', async () => {
    const alexa = w.runner('en-AU');
    const confirm = await alexa.oneShot("tell recovery coach easy run done 7k but my knee's playing up and I hobbled the last bit");
    expect(confirm.speech).toBe(`${PAIN_FIRST} An easy run, 7 kilometres, today. Shall I save it?`);
  });

  it('"easy one done, six k in about 38 minutes": the six k in the unit\'s words is the distance, not the "one" of "easy one"', async () => {
    const alexa = w.runner('en-GB');
    const confirm = await alexa.oneShot('tell recovery coach easy one done six k in about 38 minutes and it felt easy');
    expect(confirm.speech).toBe('An easy run, 6 kilometres in 38 minutes, felt easy, today. Shall I save it?');
  });

  it('"8 k\'s, easy, 48 minutes, but me knee started hurting and I had to limp home": not the fallback, the pain first', async () => {
    const alexa = w.runner('en-AU');
    const confirm = await alexa.oneShot("tell recovery coach 8 k's easy 48 minutes but me knee started hurting and I had to limp home the last bit");
    expect(confirm.speech).toMatch(new RegExp(`^${PAIN_FIRST.replace(/[.?]/g, '\\$&')} .*8 kilometres in 48 minutes, today\\. Shall I save it\\?$`));
  });

  it('illness below the neck said with a log is heard the same way', async () => {
    const alexa = w.runner('en-US');
    const confirm = await alexa.oneShot('tell recovery coach I ran 3 miles and felt sick the whole way');
    expect(confirm.speech).toBe(`${ILLNESS_FIRST} A run, 3 miles, today. Shall I save it?`);
  });

  it('"I think I pulled my hamstring, can I still go for a run" is a question: a rest day, and nothing logged', async () => {
    const userId = 'amzn1.ask.account.log-hamstring';
    const alexa = w.runner('en-AU', { userId });
    const turn = await alexa.oneShot('ask recovery coach I think I pulled my hamstring can I still go for a run');
    // The question is now a sample of its own ("{said} can I still go for a run"): it asks for advice directly.
    expect(turn.request.request.type === 'IntentRequest' && turn.request.request.intent.name).toBe('ShouldIRunIntent');
    expect(turn.card?.title).toBe('Today: rest day');
    expect(turn.speech).toMatch(/^Take a rest day today\. Pain that changes the way you move is your body's signal to stop, so no running today\./);
    expect((await stored(userId)).runs).toEqual([]);
  });

  it('a log with no pain in it is read back as before, with nothing said first', async () => {
    const alexa = w.runner('en-GB');
    const confirm = await alexa.oneShot('tell recovery coach I ran 10 k in 50 minutes and it felt hard');
    expect(confirm.speech).toBe('A run, 10 kilometres in 50 minutes, felt hard, today. Shall I save it?');
  });
});
