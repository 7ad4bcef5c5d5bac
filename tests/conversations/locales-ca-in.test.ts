// en-CA and en-IN: their own models, "kilometres" in speech, their usual zones, and units from the device first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/conversation.js';

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T18:00:00Z');
});
afterAll(() => w.close());

describe('en-CA and en-IN', () => {
  it.each([
    // 18:00 UTC is 13:00 in Toronto and 23:30 in Kolkata: both still the 24th.
    ['en-CA', 'I ran ten kilometres in fifty five minutes', /10 kilometres in 55 minutes, today/],
    ['en-IN', 'I jogged 5 kilometres in 32 minutes', /5 kilometres in 32 minutes, today/],
  ] as const)('%s: reads "%s" back in kilometres and saves it', async (locale, utterance, readBack) => {
    const alexa = w.runner(locale);
    const confirm = await alexa.oneShot(`tell recovery coach ${utterance}`);
    expect(confirm.speech).toMatch(readBack);
    expect((await alexa.say('yes')).speech).toMatch(/^Saved/);
  });

  it.each([
    // 12:00 UTC is 07:00 in Toronto; 02:00 UTC is 07:30 in Kolkata.
    ['en-CA', '2026-11-24T12:00:00Z'],
    ['en-IN', '2026-11-24T02:00:00Z'],
  ] as const)('%s: the morning check-in starts at the local morning of the locale\'s usual zone', async (locale, iso) => {
    w.t.setNow(iso);
    const alexa = w.runner(locale);
    // The device reports nothing: the locale's zone (America/Toronto, Asia/Kolkata) and kilometres.
    w.settings.set(alexa.deviceId, {});
    expect((await alexa.launch()).speech).toMatch(/^Good morning\. Let's do your check-in\./);
  });

  it.each(['en-CA', 'en-IN'] as const)('%s: the device setting comes first (miles), kilometres when it says nothing', async (locale) => {
    w.t.setNow('2026-11-24T18:00:00Z');
    const miles = w.runner(locale, { metric: false, userId: `amzn1.ask.account.imperial-${locale}` });
    await miles.oneShot('tell recovery coach I ran 5 kilometres in 30 minutes');
    await miles.say('yes');
    expect((await miles.oneShot('ask recovery coach what did I do this week')).speech).toMatch(/ran once, 3\.1 miles and 30 minutes in all/);

    const silent = w.runner(locale, { userId: `amzn1.ask.account.imperial-${locale}` });
    w.settings.set(silent.deviceId, {});
    expect((await silent.oneShot('ask recovery coach what did I do this week')).speech).toMatch(/ran once, 5 kilometres and 30 minutes in all/);
  });

  it('en-IN: cricket and badminton count as cross-training', async () => {
    const alexa = w.runner('en-IN');
    expect((await alexa.oneShot('tell recovery coach I played badminton for 45 minutes')).speech).toMatch(/cross-training/i);
  });
});
