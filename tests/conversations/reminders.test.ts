/**
 * The daily check-in reminder, spoken through the interaction model against the loopback Reminders API stand-in
 * (local/reminders-api.ts): asking for the permission by voice, creating, reading and deleting the reminder, and
 * every way it can fail. A reminder turn makes no DynamoDB call: the Reminders API is the only record.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessTokenOf, startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  // 20:00 UTC is 3 pm in New York: the next 7 am there is tomorrow, 25 November.
  w = await startWorld('2026-11-24T20:00:00Z');
});
afterAll(() => w.close());
beforeEach(() => {
  w.reminders.failWith(undefined);
  w.reminders.delay(0);
  w.t.dynamo.counter.reset();
});

/** Reminders the skill has asked the stand-in to create so far. */
const posts = (): number => w.reminders.requests.filter((r) => r === 'POST /v1/alerts/reminders').length;

const SET_AT_SEVEN = "Done. I'll remind you every day at 7 in the morning to check in.";

describe('a daily check-in reminder', () => {
  it('asks for the permission by voice, then sets a daily 7 am reminder in the runner\'s zone, and says so', async () => {
    const alexa = w.runner('en-US');
    const asked = await alexa.oneShot('ask recovery coach to remind me to check in every morning at seven');
    expect(asked.directives).toEqual([
      {
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: {
          '@type': 'AskForPermissionsConsentRequest',
          '@version': '2',
          permissionScopes: [{ permissionScope: 'alexa::alerts:reminders:skill:readwrite', consentLevel: 'ACCOUNT' }],
        },
        token: 'daily-check-in-reminder',
      },
    ]);
    // Nothing is said to be set before Alexa has asked and the API has confirmed.
    expect(asked.speech).toBe('');
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);

    const granted = await alexa.answerPermission('ACCEPTED');
    expect(granted.speech).toBe(SET_AT_SEVEN);
    expect(granted.shouldEndSession).toBe(true);
    const [made, ...more] = w.reminders.remindersOf(accessTokenOf(alexa.userId));
    expect(more).toEqual([]);
    expect(made?.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: '2026-11-25T07:00:00',
      timeZoneId: 'America/New_York',
      recurrence: { startDateTime: '2026-11-25T07:00:00', recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0'] },
    });
    expect(made?.alertInfo.spokenInfo.content).toEqual([
      { locale: 'en-US', text: 'Time for your Recovery Coach check-in. Say: Alexa, ask Recovery Coach to check in.' },
    ]);
    expect(made?.pushNotification).toEqual({ status: 'ENABLED' });
    expect(w.t.dynamo.counter.total()).toBe(0);
  });

  it('asks for the time when none was said, and sets it at the time the runner gives', async () => {
    const alexa = w.runner('en-GB', { consent: true });
    await alexa.launch();
    const ask = await alexa.say('remind me to check in every morning');
    expect(ask.speech).toBe('What time should I remind you each day to check in, for example seven in the morning?');
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
    const set = await alexa.say('six thirty');
    expect(set.speech).toBe("Done. I'll remind you every day at 6:30 in the morning to check in. Anything else?");
    expect(set.sessionOpen).toBe(true);
    const [made] = w.reminders.remindersOf(accessTokenOf(alexa.userId));
    expect(made?.trigger.timeZoneId).toBe('Europe/London');
    expect(made?.trigger.recurrence?.recurrenceRules).toEqual(['FREQ=DAILY;BYHOUR=6;BYMINUTE=30;BYSECOND=0']);
  });

  it('reads the reminder back, deletes it on "stop my reminder", and then has none', async () => {
    const alexa = w.runner('en-AU', { consent: true });
    expect((await alexa.oneShot('ask recovery coach to remind me to check in every day at seven am')).speech).toBe(SET_AT_SEVEN);
    w.t.dynamo.counter.reset();
    expect((await alexa.oneShot('ask recovery coach when is my reminder')).speech).toBe('Your check-in reminder is every day at 7 in the morning.');
    expect((await alexa.oneShot('ask recovery coach to set a reminder at seven')).speech).toMatch(/^You already have a daily check-in reminder at 7 in the morning/);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toHaveLength(1);
    expect((await alexa.oneShot('tell recovery coach stop my reminder')).speech).toBe("Okay, I've deleted your daily check-in reminder.");
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
    expect((await alexa.oneShot('ask recovery coach when is my reminder')).speech).toBe(
      "You don't have a check-in reminder. To set one, say: remind me to check in every morning at seven.",
    );
    expect(w.t.dynamo.counter.total()).toBe(0);
  });

  it('sets nothing when the runner refuses the permission, and says how to allow it later', async () => {
    const alexa = w.runner('en-US');
    const postsBefore = posts();
    await alexa.launch();
    await alexa.say('remind me to check in every morning at seven');
    expect(alexa.permissionAsked).toBe(true);
    const refused = await alexa.answerPermission('DENIED');
    expect(refused.speech).toBe(
      'Okay, no reminder then. If you change your mind, you can allow reminders for Recovery Coach in the Alexa app, then ask me again. Anything else?',
    );
    expect(refused.sessionOpen).toBe(true);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
    expect(posts()).toBe(postsBefore);
  });

  it('asks for the permission again when the API answers 403, and sets nothing when it is not answered', async () => {
    // The request carries a consent token, but the runner has since withdrawn reminders: the API refuses.
    const alexa = w.runner('en-US', { consent: true });
    w.reminders.permit(accessTokenOf(alexa.userId), false);
    const asked = await alexa.oneShot('ask recovery coach to remind me to check in every morning at seven');
    expect(asked.directives.map((d) => d.type)).toEqual(['Connections.SendRequest']);
    const silent = await alexa.answerPermission('NOT_ANSWERED');
    expect(silent.speech).toBe("I can't set reminders without your permission yet. You can allow reminders for Recovery Coach in the Alexa app, then ask me again.");
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
  });

  it('says the reminder is not set when the API fails (5xx), and never claims one', async () => {
    const alexa = w.runner('en-GB', { consent: true });
    w.reminders.failWith(503);
    await alexa.launch();
    const failed = await alexa.say('remind me to check in every morning at seven');
    expect(failed.speech).toBe("Sorry, I couldn't reach Alexa's reminders just now, so I haven't set anything. Please try again in a minute. Anything else?");
    expect(failed.sessionOpen).toBe(true);
    expect((await alexa.say('when is my reminder')).speech).toMatch(/^Sorry, I couldn't reach Alexa's reminders just now, so I can't tell you about your reminder/);
    expect((await alexa.say('stop my reminder')).speech).toMatch(/^Sorry, I couldn't reach Alexa's reminders just now, so your reminder hasn't been changed/);
    w.reminders.failWith(undefined);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
  });

  it('gives a clear answer, and no time, when the API is slower than the skill waits', async () => {
    const alexa = w.runner('en-US', { consent: true });
    // Longer than the skill's REMINDERS_TIMEOUT_MS (2 s).
    w.reminders.delay(3_000);
    const postsBefore = posts();
    const slow = await alexa.oneShot('ask recovery coach to remind me to check in every morning at seven');
    expect(slow.speech).toBe("Sorry, Alexa's reminders didn't answer in time, so I can't confirm a reminder is set. Please ask me again in a minute.");
    expect(slow.speech).not.toMatch(/in the morning/);
    // The skill looks before it creates: the slow look-up means no reminder was asked for at all.
    expect(posts()).toBe(postsBefore);
    w.reminders.delay(0);
    expect(w.reminders.remindersOf(accessTokenOf(alexa.userId))).toEqual([]);
  });

  it('help while the time is asked for explains the question and asks it again', async () => {
    const alexa = w.runner('en-US', { consent: true });
    await alexa.launch();
    await alexa.say('remind me to check in every morning');
    const help = await alexa.say('help');
    expect(help.speech).toBe(
      'I can remind you every day to do your check-in. Just tell me the time, for example seven in the morning. What time would you like?',
    );
    expect((await alexa.say('seven')).speech).toBe(`${SET_AT_SEVEN} Anything else?`);
  });
});
