/**
 * 10,000 generated requests through the real skill over a real local DynamoDB-API server. Every request gets a
 * well-formed response envelope or a clean RejectedRequestError, nothing else; exactly one log line; nothing the
 * runner said comes back in speech, cards, logs or the table; and DynamoDB is written only by turns that may write.
 *
 * "May write", exactly: a confirmed LogRunIntent whose distance, duration and effort-score slots are each absent or
 * readable; a CheckInIntent whose legs, sleep and feeling slots carry a matched id and whose yesterday slot is not
 * unmatched; an ExperienceIntent whose experience slot carries a matched id (the profile); a confirmed
 * DeleteDataIntent; AlexaSkillEvent.SkillDisabled. Every other request writes nothing, and a
 * rejected request makes no DynamoDB call at all. What was written is checked at the end: only valid runs (in range,
 * within the window), readiness-only check-ins, no raw words.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES, ALTERNATIVES, EFFORT_CUES, REASONS, SESSION_KINDS, YESTERDAYS, addDays } from '../../lambda/coach/index.js';
import { EFFORT_MAX, EFFORT_MIN, MAX_RUN_KM, MAX_RUN_MINUTES } from '../../lambda/coach/constants.js';
import { BUILT_IN_INTENTS, INTENTS, SLOT_TYPE_IDS } from '../../lambda/conversation/contract.js';
import { RejectedRequestError } from '../../lambda/skill.js';
import { EXPECTING } from '../../lambda/turn/session.js';
import { TEST_SKILL_ID, resolvedSlot } from '../support/envelopes.js';
import { dynamoRig, RIG_NOW, type DynamoRig, type Item } from './support.js';

/** Marks every word "the runner said" (slot values, resolution names): it must never come back out. */
const MARK = 'QZXW';
const TODAY = RIG_NOW.slice(0, 10);
const FUZZ_TIMEOUT_MS = 240_000;
const RUNS = { wellFormed: 6_000, broken: 2_500, arbitrary: 1_500 } as const;

let t: DynamoRig;
beforeAll(async () => {
  t = await dynamoRig({ skillId: TEST_SKILL_ID });
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------------------------
// Values

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings that are not the runner's words (ids, names, types): never carry the mark. */
const plainString = (maxLength: number): fc.Arbitrary<string> => fc.string({ maxLength }).filter((s) => !s.includes(MARK));
/** Anything but a string, as JSON carries it: numbers, booleans, null, arrays, objects. */
const notAString: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxLength: 3 }),
  fc.dictionary(plainString(8), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>, { maxKeys: 3 }),
);
const junk: fc.Arbitrary<Json> = fc.oneof(notAString, plainString(20));
/** Where an object belongs: null, a number, a string, an empty array. */
const notAnObject: fc.Arbitrary<Json> = fc.oneof(fc.integer(), fc.constant<Json>(null), plainString(10), fc.constant<Json>([]));
const spokenWords = fc.string({ maxLength: 16 }).map((s) => `${MARK} ${s}`);
const hugeWords = fc.integer({ min: 600, max: 120_000 }).map((n) => `${MARK}${'a'.repeat(n)}`);

// ---------------------------------------------------------------------------------------------------------------
// Slots

/** How a slot reads to the skill: matched/readable, unreadable words, or not there at all. */
type SlotClass = 'valid' | 'unmatched' | 'garbage' | 'absent';
interface SlotPlan {
  cls: SlotClass;
  slot?: Json;
}

type SlotKind = { kind: 'custom'; ids: readonly string[] } | { kind: 'number'; usual: number } | { kind: 'duration' } | { kind: 'date' } | { kind: 'time' };

const SLOTS: Record<string, SlotKind> = {
  legs: { kind: 'custom', ids: SLOT_TYPE_IDS.LegsType },
  yesterday: { kind: 'custom', ids: SLOT_TYPE_IDS.SessionType },
  sleep: { kind: 'custom', ids: SLOT_TYPE_IDS.SleepType },
  feeling: { kind: 'custom', ids: SLOT_TYPE_IDS.FeelingType },
  kind: { kind: 'custom', ids: SLOT_TYPE_IDS.SessionType },
  unit: { kind: 'custom', ids: SLOT_TYPE_IDS.DistanceUnitType },
  effortWord: { kind: 'custom', ids: SLOT_TYPE_IDS.EffortType },
  activity: { kind: 'custom', ids: SLOT_TYPE_IDS.ActivityType },
  topic: { kind: 'custom', ids: SLOT_TYPE_IDS.TopicType },
  experience: { kind: 'custom', ids: SLOT_TYPE_IDS.ExperienceType },
  when: { kind: 'custom', ids: SLOT_TYPE_IDS.WhenType },
  // Free words: whatever Alexa sends in them is read by the layer, never trusted.
  said: { kind: 'custom', ids: SLOT_TYPE_IDS.WordsType },
  raced: { kind: 'custom', ids: SLOT_TYPE_IDS.WordsType },
  distance: { kind: 'number', usual: 30 },
  effortScore: { kind: 'number', usual: 10 },
  duration: { kind: 'duration' },
  day: { kind: 'date' },
  time: { kind: 'time' },
};

