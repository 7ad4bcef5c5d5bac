/**
 * The daily reminder offered at the end of a runner's first check-in ("Want me to remind you to check in each
 * morning?"): "yes" goes on to the time and the permission, "no" closes without storing or creating anything, and
 * the offer is never made again to the same runner, nor to one who already allows reminders, nor when illness
 * shaped the advice. Spoken through the interaction model against the Reminders API stand-in and a real local
 * DynamoDB-API server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessTokenOf, startWorld, type World } from '../support/conversation.js';
import type { AlexaSimulator } from '../../local/simulator/simulator.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T12:00:00Z');
});
afterAll(() => w.close());
beforeEach(() => {
  w.reminders.failWith(undefined);
  w.reminders.delay(0);
});

const OFFER = 'Want me to remind you to check in each morning?';
const OFFER_HELP = 'I can remind you every day to do this check-in, at a time you choose. Would you like a daily reminder, yes or no?';

/** A full check-in, 7 am in New York, answered with plain fresh, well, good, rest-day answers; returns the last turn. */
async function checkIn(alexa: AlexaSimulator, iso = '2026-11-24T12:00:00Z', legs = 'fresh', feeling = 'good') {
  w.t.setNow(iso);
  await alexa.oneShot('tell recovery coach to check in');
  await alexa.say(legs);
  await alexa.say('well');
  const afterFeeling = await alexa.say(feeling);
  return /yesterday/.test(afterFeeling.speech) ? alexa.say('a rest day') : afterFeeling;
}

describe('the reminder offer after a first check-in', () => {
  it('ends the first check-in on the offer; "yes" asks the time, Alexa asks the permission, and a daily reminder is set', async () => {
    const alexa = w.runner('en-US');
    const advice = await checkIn(alexa);
    expect(advice.speech).toMatch(/^Thanks, your check-in is saved\. You're good for an easy run today\./);
    expect(advice.speech.endsWith(` ${OFFER}`)).toBe(true);
    expect(advice.reprompt).toBe(OFFER_HELP);
    expect(advice.sessionOpen).toBe(true);

    expect((await alexa.say('yes please')).speech).toBe('What time should I remind you each day to check in, for example seven in the morning?');
    const asked = await alexa.say('seven am');
    expect(asked.directives.map((d) => d.type)).toEqual(['Connections.SendRequest']);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
    const set = await alexa.answerPermission('ACCEPTED');
    // The check-in began as a one-shot: once the reminder is set, the session closes.
    expect(set.speech).toBe("Done. I'll remind you every day at 7 in the morning to check in.");
    expect(set.shouldEndSession).toBe(true);
    const [made, ...more] = w.reminders.remindersOf(accessTokenOf(alexa.userId));
    expect(more).toEqual([]);
    expect(made?.trigger.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0']);
    expect(made?.trigger.timeZoneId).toBe('America/New_York');
  });

  it('"no" closes the session with how to ask later, creates nothing, touches no table, and the next morning is not asked again', async () => {
    const alexa = w.runner('en-GB');
    expect((await checkIn(alexa, '2026-11-24T07:30:00Z')).speech.endsWith(OFFER)).toBe(true);
    w.t.dynamo.counter.reset();
    const no = await alexa.say('no thanks');
    expect(no.speech).toBe("Okay, no reminder. If you'd like one later, just say: remind me to check in every morning. Go easy out there.");
    expect(no.shouldEndSession).toBe(true);
    expect(w.t.dynamo.counter.total()).toBe(0);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);

    const tomorrow = await checkIn(alexa, '2026-11-25T07:30:00Z');
    expect(tomorrow.speech).toMatch(/^Thanks, your check-in is saved\./);
    expect(tomorrow.speech).not.toMatch(/remind/);
    // A one-shot check-in without the offer answers and closes, as it did before the offer existed.
    expect(tomorrow.shouldEndSession).toBe(true);
  });

  it('answered with a time ("remind me at half past six") sets it at that time straight away', async () => {
    const alexa = w.runner('en-US');
    expect((await checkIn(alexa)).speech.endsWith(OFFER)).toBe(true);
    const asked = await alexa.say('remind me at six thirty');
    expect(asked.directives.map((d) => d.type)).toEqual(['Connections.SendRequest']);
    await alexa.answerPermission('ACCEPTED');
    const [made] = w.reminders.remindersOf(accessTokenOf(alexa.userId));
    expect(made?.trigger.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=6;BYMINUTE=30;BYSECOND=0']);
  });

  it('is not made to a runner who already allows reminders', async () => {
    const alexa = w.runner('en-US', { consent: true });
    const advice = await checkIn(alexa);
    expect(advice.speech).toMatch(/check-in is saved/);
    expect(advice.speech).not.toMatch(/remind/);
    expect(advice.shouldEndSession).toBe(true);
  });

  it('is not made when illness shaped the advice: the rest day is the last word', async () => {
    const alexa = w.runner('en-GB');
    const advice = await checkIn(alexa, '2026-11-24T07:30:00Z', 'fresh', "I've got a fever");
    expect(advice.card?.title).toBe('Today: rest day');
    expect(advice.speech).not.toMatch(/remind/);
  });

  it('help and unmatched words while it is open explain the offer and ask again; "why?" still explains the advice', async () => {
    const alexa = w.runner('en-AU');
    expect((await checkIn(alexa, '2026-11-23T21:30:00Z')).speech.endsWith(OFFER)).toBe(true);
    expect((await alexa.say('help')).speech).toBe(OFFER_HELP);
    const unclear = await alexa.say('purple elephants dancing');
    expect(unclear.speech.endsWith(OFFER_HELP)).toBe(true);
    expect(unclear.sessionOpen).toBe(true);
    const why = await alexa.say('why');
    expect(why.speech).toMatch(/^Your legs feel good and nothing hard is in the way\./);
  });
});
