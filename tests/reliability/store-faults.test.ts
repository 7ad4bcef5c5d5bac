/**
 * The skill when DynamoDB misbehaves: nothing listening, a server that never answers, throttling, a 500.
 * Behaviour only: advice still comes from today's answers, a run is never reported saved unless it was, and the
 * runner hears plainly what happened. Nothing here measures time; a hang would fail on the test timeout.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, plainSlot, resolvedSlot, spoken } from '../support/envelopes.js';
import { closedPort, startFaultyDynamo, storeAt, type Behaviour } from '../support/faulty-dynamo.js';
import { cardTitle, rig, type Rig } from './support.js';

// The fail-fast client needs about 2.5 s per call against a silent server; a turn makes at most two calls.
const FAULT_TIMEOUT_MS = 30_000;

const USER = 'amzn1.ask.account.fault-runner';

interface Fault {
  name: string;
  start(): Promise<{ endpoint: string; close(): Promise<void> }>;
  /** What the runner hears after "yes, save it": a write that may have landed is never called unsaved. */
  saveSaid: RegExp;
}

const serving = (behaviour: Behaviour) => () => startFaultyDynamo({ behaviour });
const UNSURE = /^I'm not sure that session saved/;
const NOT_SAVED = /^Sorry, I couldn't save that session just now, so it isn't in your history yet/;

const FAULTS: Fault[] = [
  // Connection refused is reported as 'unavailable', like a lost answer: the runner hears the careful sentence.
  { name: 'nothing listening (connection refused)', start: closedPort, saveSaid: UNSURE },
  { name: 'a server that accepts and never answers', start: serving('hang'), saveSaid: UNSURE },
  { name: 'ProvisionedThroughputExceededException (400)', start: serving({ error: 'throttled' }), saveSaid: NOT_SAVED },
  { name: 'HTTP 500 InternalServerError', start: serving({ error: 'internal' }), saveSaid: UNSURE },
];

const LOG_SLOTS = [
  resolvedSlot('kind', 'QZXW long run', 'long-run'),
  plainSlot('distance', '16'),
  resolvedSlot('unit', 'kilometres', 'km'),
  plainSlot('duration', 'PT1H30M'),
];

describe.each(FAULTS)('store fault: $name', (fault) => {
  let endpoint: { endpoint: string; close(): Promise<void> };
  let client: DynamoDBClient;
  let t: Rig;

  beforeAll(async () => {
    endpoint = await fault.start();
    const at = storeAt(endpoint.endpoint);
    client = at.client;
    t = rig({ store: at.store });
  });
  afterAll(async () => {
    client.destroy();
    await endpoint.close();
  });

  const invoke = (e: RequestEnvelope): Promise<ResponseEnvelope> => t.skill.invoke(e);

  it(
    '"should I run today?" with legs and yesterday still gives advice, and says the history could not be reached',
    async () => {
      const r = await invoke(
        intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'heavy', 'heavy'), resolvedSlot('yesterday', 'a long run', 'long-run')], { userId: USER }),
      );
      expect(cardTitle(r)).toMatch(/^Today:/);
      expect(spoken(r)).toMatch(/couldn't reach your history/i);
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'a confirmed run is never reported saved, and the runner hears what is known: not saved, or not sure',
    async () => {
      // The conversation as Alexa runs it: the read-back question, then the runner's yes in the same session.
      const asked = await invoke(intentRequest('LogRunIntent', LOG_SLOTS, { userId: USER }));
      expect(spoken(asked)).toMatch(/Shall I save it\?/);
      const confirmed = await invoke(
        intentRequest('LogRunIntent', LOG_SLOTS, {
          userId: USER,
          newSession: false,
          confirmationStatus: 'CONFIRMED',
          attributes: asked.sessionAttributes ?? {},
        }),
      );
      const said = spoken(confirmed);
      expect(said).not.toContain('Saved');
      expect(said).toMatch(fault.saveSaid);
      // The question stays open, so "yes" retries the same save.
      expect(confirmed.response.shouldEndSession).toBe(false);
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'a confirmed run in a one-shot (no read-back turn) is not reported saved either',
    async () => {
      const r = await invoke(intentRequest('LogRunIntent', LOG_SLOTS, { userId: USER, confirmationStatus: 'CONFIRMED' }));
      expect(spoken(r)).not.toContain('Saved');
      expect(spoken(r)).toMatch(fault.saveSaid);
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'the week answer says it cannot reach the history',
    async () => {
      const r = await invoke(intentRequest('WeekIntent', [], { userId: USER }));
      expect(spoken(r)).toMatch(/can't reach your history/i);
      expect(cardTitle(r)).toBe('');
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'a check-in still gives advice, and says the check-in was not saved',
    async () => {
      const r = await invoke(
        intentRequest(
          'CheckInIntent',
          [
            resolvedSlot('legs', 'okay', 'okay'),
            resolvedSlot('sleep', 'well', 'good'),
            resolvedSlot('feeling', 'fine', 'fine'),
            resolvedSlot('yesterday', 'a rest day', 'rest'),
          ],
          { userId: USER },
        ),
      );
      expect(cardTitle(r)).toMatch(/^Today:/);
      expect(spoken(r)).toMatch(/couldn't save your check-in/i);
      expect(spoken(r)).not.toMatch(/check-in is saved/i);
      // The reminder offer follows only a first check-in that was kept: here the history cannot say it is the first.
      expect(spoken(r)).not.toMatch(/remind/i);
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'a confirmed deletion is not reported done',
    async () => {
      const r = await invoke(intentRequest('DeleteDataIntent', [], { userId: USER, confirmationStatus: 'CONFIRMED' }));
      expect(spoken(r)).not.toMatch(/^Done/);
      expect(spoken(r)).toMatch(/couldn't delete your data/i);
    },
    FAULT_TIMEOUT_MS,
  );

  it(
    'the launch still welcomes the runner',
    async () => {
      const r = await invoke(launchRequest({ userId: USER }));
      expect(r.response.outputSpeech).toBeDefined();
      expect(spoken(r)).not.toMatch(/something went wrong/i);
    },
    FAULT_TIMEOUT_MS,
  );
});
