/**
 * Privacy, tested on what is really stored: after a fuzz-like run of generated requests (every identifier Alexa sends
 * placed where it can be: user, person and device ids in the context, the session, slot values and stray session
 * attributes) and after conversations through the offline Alexa (with a recognised voice, so a personId is sent),
 * every attribute of every item in the table is read back and searched for any raw userId, personId or deviceId,
 * and for the unkeyed SHA-256 of one. Every partition key must be the HMAC of a known runner's userId.
 */
import { createHash } from 'node:crypto';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_TYPE_IDS } from '../../lambda/conversation/contract.js';
import { personPrefix } from '../../lambda/history/schema.js';
import { personKeyFor, userKeyFor } from '../../lambda/history/user-key.js';
import { RejectedRequestError } from '../../lambda/skill.js';
import { AlexaSimulator } from '../../local/simulator/index.js';
import { intentRequest, launchRequest, plainSlot, resolvedSlot, sessionEndedRequest, skillEventRequest, TEST_SKILL_ID } from '../support/envelopes.js';
import { startSettingsApi, type SettingsApi } from '../support/settings-api.js';
import { dynamoRig, type DynamoRig, type Item } from './support.js';

const FUZZ_REQUESTS = 800;
const SEED = 20261124;

interface Identity {
  userId: string;
  personId: string;
  deviceId: string;
}

/** Ids shaped like Alexa's, each unique in the whole run. */
const identity = (n: number): Identity => ({
  userId: `amzn1.ask.account.AGPRIVACY${String(n).padStart(4, '0')}UXQZKW7HNRT3J5MVB2C6D4`,
  personId: `amzn1.ask.person.AFPRIVACY${String(n).padStart(4, '0')}PLM8N9QK4TR`,
  deviceId: `amzn1.ask.device.AEPRIVACY${String(n).padStart(4, '0')}DVX5W6Y7`,
});

const runners = Array.from({ length: 40 }, (_, i) => identity(i));
const voices = Array.from({ length: 4 }, (_, i) => identity(900 + i));
const everyone = [...runners, ...voices];

let t: DynamoRig;
let settings: SettingsApi;
beforeAll(async () => {
  [t, settings] = await Promise.all([dynamoRig(), startSettingsApi()]);
});
afterAll(async () => {
  await Promise.all([t.close(), settings.close()]);
});

/** Puts the person and device where Alexa does, plus ids where Alexa never would (session attributes, slots). */
function withIdentity(envelope: RequestEnvelope, who: Identity): RequestEnvelope {
  const e = envelope as RequestEnvelope & { context: { System: Record<string, unknown> } };
  e.context.System.person = { personId: who.personId };
  e.context.System.device = { deviceId: who.deviceId, supportedInterfaces: {} };
  return e;
}

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

