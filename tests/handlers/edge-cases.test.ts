import type { RequestEnvelope, ResponseEnvelope, dialog } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { RejectedRequestError } from '../../lambda/skill.js';
import {
  intentRequest,
  launchRequest,
  plainSlot,
  resolvedSlot,
  sessionEndedRequest,
  skillEventRequest,
  spoken,
  TEST_SKILL_ID,
} from '../support/envelopes.js';
import { startSettingsApi, type SettingsApi } from '../support/settings-api.js';
import { perFile } from '../support/per-file.js';
import { startTestSkill } from '../support/skill.js';

const t = perFile(() => startTestSkill(), (started) => started.dynamo.counter.reset());

const invoke = (e: RequestEnvelope): Promise<ResponseEnvelope> => t.skill.invoke(e);
const directive = (r: ResponseEnvelope) => r.response.directives?.[0] as dialog.ElicitSlotDirective | dialog.ConfirmIntentDirective | undefined;

describe('slots the model could not resolve', () => {
  it('asks again for the legs when the word matched no value (ER_SUCCESS_NO_MATCH), keeping nothing it guessed', async () => {
    const r = await invoke(intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'purple', null)]));
    expect(spoken(r)).toMatch(/didn't catch how your legs feel/i);
    const d = directive(r) as dialog.ElicitSlotDirective;
    expect(d.type).toBe('Dialog.ElicitSlot');
    expect(d.slotToElicit).toBe('legs');
    expect(d.updatedIntent?.slots?.legs?.value).toBeUndefined();
    expect(r.response.shouldEndSession).toBe(false);
    expect(r.response.reprompt).toBeDefined();
    expect(t.dynamo.counter.writes()).toBe(0);
  });

  it('asks for the legs when no slot was filled, and for yesterday next when the history does not know it', async () => {
    const first = await invoke(intentRequest('ShouldIRunIntent'));
    expect((directive(first) as dialog.ElicitSlotDirective).slotToElicit).toBe('legs');
    const second = await invoke(intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'heavy', 'heavy')], { newSession: false }));
    expect((directive(second) as dialog.ElicitSlotDirective).slotToElicit).toBe('yesterday');
    expect((directive(second) as dialog.ElicitSlotDirective).updatedIntent?.slots?.legs?.value).toBe('heavy');
  });

  it('treats an id outside the contract as unmatched, never as a value', async () => {
    const r = await invoke(intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'legs', 'drop table')]));
    expect((directive(r) as dialog.ElicitSlotDirective).slotToElicit).toBe('legs');
  });
});

