// Several runners in one home: each recognised voice (context.System.person.personId) has its own week, the
// account's own history is neither's, a delete removes the speaker's own history only (a person's, or the shared
// one for a voice Alexa does not recognise), and disabling removes everything.
import { createHmac } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_USER_KEY_SECRET } from '../../lambda/history/user-key.js';
import { simulatedPersonId } from '../../local/simulator/index.js';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T07:00:00Z');
});
afterAll(() => w.close());

const ANA = simulatedPersonId('Ana');
const BEN = simulatedPersonId('Ben');

/** The partition key and a person's sort-key prefix, computed here from the documented recipe (schema.ts). */
const hmac = (text: string) => createHmac('sha256', LOCAL_USER_KEY_SECRET).update(text, 'utf8').digest('base64url');
const partitionOf = (userId: string) => hmac(userId);
const prefixOf = (userId: string, personId: string) => `p#${hmac(`${userId}\u0000${personId}`)}#`;

const sortKeys = async (userId: string): Promise<string[]> =>
  (await w.t.dynamo.items(partitionOf(userId))).map((item: Record<string, AttributeValue>) => item.sk?.S ?? '').sort();

async function logRun(userId: string, personId: string | undefined, iso: string, utterance: string): Promise<void> {
  w.t.setNow(iso);
  const alexa = w.runner('en-GB', { userId, ...(personId !== undefined ? { personId } : {}) });
  await alexa.oneShot(`tell recovery coach ${utterance}`);
  w.t.dynamo.counter.reset();
  expect((await alexa.say('yes')).speech).toMatch(/^Saved/);
  // Saving as a person is still one write, as for the account.
  expect(w.t.dynamo.counter.counts()).toEqual({ PutItem: 1 });
}

async function week(userId: string, personId?: string): Promise<string> {
  w.t.setNow('2026-11-24T19:00:00Z');
  w.t.dynamo.counter.reset();
  const turn = await w.runner('en-GB', { userId, ...(personId !== undefined ? { personId } : {}) }).oneShot(
    'ask recovery coach what did I do this week',
  );
  // One Query for a person's week, as for the account's.
  expect(w.t.dynamo.counter.counts()).toEqual({ Query: 1 });
  return turn.speech;
}