/** One generated request for one runner: the turns that write (check-ins, runs, the profile, deletions) and others. */
function requestFor(who: Identity): fc.Arbitrary<RequestEnvelope> {
  const o = { userId: who.userId };
  const stray = { timeZone: 'Europe/London', unit: 'km', note: who.userId, person: who.personId, device: who.deviceId };
  // Deletions are rare (about 2 in 100), so the table fills up before the scan.
  return fc.oneof(
    { weight: 20, arbitrary: fc.tuple(pick(SLOT_TYPE_IDS.LegsType), pick(SLOT_TYPE_IDS.SleepType), pick(SLOT_TYPE_IDS.FeelingType), pick(SLOT_TYPE_IDS.SessionType)).map(([legs, sleep, feeling, yesterday]) =>
      intentRequest('CheckInIntent', [resolvedSlot('legs', legs, legs), resolvedSlot('sleep', sleep, sleep), resolvedSlot('feeling', feeling, feeling), resolvedSlot('yesterday', yesterday, yesterday)], { ...o, attributes: stray }),
    ) },
    { weight: 20, arbitrary: fc.tuple(pick(SLOT_TYPE_IDS.SessionType), fc.integer({ min: 10, max: 150 }), fc.integer({ min: 0, max: 6 }), fc.uuid()).map(([kind, minutes, daysAgo, uuid]) =>
      intentRequest('LogRunIntent', [resolvedSlot('kind', kind, kind), plainSlot('duration', `PT${minutes}M`), plainSlot('day', `2026-11-${String(24 - daysAgo).padStart(2, '0')}`)], {
        ...o,
        newSession: false,
        confirmationStatus: 'CONFIRMED',
        // The run's idempotency key, as the skill itself put it in the session when it asked "Shall I save it?".
        attributes: { ...stray, pendingRunKey: `amzn1.echo-api.request.${uuid}`, pendingRunAt: '2026-11-24T19:00:00.000Z' },
      }),
    ) },
    { weight: 8, arbitrary: pick(SLOT_TYPE_IDS.ExperienceType).map((said) => intentRequest('ExperienceIntent', [resolvedSlot('experience', said, said)], o)) },
    // The runner's "words" are the ids themselves: an unmatched slot must not carry them into the table.
    { weight: 12, arbitrary: pick([who.userId, who.personId, who.deviceId]).map((words) =>
      intentRequest('LogRunIntent', [resolvedSlot('kind', words, null), plainSlot('duration', 'PT30M')], { ...o, confirmationStatus: 'CONFIRMED', newSession: false, attributes: stray }),
    ) },
    { weight: 8, arbitrary: pick([who.userId, who.personId]).map((words) =>
      intentRequest('CheckInIntent', [resolvedSlot('legs', words, null), resolvedSlot('sleep', 'well', 'good'), resolvedSlot('feeling', 'fine', 'fine'), resolvedSlot('yesterday', words, null)], o),
    ) },
    { weight: 8, arbitrary: fc.constant(intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'heavy', 'heavy'), resolvedSlot('yesterday', 'a long run', 'long-run')], o)) },
    { weight: 8, arbitrary: fc.constant(intentRequest('WeekIntent', [], o)) },
    { weight: 8, arbitrary: fc.constant(launchRequest({ ...o, attributes: stray })) },
    { weight: 4, arbitrary: fc.constant(sessionEndedRequest('USER_INITIATED', undefined, o)) },
    { weight: 1, arbitrary: fc.constant(intentRequest('DeleteDataIntent', [], { ...o, confirmationStatus: 'CONFIRMED', newSession: false })) },
    { weight: 1, arbitrary: fc.constant(skillEventRequest('AlexaSkillEvent.SkillDisabled', o)) },
  ).map((envelope) => withIdentity(envelope, who));
}

const anyRequest: fc.Arbitrary<RequestEnvelope> = fc.constantFrom(...runners).chain(requestFor);

/** Every string in an item: attribute names, S, N, string sets, lists and maps, all the way down. */
function stringsOf(value: AttributeValue | Item): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v instanceof Uint8Array) out.push(Buffer.from(v).toString('utf8'));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        out.push(k);
        walk(inner);
      }
    }
  };
  walk(value);
  return out;
}

const sha256 = (text: string): string[] => [createHash('sha256').update(text).digest('base64url'), createHash('sha256').update(text).digest('hex')];

/** What must never be in the table: each raw id, and each id's plain SHA-256 (base64url and hex). */
const forbidden = everyone.flatMap((who) => [who.userId, who.personId, who.deviceId].flatMap((id) => [id, ...sha256(id)]));
/** The suffixes alone too: an id stored with its prefix cut off is still the id. */
const forbiddenCores = everyone.flatMap((who) => [who.userId, who.personId, who.deviceId].map((id) => id.split('.').pop() as string));

function leaksIn(items: Item[]): string[] {
  const found: string[] = [];
  for (const item of items) {
    for (const text of stringsOf(item)) {
      for (const bad of [...forbidden, ...forbiddenCores]) if (text.includes(bad)) found.push(`${item.sk?.S ?? '?'}: ${bad}`);
    }
  }
  return found;
}