describe('unknown requests', () => {
  it('answers an intent it does not know with the fallback, not an error', async () => {
    const r = await invoke(intentRequest('SomeOtherSkillIntent'));
    expect(spoken(r)).toMatch(/can't help with that/);
    expect(r.response.shouldEndSession).toBe(false);
  });

  it('answers an unknown request type quietly', async () => {
    const e = launchRequest();
    (e.request as { type: string }).type = 'Display.ElementSelected';
    const r = await invoke(e);
    expect(r.response.outputSpeech).toBeUndefined();
  });

  it('accepts a SessionEndedRequest with an error without speaking, and logs the reason', async () => {
    const r = await invoke(sessionEndedRequest('ERROR', { type: 'INVALID_RESPONSE', message: 'something' }));
    expect(r.response.outputSpeech).toBeUndefined();
    const line = JSON.parse(t.logs.at(-1) ?? '{}') as { outcome?: string };
    expect(line.outcome).toBe('ended:ERROR:INVALID_RESPONSE');
  });

  it('rejects a request for another skill', async () => {
    await expect(invoke(launchRequest({ applicationId: 'amzn1.ask.skill.someone-else' }))).rejects.toBeInstanceOf(RejectedRequestError);
  });

  it('rejects a request with no context', async () => {
    const e = launchRequest();
    delete (e as { context?: unknown }).context;
    await expect(invoke(e)).rejects.toBeInstanceOf(RejectedRequestError);
  });
});

describe('logging a run with numbers that make no sense', () => {
  it.each([
    ['300 km', [plainSlot('distance', '300'), resolvedSlot('unit', 'kilometres', 'km'), plainSlot('duration', 'PT20H')], /further than I can log/, 'distance'],
    ['5 km in 8 minutes', [plainSlot('distance', '5'), resolvedSlot('unit', 'kilometres', 'km'), plainSlot('duration', 'PT8M')], /world record/, 'duration'],
    // The question is about the value misheard: asking for the time again would loop ("a few miles in thirty minutes").
    ['a distance the model heard as ?', [plainSlot('distance', '?'), plainSlot('duration', 'PT30M')], /didn't catch one of those numbers\. How far did you go\?/, 'distance'],
    ['effort 11 out of 10', [plainSlot('duration', 'PT30M'), plainSlot('effortScore', '11')], /one to ten/, 'effortScore'],
  ])('%s: says why, asks again for that value, writes nothing', async (_name, slots, said, slot) => {
    const r = await invoke(intentRequest('LogRunIntent', slots, { confirmationStatus: 'CONFIRMED' }));
    expect(spoken(r)).toMatch(said);
    const d = directive(r) as dialog.ElicitSlotDirective;
    expect(d.type).toBe('Dialog.ElicitSlot');
    expect(d.slotToElicit).toBe(slot);
    expect(t.dynamo.counter.writes()).toBe(0);
    expect(spoken(r)).not.toMatch(/saved/i);
  });

  it.each([
    ['a kind nobody knows', resolvedSlot('kind', 'tiddlywinks', null), 'kind', /What kind of session/],
    ['a unit nobody knows', resolvedSlot('unit', 'furlongs', null), 'unit', /kilometres or miles/],
    ['a date that is a week, not a day', plainSlot('day', '2026-W47'), 'day', /Which day/],
    ['a day that does not exist', plainSlot('day', '2026-02-30'), 'day', /Which day/],
  ])('asks again about %s instead of guessing', async (_name, slot, elicited, said) => {
    const r = await invoke(intentRequest('LogRunIntent', [plainSlot('distance', '5'), plainSlot('duration', 'PT30M'), slot]));
    expect(spoken(r)).toMatch(/didn't catch/);
    expect(spoken(r)).toMatch(said);
    expect((directive(r) as dialog.ElicitSlotDirective).slotToElicit).toBe(elicited);
    expect(t.dynamo.counter.writes()).toBe(0);
  });

  it('rejects a request without a request id (the idempotency key of a run)', async () => {
    const e = intentRequest('LogRunIntent', [plainSlot('duration', 'PT30M')], { confirmationStatus: 'CONFIRMED' });
    (e.request as { requestId: unknown }).requestId = 42;
    await expect(invoke(e)).rejects.toBeInstanceOf(RejectedRequestError);
  });

  it('rolls a weekday that Alexa resolved into the future back into the past', async () => {
    // 2026-11-24 20:00 UTC is Tuesday 15:00 in New York; Alexa resolves "Sunday" to 2026-11-29.
    const r = await invoke(
      intentRequest('LogRunIntent', [resolvedSlot('kind', 'long run', 'long-run'), plainSlot('duration', 'PT90M'), plainSlot('day', '2026-11-29')]),
    );
    expect(spoken(r)).toMatch(/A long run, 1 hour 30 minutes, on Sunday\. Shall I save it\?/);
  });
});

describe("the runner's local day", () => {
  let settingsApi: SettingsApi;
  beforeAll(async () => {
    settingsApi = await startSettingsApi();
    settingsApi.set('amzn1.ask.device.test', { timeZone: 'Australia/Sydney', distanceUnits: 'METRIC' });
  });
  afterAll(() => settingsApi.close());

  it('saves a 6 am Sydney check-in under the Sydney date, not the UTC one', async () => {
    t.setNow('2026-11-23T19:00:00Z'); // 06:00 on 24 November in Sydney (UTC+11)
    const userId = 'amzn1.ask.account.sydney-runner';
    const e = intentRequest(
      'CheckInIntent',
      [
        resolvedSlot('legs', 'fresh', 'fresh'),
        resolvedSlot('sleep', 'well', 'good'),
        resolvedSlot('feeling', 'fine', 'fine'),
        resolvedSlot('yesterday', 'rest day', 'rest'),
      ],
      { userId, locale: 'en-AU' },
    );
    e.context.System.apiEndpoint = settingsApi.endpoint;
    e.context.System.apiAccessToken = 'test-token';
    const r = await invoke(e);
    expect(spoken(r)).toMatch(/check-in is saved/);
    const loaded = await t.dynamo.store.load(userKeyFor(userId), Date.parse('2026-11-23T19:00:00Z') / 1000);
    expect(loaded.ok && loaded.value.checkIns.map((c) => c.date)).toEqual(['2026-11-24']);
    expect(r.sessionAttributes?.timeZone).toBe('Australia/Sydney');
    // Read over HTTP from the settings API, as on a device.
    expect(settingsApi.requests).toContain('/v2/devices/amzn1.ask.device.test/settings/System.timeZone');
    t.setNow('2026-11-24T20:00:00Z');
  });
});

describe('skill events', () => {
  it('deletes every item of a runner who disables the skill, and nobody else', async () => {
    const gone = 'amzn1.ask.account.leaving';
    const stays = 'amzn1.ask.account.staying';
    for (const userId of [gone, stays]) {
      await t.dynamo.store.saveCheckIn(userKeyFor(userId), { date: '2026-11-24', legs: 'okay' });
      await t.dynamo.store.saveRun(userKeyFor(userId), { date: '2026-11-24', kind: 'easy-run', minutes: 30, loggedAt: '2026-11-24T07:00:00Z', requestId: 'r1' });
    }
    const r = await invoke(skillEventRequest('AlexaSkillEvent.SkillDisabled', { userId: gone }));
    expect(r.response.outputSpeech).toBeUndefined();
    const now = Date.parse('2026-11-24T20:00:00Z') / 1000;
    const left = await t.dynamo.store.load(userKeyFor(gone), now);
    const kept = await t.dynamo.store.load(userKeyFor(stays), now);
    expect(left.ok && left.value.runs.length + left.value.checkIns.length).toBe(0);
    expect(kept.ok && kept.value.runs.length + kept.value.checkIns.length).toBe(2);
  });
});

describe('one structured log line per turn', () => {
  it('carries type, intent, outcome and DynamoDB calls, and no user id', async () => {
    t.logs.length = 0;
    const userId = 'amzn1.ask.account.private-person';
    await invoke(intentRequest('WeekIntent', [], { userId }));
    expect(t.logs).toHaveLength(1);
    const line = JSON.parse(t.logs[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ requestType: 'IntentRequest', intent: 'WeekIntent', outcome: 'week', dynamoCalls: 1 });
    expect(typeof line.durationMs).toBe('number');
    expect(t.logs[0]).not.toContain(userId);
    expect(t.logs[0]).not.toContain(userKeyFor(userId));
  });
});

