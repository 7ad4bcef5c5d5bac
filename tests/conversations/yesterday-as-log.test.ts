import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { startWorld, type World } from '../support/conversation.js';

// "Ran 5 miles" fits the log-a-run samples, so Alexa may switch intents in the middle of "what did you do
// yesterday?". A coach hears it as the answer: nothing is logged, and the advice reads yesterday from the words.
let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T19:00:00Z'); // 2 pm in New York
});
afterAll(() => w.close());

async function stored(userId: string) {
  const loaded = await w.t.dynamo.store.load(userKeyFor(userId), Math.floor(w.t.now().getTime() / 1000));
  if (!loaded.ok) throw new Error(loaded.failure);
  return loaded.value;
}

describe('an answer about yesterday said like a log', () => {
  it('"ran 5 miles" answers the question: advice, not "shall I save it?", and no run is stored', async () => {
    const userId = 'amzn1.ask.account.yesterday-as-log-1';
    const alexa = w.runner('en-US', { userId });
    await alexa.oneShot('ask recovery coach should I run today');
    const asked = await alexa.say('heavy');
    expect(asked.speech).toMatch(/what did you do yesterday/i);
    const advice = await alexa.say('ran 5 miles');
    expect(advice.speech).not.toMatch(/save/i);
    expect(advice.card?.title).toBe('Today: recovery run');
    const { runs, checkIns } = await stored(userId);
    expect(runs).toEqual([]);
    expect(checkIns.map(({ legs, yesterday }) => ({ legs, yesterday }))).toEqual([{ legs: 'heavy', yesterday: 'easy-run' }]);
  });

  it('"I ran for an hour and a half" is yesterday\'s long run', async () => {
    const userId = 'amzn1.ask.account.yesterday-as-log-2';
    const alexa = w.runner('en-US', { userId });
    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('fresh');
    const advice = await alexa.say('I ran for an hour and a half');
    expect(advice.speech).toMatch(/long run/);
    const { runs, checkIns } = await stored(userId);
    expect(runs).toEqual([]);
    expect(checkIns.map(({ yesterday }) => yesterday)).toEqual(['long-run']);
  });

  it('a log that names another day is still a log', async () => {
    const alexa = w.runner('en-US', { userId: 'amzn1.ask.account.yesterday-as-log-3' });
    await alexa.oneShot('ask recovery coach should I run today');
    await alexa.say('heavy');
    const log = await alexa.say('I ran 5 miles on Sunday');
    expect(log.speech).toMatch(/Shall I save it\?/);
  });
});