async function scanAll(): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await t.dynamo.client.send(new ScanCommand({ TableName: t.dynamo.tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

async function invokeQuietly(envelope: RequestEnvelope): Promise<ResponseEnvelope | undefined> {
  try {
    return await t.skill.invoke(envelope);
  } catch (error) {
    if (error instanceof RejectedRequestError) return undefined;
    throw error;
  }
}

describe('no raw identifier in the table', () => {
  it('the scan finds an id planted in an item (so a clean scan means something)', () => {
    const planted: Item = { pk: { S: userKeyFor('x') }, sk: { S: 'PROFILE' }, note: { M: { deep: { L: [{ S: `seen ${voices[0]?.personId}` }] } } } };
    expect(leaksIn([planted])).toEqual([`PROFILE: ${voices[0]?.personId}`, `PROFILE: ${voices[0]?.personId.split('.').pop()}`]);
    expect(leaksIn([{ pk: { S: sha256(runners[0]?.userId ?? '')[0] ?? '' }, sk: { S: 'PROFILE' } }])).toHaveLength(1);
  });

  it(
    `after ${FUZZ_REQUESTS} generated requests from ${runners.length} runners: no id anywhere, every key the HMAC of a runner`,
    async () => {
      const requests = fc.sample(anyRequest, { numRuns: FUZZ_REQUESTS, seed: SEED });
      for (const envelope of requests) await invokeQuietly(envelope);
      const items = await scanAll();
      console.log(`privacy scan after the fuzz-like run: ${items.length} stored items read`);
      expect(items.length).toBeGreaterThan(150);
      expect(leaksIn(items)).toEqual([]);
      const keys = new Set(runners.map((who) => userKeyFor(who.userId)));
      expect(items.filter((item) => !keys.has(item.pk?.S ?? ''))).toEqual([]);
      // Every request carries a recognised voice, so every item sits under its person's prefix: the HMAC of the
      // account and the person, never the ids themselves.
      const people = new Set(everyone.map((who) => personPrefix(personKeyFor(who.userId, who.personId))));
      const outside = items.filter((item) => ![...people].some((prefix) => (item.sk?.S ?? '').startsWith(prefix)));
      expect(outside.map((item) => item.sk?.S)).toEqual([]);
      // Runs, check-ins and profiles were all written, so all three kinds were searched.
      const kinds = new Set(items.map((item) => (item.sk?.S ?? '').split('#')[2]));
      expect([...kinds].sort()).toEqual(['CHECKIN', 'PROFILE', 'RUN']);
    },
    240_000,
  );

  it('after conversations through the offline Alexa with a recognised voice: still none', async () => {
    for (const [i, who] of voices.entries()) {
      settings.set(who.deviceId, { timeZone: 'Europe/London', distanceUnits: 'METRIC' });
      const alexa = new AlexaSimulator({
        locale: 'en-GB',
        // Alexa sends the recognised voice's personId with every request.
        invoke: (request) => t.skill.invoke(withIdentity(request, who)),
        applicationId: TEST_SKILL_ID,
        userId: who.userId,
        deviceId: who.deviceId,
        timeZone: 'Europe/London',
        now: () => new Date('2026-11-24T20:00:00Z'),
        apiEndpoint: settings.endpoint,
        apiAccessToken: 'test-access-token',
      });
      await alexa.oneShot("tell recovery coach I'm new to running");
      await alexa.oneShot('tell recovery coach to check in');
      await alexa.say('my legs feel heavy');
      await alexa.say('badly');
      await alexa.say('fine');
      await alexa.say('I did intervals');
      // A first check-in ends on the daily reminder offer.
      await alexa.say('no thanks');
      await alexa.oneShot(`tell recovery coach I ran ${5 + i} kilometres in ${30 + i * 5} minutes`);
      await alexa.say('yes');
      await alexa.oneShot('ask recovery coach how was my week');
    }
    const items = await scanAll();
    const ofVoices = new Set(voices.map((who) => userKeyFor(who.userId)));
    const theirs = items.filter((item) => ofVoices.has(item.pk?.S ?? ''));
    // Each voice left a profile, a check-in and a run.
    expect(theirs.length).toBe(voices.length * 3);
    expect(leaksIn(items)).toEqual([]);
    console.log(`privacy scan: ${items.length} stored items read, ${forbidden.length + forbiddenCores.length} forbidden strings searched`);
  });
});