const asJson = (v: unknown): Json => JSON.parse(JSON.stringify(v)) as Json;

/** Resolutions Alexa would never send: the skill must read them as "no match", never throw. */
const weirdResolutions: fc.Arbitrary<Json> = fc.oneof(
  junk,
  fc.constantFrom<Json>(
    { resolutionsPerAuthority: null },
    { resolutionsPerAuthority: [null, 5, 'x'] },
    { resolutionsPerAuthority: [{ status: null }] },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: 'fresh' }] },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [null, { value: null }, { value: { id: 5 } }] }] },
    { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }, { status: { code: 'ER_ERROR_TIMEOUT' } }] },
  ),
);

function slotArb(name: string, kind: SlotKind, good = 6): fc.Arbitrary<SlotPlan> {
  const absent = fc.oneof(
    fc.constant<SlotPlan>({ cls: 'absent' }),
    fc.constant<SlotPlan>({ cls: 'absent', slot: { name, confirmationStatus: 'NONE' } }),
    fc.constantFrom('', '   ').map((value): SlotPlan => ({ cls: 'absent', slot: { name, value } })),
    // A value of the wrong type reads as no value.
    notAString.map((value): SlotPlan => ({ cls: 'absent', slot: { name, value } })),
    // Not a slot object at all.
    notAnObject.map((slot): SlotPlan => ({ cls: 'absent', slot })),
  );
  const plain = (value: string): Json => ({ name, value, confirmationStatus: 'NONE' });
  switch (kind.kind) {
    case 'custom': {
      const ids = kind.ids;
      return fc.oneof(
        { weight: good, arbitrary: fc.tuple(fc.constantFrom(...ids), spokenWords).map(([id, w]): SlotPlan => ({ cls: 'valid', slot: asJson(resolvedSlot(name, w, id)) })) },
        { weight: 2, arbitrary: spokenWords.map((w): SlotPlan => ({ cls: 'unmatched', slot: asJson(resolvedSlot(name, w, null)) })) },
        {
          weight: 1,
          arbitrary: fc.tuple(spokenWords, plainString(20).filter((id) => !ids.includes(id))).map(([w, id]): SlotPlan => ({ cls: 'unmatched', slot: asJson(resolvedSlot(name, w, id)) })),
        },
        { weight: 1, arbitrary: spokenWords.map((w): SlotPlan => ({ cls: 'unmatched', slot: plain(w) })) },
        { weight: 1, arbitrary: fc.tuple(spokenWords, weirdResolutions).map(([w, resolutions]): SlotPlan => ({ cls: 'unmatched', slot: { name, value: w, resolutions } })) },
        { weight: 1, arbitrary: hugeWords.map((w): SlotPlan => ({ cls: 'unmatched', slot: asJson(resolvedSlot(name, w, null)) })) },
        { weight: 3, arbitrary: absent },
      );
    }
    case 'number':
      return fc.oneof(
        {
          weight: good,
          arbitrary: fc
            .oneof(
              // Mostly what runners say, sometimes numbers no run has.
              { weight: 4, arbitrary: fc.integer({ min: 1, max: kind.usual }).map(String) },
              { weight: 1, arbitrary: fc.integer({ min: -10, max: 400 }).map(String) },
              { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`) },
            )
            .map((v): SlotPlan => ({ cls: 'valid', slot: plain(v) })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(spokenWords, hugeWords, fc.constantFrom('?', '5k', '1e3', '--5', '5.', '.5', '١٢', 'Infinity', 'NaN'), fc.integer({ min: 10 ** 12, max: 10 ** 15 }).map(String))
            .map((v): SlotPlan => ({ cls: 'garbage', slot: plain(v) })),
        },
        { weight: 3, arbitrary: absent },
      );
    case 'duration':
      return fc.oneof(
        {
          weight: good,
          arbitrary: fc
            .oneof(
              { weight: 4, arbitrary: fc.integer({ min: 10, max: 120 }).map((m) => `PT${m}M`) },
              fc.integer({ min: 0, max: 900 }).map((m) => `PT${m}M`),
              fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `PT${h}H${m}M`),
              fc.constantFrom('P1D', 'PT30S', 'PT1H', 'PT0.5H', 'P2DT3H'),
            )
            .map((v): SlotPlan => ({ cls: 'valid', slot: plain(v) })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(spokenWords, hugeWords, fc.constantFrom('PT', 'P', 'PTM', '30 minutes', 'PT-5M', 'P1W', 'PT5X', '?', 'PT1H30'))
            .map((v): SlotPlan => ({ cls: 'garbage', slot: plain(v) })),
        },
        { weight: 3, arbitrary: absent },
      );
    case 'date':
      return fc.oneof(
        {
          weight: good,
          arbitrary: fc
            .oneof({ weight: 3, arbitrary: fc.integer({ min: -6, max: 0 }) }, { weight: 1, arbitrary: fc.integer({ min: -40, max: 40 }) })
            .map((d): SlotPlan => ({ cls: 'valid', slot: plain(addDays(TODAY, d)) })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(spokenWords, fc.constantFrom('2026-W47', '2026-W47-WE', '2026-11', 'PRESENT_REF', '2026-13-45', 'XXXX-11-24', '2026-02-30', '0000-01-01', '9999-12-31'))
            .map((v): SlotPlan => ({ cls: 'garbage', slot: plain(v) })),
        },
        { weight: 3, arbitrary: absent },
      );
    case 'time':
      // AMAZON.TIME: "07:00", "19:30", or a part of the day ("MO", "EV") when no hour was said.
      return fc.oneof(
        {
          weight: good,
          arbitrary: fc
            .oneof(
              fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
              fc.constantFrom('MO', 'AF', 'EV', 'NI'),
            )
            .map((v): SlotPlan => ({ cls: 'valid', slot: plain(v) })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(spokenWords, hugeWords, fc.constantFrom('25:00', '7', '07:60', 'T07:00', '-1:00', '7am', '24:00', '', 'XX:XX'))
            .map((v): SlotPlan => ({ cls: 'garbage', slot: plain(v) })),
        },
        { weight: 3, arbitrary: absent },
      );
  }
}

/** Any subset of every slot the model knows (for any intent), plus slots nobody declared. */
const slotsArb = fc.record(Object.fromEntries(Object.entries(SLOTS).map(([name, kind]) => [name, slotArb(name, kind)])) as Record<string, fc.Arbitrary<SlotPlan>>);
const extraSlots = fc.dictionary(plainString(12), fc.oneof(junk, spokenWords.map((w): Json => ({ name: 'x', value: w }))), { maxKeys: 2 });

// ---------------------------------------------------------------------------------------------------------------
// Requests

const OUR_INTENTS = Object.values(INTENTS).map((i) => i.name);
const intentName: fc.Arbitrary<Json> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...OUR_INTENTS) },
  { weight: 4, arbitrary: fc.constantFrom(...BUILT_IN_INTENTS, 'AMAZON.PauseIntent', 'AMAZON.RepeatIntent', 'AMAZON.StartOverIntent', 'AMAZON.SendToPhoneIntent') },
  { weight: 2, arbitrary: fc.oneof(plainString(30), fc.constantFrom('SomeOtherSkillIntent', '', 'ShouldIRunIntent ', 'shouldirunintent')) },
  { weight: 1, arbitrary: notAString },
);
const confirmation: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED') },
  { weight: 1, arbitrary: junk },
);

interface IntentPlan {
  /** The intent object as sent, or something that is not one. */
  intent?: Json;
  /** Only when `intent` is a well-formed object with a slots record. */
  name?: Json;
  confirmation?: Json;
  slots?: Record<string, SlotClass>;
}

function intentPlan(name: Json, status: Json | undefined, slots: Record<string, SlotPlan>, extra: Record<string, Json>): IntentPlan {
  const sent: Record<string, Json> = { ...extra };
  const classes: Record<string, SlotClass> = {};
  for (const [slotName, plan] of Object.entries(slots)) {
    classes[slotName] = plan.cls;
    if (plan.slot !== undefined) sent[slotName] = plan.slot;
    else delete sent[slotName];
  }
  const intent: { [key: string]: Json } = { name, slots: sent };
  if (status !== undefined) intent.confirmationStatus = status;
  return { intent, name, confirmation: status, slots: classes };
}

/** One of our intents with its own slots, mostly filled well: the turns that read the history and write. */
const targetedIntent: fc.Arbitrary<IntentPlan> = fc.constantFrom(...Object.values(INTENTS)).chain((def) =>
  fc
    .record({
      status: fc.oneof({ weight: 3, arbitrary: fc.constant('CONFIRMED') }, { weight: 2, arbitrary: fc.constant('NONE') }, { weight: 1, arbitrary: fc.constant('DENIED') }),
      slots: fc.record(
        Object.fromEntries(Object.keys(def.slots).map((slot) => [slot, slotArb(slot, SLOTS[slot] as SlotKind, 30)])) as Record<string, fc.Arbitrary<SlotPlan>>,
      ),
    })
    .map(({ status, slots }) => intentPlan(def.name, status, slots, {})),
);

const intentArb: fc.Arbitrary<IntentPlan> = fc.oneof(
  { weight: 10, arbitrary: targetedIntent },
  {
    weight: 10,
    arbitrary: fc
      .record({ name: intentName, confirmation, slots: slotsArb, extra: extraSlots, dropStatus: fc.boolean() })
      .map(({ name, confirmation: status, slots, extra, dropStatus }) => intentPlan(name, dropStatus ? undefined : status, slots, extra)),
  },
  // An intent whose slots are not a record: every slot reads as absent, nothing may be written from it.
  {
    weight: 1,
    arbitrary: fc.record({ name: intentName, confirmation, slots: notAnObject }).map(
      ({ name, confirmation: status, slots }): IntentPlan => ({ intent: { name: name as Json, confirmationStatus: status as Json, slots: slots as Json }, name, confirmation: status, slots: {} }),
    ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant(undefined), junk).map((intent): IntentPlan => (intent === undefined ? {} : { intent })) },
);

const REQUEST_TYPES = [
  'LaunchRequest',
  'SessionEndedRequest',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillAccountLinked',
  'AlexaSkillEvent.ProactiveSubscriptionChanged',
  'CanFulfillIntentRequest',
  'Display.ElementSelected',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
  'System.ExceptionEncountered',
  'AudioPlayer.PlaybackStarted',
  'PlaybackController.PlayCommandIssued',
  'Messaging.MessageReceived',
  'Reminders.ReminderCreated',
] as const;

const requestType: fc.Arbitrary<string> = fc.oneof(
  { weight: 14, arbitrary: fc.constant('IntentRequest') },
  { weight: 6, arbitrary: fc.constantFrom(...REQUEST_TYPES) },
  { weight: 1, arbitrary: plainString(40).filter((s) => s.length > 0) },
);

const adviceArb: fc.Arbitrary<Json> = fc.record({
  activity: fc.constantFrom(...ACTIVITIES),
  reasons: fc.subarray([...REASONS], { minLength: 1 }),
  minutes: fc.record({ min: fc.integer({ min: 0, max: 60 }), max: fc.integer({ min: 0, max: 90 }) }),
  effortCues: fc.subarray([...EFFORT_CUES]),
  alternatives: fc.subarray([...ALTERNATIVES]),
  seeProfessional: fc.boolean(),
});

/** Session attributes as a device may send them back: ours (valid or not), and anything else. */
const attributesArb: fc.Arbitrary<Json> = fc
  .tuple(
    fc.record(
      {
        timeZone: fc.oneof(fc.constantFrom('America/New_York', 'Australia/Sydney', 'Europe/London', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Mars/Olympus', ''), junk),
        unit: fc.oneof(fc.constantFrom('km', 'mile', 'parsec'), junk),
        oneShot: fc.oneof(fc.boolean(), junk),
        expecting: fc.oneof(fc.constantFrom(...EXPECTING), junk),
        advice: fc.oneof(adviceArb, junk),
        pendingRunKey: fc.oneof(fc.constantFrom('amzn1.echo-api.request.pending-1', 'amzn1.echo-api.request.pending-2', 'a', 'has space', 'x'.repeat(129)), junk),
        pendingRunAt: fc.oneof(
          fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom('1', 'yesterday', '+275760-09-13T00:00:00.000Z', '2026-11-24', RIG_NOW),
          junk,
        ),
        dialog: fc.oneof(
          fc.record({
            intent: fc.record({ name: intentName, slots: fc.oneof(slotsArb.map((s) => Object.fromEntries(Object.entries(s).flatMap(([k, p]) => (p.slot === undefined ? [] : [[k, p.slot]])))), junk) }),
            slot: fc.oneof(fc.constantFrom(...Object.keys(SLOTS)), junk),
          }),
          junk,
        ),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(plainString(10), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 2 }),
  )
  .map(([ours, extra]) => asJson({ ...extra, ...ours }));

const USERS = ['amzn1.ask.account.fuzz-A', 'amzn1.ask.account.fuzz-B', 'amzn1.ask.account.fuzz-C', `amzn1.ask.account.${'L'.repeat(494)}`];

/** A change to a well-formed envelope, and what the skill must do with it. */
interface Mutation {
  name: string;
  /** fatal: must be rejected; doubtful: either; ok: must be answered. */
  verdict: 'fatal' | 'doubtful' | 'ok';
  apply(e: { [key: string]: Json }): Json;
}

const obj = (v: Json | undefined): { [key: string]: Json } => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const system = (e: { [key: string]: Json }): { [key: string]: Json } => obj(obj(e.context).System);

const FATAL: Mutation[] = [
  { name: 'no context', verdict: 'fatal', apply: (e) => (delete e.context, e) },
  { name: 'no requestId', verdict: 'fatal', apply: (e) => (delete obj(e.request).requestId, e) },
  { name: 'requestId a number', verdict: 'fatal', apply: (e) => ((obj(e.request).requestId = 42), e) },
  { name: 'requestId huge', verdict: 'fatal', apply: (e) => ((obj(e.request).requestId = 'r'.repeat(5000)), e) },
  { name: 'context null', verdict: 'fatal', apply: (e) => ({ ...e, context: null }) },
  { name: 'context a string', verdict: 'fatal', apply: (e) => ({ ...e, context: 'context' }) },
  { name: 'context an array', verdict: 'fatal', apply: (e) => ({ ...e, context: [] }) },
  { name: 'no System', verdict: 'fatal', apply: (e) => ({ ...e, context: {} }) },
  { name: 'System a string', verdict: 'fatal', apply: (e) => ({ ...e, context: { System: 'system' } }) },
  { name: 'no user', verdict: 'fatal', apply: (e) => (delete system(e).user, e) },
  { name: 'user null', verdict: 'fatal', apply: (e) => ((system(e).user = null), e) },
  { name: 'userId a number', verdict: 'fatal', apply: (e) => ((system(e).user = { userId: 12345 }), e) },
  { name: 'userId empty', verdict: 'fatal', apply: (e) => ((system(e).user = { userId: '' }), e) },
  { name: 'userId huge', verdict: 'fatal', apply: (e) => ((system(e).user = { userId: `amzn1.ask.account.${'H'.repeat(600)}` }), e) },
  { name: 'no application', verdict: 'fatal', apply: (e) => (delete system(e).application, e) },
  { name: 'foreign application', verdict: 'fatal', apply: (e) => ((system(e).application = { applicationId: 'amzn1.ask.skill.someone-else' }), e) },
  { name: 'applicationId a number', verdict: 'fatal', apply: (e) => ((system(e).application = { applicationId: 7 }), e) },
  { name: 'no request', verdict: 'fatal', apply: (e) => (delete e.request, e) },
  { name: 'request a string', verdict: 'fatal', apply: (e) => ({ ...e, request: 'LaunchRequest' }) },
  { name: 'request null', verdict: 'fatal', apply: (e) => ({ ...e, request: null }) },
  { name: 'no request type', verdict: 'fatal', apply: (e) => (delete obj(e.request).type, e) },
  { name: 'request type a number', verdict: 'fatal', apply: (e) => ((obj(e.request).type = 3), e) },
  { name: 'request type empty', verdict: 'fatal', apply: (e) => ((obj(e.request).type = ''), e) },
  { name: 'request type huge', verdict: 'fatal', apply: (e) => ((obj(e.request).type = 'IntentRequest'.padEnd(600, 'X')), e) },
];

const DOUBTFUL: Mutation[] = [
  { name: 'session null', verdict: 'doubtful', apply: (e) => ({ ...e, session: null }) },
  { name: 'session a string', verdict: 'doubtful', apply: (e) => ({ ...e, session: 'session' }) },
  { name: 'session an array', verdict: 'doubtful', apply: (e) => ({ ...e, session: [] }) },
  { name: 'locale a number', verdict: 'doubtful', apply: (e) => ((obj(e.request).locale = 44), e) },
  { name: 'locale null', verdict: 'doubtful', apply: (e) => ((obj(e.request).locale = null), e) },
];

const harmless: fc.Arbitrary<Mutation[]> = fc.subarray(
  [
    { name: 'no session', verdict: 'ok', apply: (e) => (delete e.session, e) },
    { name: 'session without attributes', verdict: 'ok', apply: (e) => (delete obj(e.session).attributes, e) },
    { name: 'session attributes junk', verdict: 'ok', apply: (e) => ((obj(e.session).attributes = [1, 'two']), e) },
    { name: 'session without user', verdict: 'ok', apply: (e) => (delete obj(e.session).user, e) },
    { name: 'session.new junk', verdict: 'ok', apply: (e) => ((obj(e.session).new = 'yes'), e) },
    { name: 'timestamp junk', verdict: 'ok', apply: (e) => ((obj(e.request).timestamp = 'soon'), e) },
    { name: 'no locale', verdict: 'ok', apply: (e) => (delete obj(e.request).locale, e) },
    { name: 'locale odd', verdict: 'ok', apply: (e) => ((obj(e.request).locale = 'xx-YY'), e) },
    { name: 'locale German', verdict: 'ok', apply: (e) => ((obj(e.request).locale = 'de-DE'), e) },
    { name: 'device junk', verdict: 'ok', apply: (e) => ((system(e).device = 'phone'), e) },
    { name: 'apiEndpoint junk', verdict: 'ok', apply: (e) => ((system(e).apiEndpoint = 12), e) },
    { name: 'settings API present', verdict: 'ok', apply: (e) => ((system(e).apiEndpoint = 'https://api.amazonalexa.com'), (system(e).apiAccessToken = 'token'), e) },
    { name: 'version junk', verdict: 'ok', apply: (e) => ({ ...e, version: 2 }) },
    { name: 'extra top-level keys', verdict: 'ok', apply: (e) => ({ ...e, __proto__x: 1, constructor: 'x' }) },
    { name: 'dialogState junk', verdict: 'ok', apply: (e) => ((obj(e.request).dialogState = ['x']), e) },
  ] satisfies Mutation[],
  { maxLength: 3 },
);

interface Plan {
  envelope: Json;
  verdict: Mutation['verdict'];
  mutations: string[];
  type?: Json;
  intent: IntentPlan;
  userId?: string;
}

/** A well-formed envelope for a random request, then the given mutations. */
function planArb(mutations: fc.Arbitrary<Mutation[]>): fc.Arbitrary<Plan> {
  return fc
    .record({
      type: requestType,
      intent: intentArb,
      userId: fc.constantFrom(...USERS),
      sessionUser: fc.option(fc.constantFrom(...USERS), { nil: undefined }),
      newSession: fc.boolean(),
      attributes: fc.option(attributesArb, { nil: undefined }),
      locale: fc.constantFrom('en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'),
      reason: fc.oneof(fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'), junk),
      error: fc.option(fc.record({ type: fc.oneof(fc.constantFrom('INVALID_RESPONSE', 'INTERNAL_SERVICE_ERROR'), junk), message: spokenWords }), { nil: undefined }),
      requestId: fc.oneof(fc.constantFrom('amzn1.echo-api.request.pending-1', 'amzn1.echo-api.request.pending-2'), plainString(40).map((s) => `amzn1.echo-api.request.${s}`)),
      mutations,
    })
    .map((p): Plan => {
      const request: { [key: string]: Json } = { type: p.type, requestId: p.requestId, timestamp: RIG_NOW, locale: p.locale };
      if (p.type === 'IntentRequest' && p.intent.intent !== undefined) request.intent = p.intent.intent;
      if (p.type === 'SessionEndedRequest') {
        request.reason = p.reason;
        if (p.error) request.error = asJson(p.error);
      }
      const user = { userId: p.userId };
      let envelope: Json = {
        version: '1.0',
        session: {
          new: p.newSession,
          sessionId: 'amzn1.echo-api.session.fuzz',
          application: { applicationId: TEST_SKILL_ID },
          user: p.sessionUser ? { userId: p.sessionUser } : user,
          ...(p.attributes !== undefined ? { attributes: p.attributes } : {}),
        },
        context: { System: { application: { applicationId: TEST_SKILL_ID }, user, device: { deviceId: 'amzn1.ask.device.fuzz', supportedInterfaces: {} }, apiEndpoint: '' } },
        request,
      };
      // Each mutation works on a fresh copy, so none shares objects with the plan.
      let verdict: Mutation['verdict'] = 'ok';
      for (const m of p.mutations) {
        envelope = m.apply(obj(asJson(envelope)));
        if (m.verdict === 'fatal') verdict = 'fatal';
        else if (m.verdict === 'doubtful' && verdict === 'ok') verdict = 'doubtful';
      }
      return { envelope, verdict, mutations: p.mutations.map((m) => m.name), type: p.type, intent: p.type === 'IntentRequest' ? p.intent : {}, userId: p.userId };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle

const DELETING = (plan: Plan): boolean =>
  plan.type === 'AlexaSkillEvent.SkillDisabled' || (plan.intent.name === INTENTS.DeleteData.name && plan.intent.confirmation === 'CONFIRMED');

/** The exact rule stated at the top of this file. */
function mayWrite(plan: Plan): boolean {
  if (DELETING(plan)) return true;
  const { name, confirmation, slots } = plan.intent;
  if (!slots) return false;
  const readable = (slot: string): boolean => slots[slot] !== 'garbage';
  if (name === INTENTS.LogRun.name) return confirmation === 'CONFIRMED' && readable('distance') && readable('duration') && readable('effortScore');
  // Readiness answers are kept once the advice is given: the runner's own words may be understood (the
  // understanding layer), and pain or illness in any of them gives the advice at once. At most one write still holds.
  if (name === INTENTS.CheckIn.name || name === INTENTS.ShouldIRun.name) return true;
  // "I'm new to running": the profile, once the answer is one of the ids.
  if (name === INTENTS.Experience.name) return slots.experience === 'valid';
  return false;
}

interface SpeechJson {
  type?: unknown;
  ssml?: unknown;
}

const MAX_SPEECH = 8000;

function checkSpeech(speech: unknown, where: string): void {
  if (speech === undefined) return;
  const s = speech as SpeechJson;
  expect(s.type, where).toBe('SSML');
  expect(typeof s.ssml, where).toBe('string');
  const ssml = s.ssml as string;
  // Wrapped once, and nothing inside is markup: every word was escaped.
  expect(ssml, where).toMatch(/^<speak>[^<>]*<\/speak>$/);
  expect(ssml.length, where).toBeLessThanOrEqual(MAX_SPEECH + '<speak></speak>'.length);
  expect(ssml, where).not.toContain(MARK);
}

function checkResponse(plan: Plan, r: ResponseEnvelope): void {
  expect(r.version).toBe('1.0');
  expect(r.response).toBeTypeOf('object');
  expect(r.response).not.toBeNull();
  checkSpeech(r.response.outputSpeech, 'outputSpeech');
  checkSpeech(r.response.reprompt?.outputSpeech, 'reprompt');
  const card = r.response.card as { type?: unknown; title?: unknown; content?: unknown } | undefined;
  if (card) {
    expect(card.type).toBe('Simple');
    for (const text of [card.title, card.content]) {
      expect(typeof text).toBe('string');
      expect((text as string).length).toBeLessThanOrEqual(MAX_SPEECH);
      expect(text as string).not.toContain(MARK);
    }
  }
  // Requests that cannot be spoken to get no speech.
  if (plan.type === 'SessionEndedRequest' || (typeof plan.type === 'string' && plan.type.startsWith('AlexaSkillEvent.'))) {
    expect(r.response.outputSpeech).toBeUndefined();
    expect(r.response.directives ?? []).toEqual([]);
  }
  // Alexa refuses a dialog directive in a response that ends the session.
  if ((r.response.directives ?? []).some((d) => d.type.startsWith('Dialog.'))) expect(r.response.shouldEndSession).toBe(false);
  // An open microphone always follows a question (certification): the speech and the reprompt end on one.
  if (r.response.shouldEndSession === false) {
    const endsOnQuestion = (speech: unknown): boolean => /\?<\/speak>$/.test(String((speech as SpeechJson | undefined)?.ssml));
    expect(endsOnQuestion(r.response.outputSpeech), `open mic without a question: ${JSON.stringify(r.response.outputSpeech)}`).toBe(true);
    expect(endsOnQuestion(r.response.reprompt?.outputSpeech), `reprompt without a question: ${JSON.stringify(r.response.reprompt)}`).toBe(true);
  }
  // What goes back to Alexa is JSON.
  expect(() => JSON.stringify(r)).not.toThrow();
}

function checkLogLine(plan: Plan, lines: string[]): void {
  expect(lines).toHaveLength(1);
  const line = lines[0] as string;
  const parsed = JSON.parse(line) as { requestType?: unknown; outcome?: unknown; dynamoCalls?: unknown; durationMs?: unknown };
  expect(typeof parsed.requestType).toBe('string');
  expect(typeof parsed.outcome).toBe('string');
  expect(typeof parsed.dynamoCalls).toBe('number');
  expect(typeof parsed.durationMs).toBe('number');
  expect(line).not.toContain(MARK);
  for (const userId of USERS) expect(line).not.toContain(userId);
  if (plan.userId) expect(line).not.toContain(plan.userId);
}

const stats = { answered: 0, rejected: 0, writing: 0 };

async function check(plan: Plan): Promise<void> {
  // As Lambda hands it over: parsed from JSON.
  const wire = JSON.parse(JSON.stringify(plan.envelope)) as Parameters<typeof t.skill.invoke>[0];
  const logsBefore = t.logs.length;
  const reads = t.dynamo.counter.reads();
  const writes = t.dynamo.counter.writes();
  const calls = t.dynamo.counter.total();
  let response: ResponseEnvelope | undefined;
  let thrown: unknown;
  try {
    response = await t.skill.invoke(wire);
  } catch (error) {
    thrown = error;
  }
  const context = `${plan.mutations.join(', ') || 'no mutation'}; ${JSON.stringify(plan.envelope).slice(0, 1500)}`;
  if (thrown !== undefined) {
    expect(thrown, `only a RejectedRequestError may escape: ${context}`).toBeInstanceOf(RejectedRequestError);
    expect(plan.verdict, `a well-formed request was rejected: ${context}`).not.toBe('ok');
    expect(t.dynamo.counter.total() - calls, `a rejected request reached DynamoDB: ${context}`).toBe(0);
    stats.rejected += 1;
  } else {
    expect(plan.verdict, `a broken request was answered: ${context}`).not.toBe('fatal');
    checkResponse(plan, response as ResponseEnvelope);
    stats.answered += 1;
  }
  checkLogLine(plan, t.logs.slice(logsBefore));
  // Only a request with no intent at all may end in the apology: everything else has a handler that copes.
  const outcome = String((JSON.parse(t.logs.at(-1) ?? '{}') as { outcome?: unknown }).outcome);
  if (outcome.startsWith('error')) {
    const request = obj(obj(plan.envelope).request);
    expect(request.type === 'IntentRequest' && (request.intent === undefined || request.intent === null), `the error handler answered: ${context}`).toBe(true);
  }
  const wrote = t.dynamo.counter.writes() - writes;
  if (wrote > 0) stats.writing += 1;
  if (!mayWrite(plan)) expect(wrote, `wrote for a request that may not write: ${context}`).toBe(0);
  if (!DELETING(plan)) {
    expect(wrote, `more than one write in a turn: ${context}`).toBeLessThanOrEqual(1);
    expect(t.dynamo.counter.reads() - reads, `more than one read in a turn: ${context}`).toBeLessThanOrEqual(1);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The three fuzz runs, each started once and shared: the tests that read what the runs left behind (the log
 * outcomes, the table) start them too, so every test passes on its own (`vitest -t`) and in any order.
 */
const runs = new Map<string, Promise<void>>();
function once(name: string, run: () => Promise<void>): Promise<void> {
  let started = runs.get(name);
  if (!started) {
    started = run();
    runs.set(name, started);
  }
  return started;
}

const wellFormedRun = () => once('well-formed', () => fc.assert(fc.asyncProperty(planArb(harmless), check), { numRuns: RUNS.wellFormed }));

const brokenRun = () =>
  once('broken', async () => {
    await wellFormedRun().catch(() => undefined);
    const broken = fc.tuple(fc.constantFrom(...FATAL, ...DOUBTFUL), harmless).map(([m, rest]) => [...rest, m]);
    await fc.assert(fc.asyncProperty(planArb(broken), check), { numRuns: RUNS.broken });
  });

const arbitraryRun = () =>
  once('arbitrary', async () => {
    await brokenRun().catch(() => undefined);
    const arbitrary = fc
      .oneof(
        fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
        // Almost an envelope: the right top-level keys around arbitrary values.
        fc.record({ version: junk, session: junk, context: junk, request: fc.oneof(junk, fc.record({ type: junk, intent: junk, locale: junk })) }, { requiredKeys: [] }),
        // An envelope whose request is arbitrary, under a valid context.
        fc.dictionary(plainString(12), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 6 }).map(
          (request): Json => ({ version: '1.0', context: { System: { application: { applicationId: TEST_SKILL_ID }, user: { userId: USERS[0] as string } } }, request }),
        ),
      )
      .map((envelope): Plan => {
        const request = obj(obj(envelope).request);
        const type = request.type;
        return { envelope, verdict: 'doubtful', mutations: ['arbitrary'], type, intent: {} };
      });
    await fc.assert(fc.asyncProperty(arbitrary, check), { numRuns: RUNS.arbitrary });
  });

/** All three runs, in order, whatever happened in each (a failure is reported by its own test). */
const allRuns = async (): Promise<void> => {
  await arbitraryRun().catch(() => undefined);
};

describe('fuzz: 10,000 generated requests', () => {
  it(
    `${RUNS.wellFormed} well-formed envelopes: random request types, intents, slots and session attributes`,
    async () => {
      await wellFormedRun();
      expect(stats.answered).toBeGreaterThan(RUNS.wellFormed * 0.9);
      expect(stats.writing).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `${RUNS.broken} broken envelopes: missing context/System/user/request, wrong types, foreign ids, odd sessions`,
    () => brokenRun(),
    FUZZ_TIMEOUT_MS,
  );

  it(`${RUNS.arbitrary} arbitrary JSON values as the envelope`, () => arbitraryRun(), FUZZ_TIMEOUT_MS);

  it('reached the turns that matter: saved runs and check-ins, advice, deletions (so the properties were tested)', async () => {
    await allRuns();
    const outcomes = t.logs.map((line) => String((JSON.parse(line) as { outcome?: unknown }).outcome));
    for (const prefix of ['log:saved', 'check-in:saved', 'advice:', 'delete:done', 'disabled:deleted', 'week', 'elicit:', 'rejected']) {
      expect(outcomes.some((o) => o.startsWith(prefix)), prefix).toBe(true);
    }
    expect(stats.answered + stats.rejected).toBe(RUNS.wellFormed + RUNS.broken + RUNS.arbitrary);
  }, 3 * FUZZ_TIMEOUT_MS);

  it('left only valid records in the table: runs in range, readiness-only check-ins, no raw words', async () => {
    await allRuns();
    const items: Item[] = [];
    let startKey: Item | undefined;
    for (let page = 0; page < 1000; page += 1) {
      const result = await t.dynamo.client.send(new ScanCommand({ TableName: t.dynamo.tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }));
      items.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
      if (!startKey) break;
    }
    expect(stats.writing).toBeGreaterThan(0);
    const earliest = addDays(TODAY, -28);
    const latest = addDays(TODAY, 1); // the runner's today, in zones ahead of UTC
    const number = (item: Item, key: string): number | undefined => (item[key]?.N === undefined ? undefined : Number(item[key]?.N));
    for (const item of items) {
      const where = JSON.stringify(item);
      expect(where).not.toContain(MARK);
      // Every item expires, the profile included.
      expect(Number(item.expiresAt?.N), where).toBeGreaterThan(Date.parse(RIG_NOW) / 1000);
      const sk = item.sk?.S ?? '';
      const date = item.date?.S;
      if (sk.startsWith('RUN#')) {
        expect(Object.keys(item).every((k) => ['pk', 'sk', 'expiresAt', 'date', 'kind', 'loggedAt', 'requestId', 'minutes', 'distanceKm', 'effort'].includes(k)), where).toBe(true);
        expect(SESSION_KINDS as readonly string[], where).toContain(item.kind?.S);
        expect(date !== undefined && date >= earliest && date <= latest, where).toBe(true);
        const km = number(item, 'distanceKm');
        const minutes = number(item, 'minutes');
        const effort = number(item, 'effort');
        if (km !== undefined) expect(km > 0 && km <= MAX_RUN_KM, where).toBe(true);
        if (minutes !== undefined) expect(minutes > 0 && minutes <= MAX_RUN_MINUTES, where).toBe(true);
        if (effort !== undefined) expect(effort >= EFFORT_MIN && effort <= EFFORT_MAX, where).toBe(true);
      } else if (sk.startsWith('CHECKIN#')) {
        // Readiness answers only: never pain, never illness.
        expect(Object.keys(item).every((k) => ['pk', 'sk', 'expiresAt', 'date', 'legs', 'sleptBadly', 'runDown', 'yesterday', 'yesterdayDistanceKm', 'advised', 'advisedFor'].includes(k)), where).toBe(true);
        if (item.legs) expect(['fresh', 'okay', 'heavy', 'sore'], where).toContain(item.legs.S);
        if (item.yesterday) expect(YESTERDAYS as readonly string[], where).toContain(item.yesterday.S);
        // The advice of that day may be kept ('health' names the family, never the symptom).
        if (item.advised) expect(ACTIVITIES as readonly string[], where).toContain(item.advised.S);
        if (item.advisedFor) expect(item.advisedFor, where).toEqual({ S: 'health' });
        if (item.yesterdayDistanceKm) expect(number(item, 'yesterdayDistanceKm'), where).toBeGreaterThan(0);
        expect(date !== undefined && date >= earliest && date <= latest, where).toBe(true);
      } else {
        expect(sk, where).toBe('PROFILE');
        expect(Object.keys(item).every((k) => ['pk', 'sk', 'expiresAt', 'newRunner'].includes(k)), where).toBe(true);
      }
    }
  }, 3 * FUZZ_TIMEOUT_MS);
});
