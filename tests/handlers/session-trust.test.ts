/**
 * Session attributes come back from the device, so they are read as untrusted input: a forgery deep enough to
 * overflow ask-sdk, an instant from the far future, a "yes" after midnight. And every open microphone asks.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { intentRequest, plainSlot, resolvedSlot, spoken } from '../support/envelopes.js';
import { perFile } from '../support/per-file.js';
import { startTestSkill } from '../support/skill.js';

const t = perFile(() => startTestSkill(), (started) => started.dynamo.counter.reset());

const invoke = (e: RequestEnvelope): Promise<ResponseEnvelope> => t.skill.invoke(e);
let runner = 0;
const nextUser = (): string => `amzn1.ask.account.session-trust-${++runner}`;

async function runsStored(): Promise<Array<Record<string, string>>> {
  const scan = await t.dynamo.client.send(new ScanCommand({ TableName: t.dynamo.tableName }));
  return (scan.Items ?? [])
    .filter((i) => i.sk?.S?.startsWith('RUN#'))
    .map((i) => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, v.S ?? v.N ?? ''])));
}

describe('session attributes as untrusted input', () => {
  it('answers a request whose attributes nest 5,000 levels deep, from a clean session, with no error', async () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 5000; i += 1) deep = (deep.x = {}) as Record<string, unknown>;
    const r = await invoke(intentRequest('AMAZON.HelpIntent', [], { newSession: false, attributes: { ...root, expecting: 'legs' } }));
    // The general help, not the legs help: nothing was read from the forged attributes.
    expect(spoken(r)).toMatch(/^I help you decide how to train today\./);
    expect(r.response.shouldEndSession).toBe(false);
    expect(JSON.stringify(r.sessionAttributes)).not.toContain('"x"');
  });

  it('a forged logging instant in the year 275760 is not saved: the run is logged at the real time of the turn', async () => {
    t.setNow('2026-11-24T20:00:00Z');
    const userId = nextUser();
    const r = await invoke(
      intentRequest('LogRunIntent', [plainSlot('distance', '5'), resolvedSlot('unit', 'kilometres', 'km'), plainSlot('duration', 'PT30M')], {
        userId,
        newSession: false,
        confirmationStatus: 'CONFIRMED',
        attributes: { timeZone: 'Europe/London', unit: 'km', expecting: 'log-confirm', pendingRunKey: 'amzn1.echo-api.request.forged', pendingRunAt: '+275760-09-13T00:00:00.000Z' },
      }),
    );
    expect(spoken(r)).toMatch(/^Saved: a run, 5 kilometers in 30 minutes, today\./);
    const [run] = (await runsStored()).filter((item) => item.requestId === 'amzn1.echo-api.request.forged');
    expect(run?.loggedAt).toBe('2026-11-24T20:00:00.000Z');
    expect(run?.date).toBe('2026-11-24');
    // 28 days after the run's day, not a year that never comes.
    expect(Number(run?.expiresAt)).toBeLessThan(Date.parse('2027-01-01T00:00:00Z') / 1000);
  });

  it('a run read back before midnight and confirmed after it stays on the day it was asked about, once, even when retried', async () => {
    const userId = nextUser();
    const slots = [plainSlot('distance', '8'), resolvedSlot('unit', 'kilometres', 'km'), plainSlot('duration', 'PT50M')];
    t.setNow('2026-11-24T23:58:00Z');
    const asked = await invoke(intentRequest('LogRunIntent', slots, { userId, attributes: { timeZone: 'Europe/London', unit: 'km' } }));
    expect(spoken(asked)).toBe('A run, 8 kilometers in 50 minutes, today. Shall I save it?');
    t.setNow('2026-11-25T00:01:00Z');
    const yes = intentRequest('LogRunIntent', slots, { userId, newSession: false, confirmationStatus: 'CONFIRMED', attributes: asked.sessionAttributes ?? {} });
    expect(spoken(await invoke(yes))).toMatch(/^Saved: a run, 8 kilometers in 50 minutes, yesterday\./);
    await invoke({ ...yes, request: { ...yes.request, requestId: 'amzn1.echo-api.request.retry-of-yes' } } as RequestEnvelope);
    const mine = (await runsStored()).filter((item) => item.loggedAt === '2026-11-24T23:58:00.000Z');
    expect(mine.map((item) => item.date)).toEqual(['2026-11-24']);
  });
});

describe('a run that may have been saved', () => {
  const slots = [plainSlot('distance', '5'), resolvedSlot('unit', 'kilometres', 'km'), plainSlot('duration', 'PT30M')];
  const declined = (attributes: Record<string, unknown>, userId: string) =>
    intentRequest('LogRunIntent', slots, { userId, newSession: false, confirmationStatus: 'DENIED', attributes });

  it('"no" with only a forged "maybe saved" that is not exactly true removes nothing and says it was not saved', async () => {
    const userId = nextUser();
    const base = { timeZone: 'Europe/London', unit: 'km', expecting: 'log-retry', pendingRunKey: 'amzn1.echo-api.request.k', pendingRunDate: '2026-11-24' };
    const r = await invoke(declined({ ...base, pendingRunMaybeSaved: 'yes' }, userId));
    expect(spoken(r)).toBe("Okay, I haven't saved it. Anything else?");
    expect(t.dynamo.counter.writes()).toBe(0);
  });

  it('"no" after a "maybe saved" removes the run by its day and key, and the week no longer holds it', async () => {
    const userId = nextUser();
    t.setNow('2026-11-24T20:00:00Z');
    // The first save landed (its answer was lost): the run is in the table under the held key.
    const confirmed = intentRequest('LogRunIntent', slots, {
      userId,
      newSession: false,
      confirmationStatus: 'CONFIRMED',
      attributes: { timeZone: 'Europe/London', unit: 'km', expecting: 'log-confirm', pendingRunKey: 'amzn1.echo-api.request.held', pendingRunDate: '2026-11-24' },
    });
    expect(spoken(await invoke(confirmed))).toMatch(/^Saved/);
    const attributes = { timeZone: 'Europe/London', unit: 'km', expecting: 'log-retry', pendingRunKey: 'amzn1.echo-api.request.held', pendingRunDate: '2026-11-24', pendingRunMaybeSaved: true };
    t.dynamo.counter.reset();
    const r = await invoke(declined(attributes, userId));
    expect(spoken(r)).toBe("Okay, I've made sure it isn't in your history, so it won't count in your week. Anything else?");
    expect(t.dynamo.counter.counts()).toEqual({ DeleteItem: 1 });
    expect((await runsStored()).filter((item) => item.requestId === 'amzn1.echo-api.request.held')).toEqual([]);
    // Nothing is held any more.
    expect(r.sessionAttributes?.pendingRunKey).toBeUndefined();
    expect(r.sessionAttributes?.pendingRunMaybeSaved).toBeUndefined();
  });
});

describe('every open microphone asks a question', () => {
  it('"why?" before any advice offers to start, and "yes" starts with the legs question', async () => {
    const userId = nextUser();
    const why = await invoke(intentRequest('WhyIntent', [], { userId, newSession: false }));
    expect(spoken(why)).toBe("I haven't given you today's advice yet, so there's nothing to explain. Shall we start with today? Just say yes, or ask: should I run today?");
    const yes = await invoke(intentRequest('AMAZON.YesIntent', [], { userId, newSession: false, attributes: why.sessionAttributes ?? {} }));
    expect(spoken(yes)).toBe('How do your legs feel today: fresh, okay, heavy, or sore?');
    expect(yes.response.directives?.[0]).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'legs', updatedIntent: { name: 'ShouldIRunIntent' } });
  });

  it('"cancel" while a run waits for its yes says once that it was not saved, and closes', async () => {
    const r = await invoke(intentRequest('AMAZON.CancelIntent', [], { newSession: false, attributes: { expecting: 'log-confirm' } }));
    expect(spoken(r)).toBe("Okay, I haven't saved it. Go easy out there.");
    expect(r.response.shouldEndSession).toBe(true);
  });

  it('the fallback outside any question ends on a question', async () => {
    const r = await invoke(intentRequest('AMAZON.FallbackIntent', [], { newSession: false }));
    expect(spoken(r)).toBe("Sorry, I can't help with that. You can ask should I run today, log a run, or ask what you did this week. What would you like to do?");
  });
});