describe('two runners in one home', () => {
  const home = 'amzn1.ask.account.household';

  beforeAll(async () => {
    await logRun(home, ANA, '2026-11-22T08:00:00Z', 'I ran 5 kilometres in 30 minutes');
    await logRun(home, BEN, '2026-11-23T08:00:00Z', 'I ran 12 kilometres in 70 minutes');
    await logRun(home, BEN, '2026-11-24T08:00:00Z', 'I ran 6 kilometres in 35 minutes');
  });

  it('each person hears only their own week', async () => {
    const ana = await week(home, ANA);
    expect(ana).toMatch(/you ran once, 5 kilometres and 30 minutes in all/);
    expect(ana).not.toMatch(/12|18 kilometres/);
    const ben = await week(home, BEN);
    expect(ben).toMatch(/you ran twice, 18 kilometres and 1 hour 45 minutes in all/);
  });

  it('the account without a recognised voice hears neither', async () => {
    expect(await week(home)).toMatch(/haven't logged a run in the last seven days/);
  });

  it('keeps every item in the account\'s partition, under each person\'s hashed prefix, with no raw id', async () => {
    const keys = await sortKeys(home);
    expect(keys).toHaveLength(3);
    expect(keys.filter((sk) => sk.startsWith(prefixOf(home, ANA)))).toEqual([`${prefixOf(home, ANA)}RUN#2026-11-22#${keys[0]!.split('#').pop()}`]);
    expect(keys.filter((sk) => sk.startsWith(prefixOf(home, BEN)))).toHaveLength(2);
    const raw = JSON.stringify(await w.t.dynamo.items(partitionOf(home)));
    expect(raw).not.toContain('amzn1.ask.person');
    expect(raw).not.toContain(home);
  });
});

describe('deleting in a household', () => {
  it('"delete my data" by a recognised person removes theirs only, and says so', async () => {
    const home = 'amzn1.ask.account.household-delete';
    await logRun(home, ANA, '2026-11-22T08:00:00Z', 'I ran 5 kilometres in 30 minutes');
    await logRun(home, BEN, '2026-11-23T08:00:00Z', 'I ran 12 kilometres in 70 minutes');
    await logRun(home, undefined, '2026-11-23T09:00:00Z', 'I ran 3 kilometres in 20 minutes');
    expect(await sortKeys(home)).toHaveLength(3);

    const ana = w.runner('en-GB', { userId: home, personId: ANA });
    expect((await ana.oneShot('ask recovery coach to delete my data')).speech).toMatch(/Others in your household keep theirs/);
    expect((await ana.say('yes')).speech).toBe("Done. I've deleted everything I had for you. Others in your household keep their own history.");

    const left = await sortKeys(home);
    expect(left).toHaveLength(2);
    expect(left.some((sk) => sk.startsWith(prefixOf(home, ANA)))).toBe(false);
    expect(left.filter((sk) => sk.startsWith(prefixOf(home, BEN)))).toHaveLength(1);
    expect(left.filter((sk) => sk.startsWith('RUN#'))).toHaveLength(1);
    expect(await week(home, BEN)).toMatch(/12 kilometres/);
  });

  it('"delete my data" from a voice Alexa does not recognise removes the shared history only: each person keeps theirs', async () => {
    const home = 'amzn1.ask.account.household-guest-delete';
    await logRun(home, ANA, '2026-11-22T08:00:00Z', 'I ran 5 kilometres in 30 minutes');
    await logRun(home, undefined, '2026-11-23T09:00:00Z', 'I ran 3 kilometres in 20 minutes');
    expect(await sortKeys(home)).toHaveLength(2);

    const guest = w.runner('en-GB', { userId: home });
    await guest.oneShot('ask recovery coach to delete my data');
    expect((await guest.say('yes')).speech).toBe("Done. I've deleted everything I had for you.");

    const left = await sortKeys(home);
    expect(left).toHaveLength(1);
    expect(left[0]?.startsWith(prefixOf(home, ANA))).toBe(true);
    expect(await week(home, ANA)).toMatch(/5 kilometres/);
  });

  it('disabling the skill removes every person\'s history with the account\'s', async () => {
    const home = 'amzn1.ask.account.household-disable';
    await logRun(home, ANA, '2026-11-22T08:00:00Z', 'I ran 5 kilometres in 30 minutes');
    await logRun(home, BEN, '2026-11-23T08:00:00Z', 'I ran 12 kilometres in 70 minutes');
    await logRun(home, undefined, '2026-11-23T09:00:00Z', 'I ran 3 kilometres in 20 minutes');
    expect(await sortKeys(home)).toHaveLength(3);
    await w.runner('en-GB', { userId: home, personId: BEN }).skillEvent('AlexaSkillEvent.SkillDisabled');
    expect(await sortKeys(home)).toEqual([]);
  });
});

describe('greeting a recognised person', () => {
  it('launch asks Alexa to say the first name of the personId, and stores no name', async () => {
    w.t.setNow('2026-11-24T19:00:00Z');
    const turn = await w.runner('en-US', { userId: 'amzn1.ask.account.greeted', personId: ANA }).launch();
    expect(turn.ssml).toMatch(new RegExp(`^<speak>Hi <alexa:name type="first" personId="${ANA.replace(/\./g, '\\.')}"/>\\. Welcome to Recovery Coach`));
    expect(turn.sessionOpen).toBe(true);
  });

  it('the morning check-in on launch greets the person too', async () => {
    w.t.setNow('2026-11-24T07:30:00Z');
    const turn = await w.runner('en-US', { userId: 'amzn1.ask.account.greeted-morning', timeZone: 'UTC', personId: BEN }).launch();
    expect(turn.ssml).toContain(`<alexa:name type="first" personId="${BEN}"/>`);
    expect(turn.speech).toMatch(/Let's do your check-in/);
  });

  it('a personId is escaped as an SSML attribute', async () => {
    const odd = 'amzn1.ask.person."x"&<y>';
    const turn = await w.runner('en-US', { userId: 'amzn1.ask.account.greeted-odd', personId: odd }).launch();
    expect(turn.ssml).toContain('personId="amzn1.ask.person.&quot;x&quot;&amp;&lt;y&gt;"/>');
  });

  it('an unrecognised voice gets no name tag', async () => {
    const turn = await w.runner('en-US', { userId: 'amzn1.ask.account.greeted-none' }).launch();
    expect(turn.ssml).not.toContain('alexa:name');
  });
});
