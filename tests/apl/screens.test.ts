/**
 * Echo Show screens, through the simulator: a device that says it supports APL gets the RenderDocument
 * directive with what the runner hears; a voice-only Echo gets exactly the response it got before.
 */
import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlexaSimulator, Turn } from '../../local/simulator/index.js';
import { startWorld, type World } from '../support/conversation.js';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

let w: World;
beforeAll(async () => {
  w = await startWorld('2026-11-24T12:00:00Z');
});
afterAll(() => w.close());

function renderOf(turn: Turn): RenderDocument | undefined {
  return turn.directives.find((d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument');
}

function properties(turn: Turn, source: string): Record<string, unknown> {
  const render = renderOf(turn);
  expect(render).toBeDefined();
  return (render!.datasources![source] as { properties: Record<string, unknown> }).properties;
}

/** "Should I run today?" after a long run, with heavy legs: the recovery run a runner hears. */
async function afterLongRun(alexa: AlexaSimulator): Promise<Turn> {
  w.t.setNow('2026-11-24T12:30:00Z');
  await alexa.oneShot('ask recovery coach should I run today');
  await alexa.say('my legs feel heavy');
  return alexa.say('I did a long run');
}

function withoutScreen(envelope: ResponseEnvelope): ResponseEnvelope {
  const copy = structuredClone(envelope);
  copy.response.directives = (copy.response.directives ?? []).filter((d) => d.type !== 'Alexa.Presentation.APL.RenderDocument');
  if (copy.response.directives.length === 0) delete copy.response.directives;
  return copy;
}

describe('the advice screen', () => {
  it('in an open session the screen suggests the follow-up the runner can say', async () => {
    const alexa = w.runner('en-US', { userId: 'amzn1.ask.account.show-advice-open', device: 'show' });
    w.t.setNow('2026-11-24T19:00:00Z');
    await alexa.launch();
    await alexa.say('should I run today');
    await alexa.say('my legs feel heavy');
    const turn = await alexa.say('I did a long run');
    expect(turn.sessionOpen).toBe(true);
    expect(properties(turn, 'advice')).toMatchObject({ activity: 'Recovery run', hint: 'Try "Alexa, why?"' });
  });

  it('an Echo Show gets the advice screen with the activity, minutes, reason and feel the runner hears', async () => {
    const turn = await afterLongRun(w.runner('en-US', { userId: 'amzn1.ask.account.show-advice', device: 'show' }));
    expect(turn.speech).toContain('Today is a day for a recovery run.');
    expect(turn.speech).toContain('Keep it to about 20 to 30 minutes.');
    expect(turn.speech).toContain("Yesterday's long run is still settling in, and a short, easy run helps you absorb it.");
    expect(turn.speech).toContain('Keep it conversational: you should be able to chat the whole way.');
    const render = renderOf(turn)!;
    expect(render.token).toBe('advice');
    expect(render.document?.type).toBe('APL');
    expect(properties(turn, 'advice')).toMatchObject({
      activity: 'Recovery run',
      minutes: '20-30 min',
      howLong: '20 to 30 minutes',
      why: "Yesterday's long run is still settling in, and a short, easy run helps you absorb it.",
      feel: 'Keep it conversational: you should be able to chat the whole way.',
      summary: 'Recovery run, 20-30 min',
      // A one-shot closes the session: no follow-up is suggested that would not reach the skill.
      hint: '',
    });
    // A screen does not change the conversation: the question and the open microphone are as on any device.
    expect(turn.sessionOpen).toBe(false);
  });

  it('a voice-only Echo gets no directive, and the same response a Show gets without its screen', async () => {
    // Two runners with the same (empty) history, on the same morning: one on an Echo, one on a Show.
    const echo = await afterLongRun(w.runner('en-US', { userId: 'amzn1.ask.account.same-advice-echo' }));
    const show = await afterLongRun(w.runner('en-US', { userId: 'amzn1.ask.account.same-advice-show', device: 'show' }));
    expect(echo.directives).toEqual([]);
    expect(echo.response.response).not.toHaveProperty('directives');
    expect(JSON.stringify(withoutScreen(show.response))).toBe(JSON.stringify(echo.response));
  });

  it('the check-in ends on the screen too, in an open session, with the same store calls', async () => {
    const alexa = w.runner('en-GB', { userId: 'amzn1.ask.account.show-check-in', device: 'show' });
    w.t.setNow('2026-11-24T07:30:00Z');
    await alexa.launch();
    await alexa.say('fresh');
    await alexa.say('well');
    await alexa.say('good');
    w.t.dynamo.counter.reset();
    const turn = await alexa.say('I rested');
    expect(w.t.dynamo.counter.counts()).toEqual({ Query: 1, PutItem: 1 });
    expect(turn.speech).toContain("You're good for an easy run today.");
    expect(turn.speech).toContain('Keep it to about 20 to 30 minutes.');
    // A runner without history runs with walking breaks: that is how the minutes feel, on the screen first.
    expect(turn.speech).toContain('Try a few minutes of jogging, then a minute of walking, and repeat.');
    expect(turn.sessionOpen).toBe(true);
    expect(renderOf(turn)?.token).toBe('advice');
    expect(properties(turn, 'advice')).toMatchObject({
      activity: 'Easy run',
      howLong: '20 to 30 minutes',
      minutes: '20-30 min',
      feel: 'Try a few minutes of jogging, then a minute of walking, and repeat.',
    });
  });

  it('a rest day shows no minutes', async () => {
    const alexa = w.runner('en-AU', { userId: 'amzn1.ask.account.show-rest', device: 'show' });
    await alexa.oneShot('tell recovery coach to check in');
    const turn = await alexa.say('painful');
    expect(turn.speech).toContain('Take a rest day today.');
    expect(properties(turn, 'advice')).toMatchObject({ activity: 'Rest day', minutes: '', howLong: 'None today', summary: 'Rest day' });
  });
});

describe('the week screen', () => {
  it('shows seven days with the minutes the history holds, the hard day marked, in the locale\'s units, in one read', async () => {
    const userId = 'amzn1.ask.account.show-week';
    const alexa = w.runner('en-GB', { userId, device: 'show' });
    const log = async (iso: string, utterance: string) => {
      w.t.setNow(iso);
      await alexa.oneShot(`tell recovery coach ${utterance}`);
      expect((await alexa.say('yes')).speech).toMatch(/^Saved/);
    };
    await log('2026-11-19T18:00:00Z', 'I ran 5k in 30 minutes');
    await log('2026-11-21T18:00:00Z', 'I ran a tempo 8k in 40 minutes');
    await log('2026-11-23T18:00:00Z', 'I ran 5k in 30 minutes');
    w.t.setNow('2026-11-24T18:00:00Z');
    w.t.dynamo.counter.reset();
    const week = await alexa.oneShot('ask recovery coach what did I do this week');
    expect(w.t.dynamo.counter.counts()).toEqual({ Query: 1 });
    expect(week.speech).toMatch(/you ran 3 times, 18 kilometres and 1 hour 40 minutes in all/);
    expect(renderOf(week)?.token).toBe('week');
    const screen = properties(week, 'week');
    const days = screen.days as { date: string; weekday: string; minutes: number; hard: boolean; hardLabel: string }[];
    expect(days.map((d) => [d.weekday, d.minutes, d.hard])).toEqual([
      ['Wed', 0, false],
      ['Thu', 30, false],
      ['Fri', 0, false],
      ['Sat', 40, true],
      ['Sun', 0, false],
      ['Mon', 30, false],
      ['Tue', 0, false],
    ]);
    expect(days[0]!.date).toBe('2026-11-18');
    expect(days[6]!.date).toBe('2026-11-24');
    expect(days[3]!.hardLabel).toBe('Hard');
    expect(screen).toMatchObject({
      totals: '3 runs · 1 hour 40 minutes · 18 kilometres',
      easyPercent: 60,
      hardPercent: 40,
      share: 'Easy 60% · Hard 40%',
    });
  });

  it('a week in miles on an en-US Show; and nothing on a voice-only Echo', async () => {
    const show = w.runner('en-US', { userId: 'amzn1.ask.account.show-miles', device: 'show' });
    w.t.setNow('2026-11-23T23:00:00Z');
    await show.oneShot('tell recovery coach I ran 3 miles in 30 minutes');
    await show.say('yes');
    w.t.setNow('2026-11-24T23:00:00Z');
    const week = await show.oneShot('ask recovery coach what did I do this week');
    expect(properties(week, 'week')).toMatchObject({ totals: '1 run · 30 minutes · 3 miles', share: 'Easy 100% · Hard 0%' });
    const echo = await w.runner('en-US').oneShot('ask recovery coach what did I do this week');
    expect(echo.directives).toEqual([]);
  });
});
