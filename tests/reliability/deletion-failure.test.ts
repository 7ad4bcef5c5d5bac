/**
 * SkillDisabled while DynamoDB is down: the runner's data cannot be deleted now. Amazon redelivers a skill event that
 * was not answered successfully, for up to an hour ("Use Skill Events", Delivery of events to the skill), so the
 * invocation fails (DeletionFailedError) instead of answering as if all were well; the redelivered event then deletes
 * everything. Either failure (SkillDisabled or "delete my data") leaves a log line the stack's metric filter counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETION_FAILED_PATTERN } from '../../infra/alarms.js';
import { DeletionFailedError } from '../../lambda/skill.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { intentRequest, skillEventRequest, spoken } from '../support/envelopes.js';
import { closedPort, storeAt } from '../support/faulty-dynamo.js';
import { dynamoRig, itemsOf, rig, type DynamoRig } from './support.js';

const NOW_S = Date.UTC(2026, 10, 24, 20) / 1000;
const USER = 'amzn1.ask.account.disabled-while-down';

/** CloudWatch's unstructured match for `?"a" ?"b"`: the event contains any of the terms. */
function matchesFilter(logEvent: string): boolean {
  const terms = [...DELETION_FAILED_PATTERN.matchAll(/\?"([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(terms).toEqual(['disabled:failed', 'delete:failed']);
  return terms.some((term) => logEvent.includes(term));
}

/** How Lambda's JSON log format carries a console.log line: inside the `message` string. */
const asLambdaJsonEvent = (line: string): string =>
  JSON.stringify({ timestamp: '2026-11-24T20:00:00.000Z', level: 'INFO', requestId: 'r', message: line });

let down: Awaited<ReturnType<typeof closedPort>>;
let working: DynamoRig;
beforeAll(async () => {
  [down, working] = await Promise.all([closedPort(), dynamoRig()]);
});
afterAll(async () => {
  await Promise.all([down.close(), working.close()]);
});

describe('a deletion that fails', () => {
  it('SkillDisabled with DynamoDB unreachable fails the invocation, logs the failure, and the redelivery deletes everything', async () => {
    const key = userKeyFor(USER);
    await working.dynamo.store.saveCheckIn(key, { date: '2026-11-24', legs: 'okay' });
    await working.dynamo.store.saveProfile(key, { newRunner: true }, NOW_S);
    const event = skillEventRequest('AlexaSkillEvent.SkillDisabled', { userId: USER, requestId: 'amzn1.echo-api.request.disable-1' });

    const { store, client } = storeAt(down.endpoint);
    try {
      const failing = rig({ store });
      await expect(failing.skill.invoke(event)).rejects.toBeInstanceOf(DeletionFailedError);
      expect(failing.logs).toHaveLength(1);
      const line = JSON.parse(failing.logs[0] ?? '{}') as { outcome?: string };
      expect(line.outcome).toBe('disabled:failed-unavailable');
      expect(matchesFilter(failing.logs[0] ?? '')).toBe(true);
      expect(matchesFilter(asLambdaJsonEvent(failing.logs[0] ?? ''))).toBe(true);
    } finally {
      client.destroy();
    }

    // Alexa sends the same event again (same request id, original timestamp) once DynamoDB answers.
    expect(await itemsOf(working.dynamo.client, working.dynamo.tableName, USER)).toHaveLength(2);
    const again = await working.skill.invoke(event);
    expect(again.response.outputSpeech).toBeUndefined();
    expect(await itemsOf(working.dynamo.client, working.dynamo.tableName, USER)).toEqual([]);
    const last = working.logs.at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({ requestType: 'AlexaSkillEvent.SkillDisabled', outcome: 'disabled:deleted' });
    expect(matchesFilter(last)).toBe(false);
  });

  it('"delete my data" with DynamoDB unreachable says so to the runner and is counted too', async () => {
    const { store, client } = storeAt(down.endpoint);
    try {
      const failing = rig({ store });
      const r = await failing.skill.invoke(intentRequest('DeleteDataIntent', [], { userId: USER, confirmationStatus: 'CONFIRMED', newSession: false }));
      expect(spoken(r)).toBe("Sorry, I couldn't delete your data just now. Nothing has been removed yet. Please try again in a minute.");
      expect(JSON.parse(failing.logs[0] ?? '{}')).toMatchObject({ outcome: 'delete:failed-unavailable' });
      expect(matchesFilter(failing.logs[0] ?? '')).toBe(true);
    } finally {
      client.destroy();
    }
  });

  it('other skill events and ordinary turns never match the filter', async () => {
    working.logs.length = 0;
    await working.skill.invoke(skillEventRequest('AlexaSkillEvent.SkillEnabled', { userId: USER }));
    await working.skill.invoke(intentRequest('DeleteDataIntent', [], { userId: USER, confirmationStatus: 'CONFIRMED', newSession: false }));
    expect(working.logs).toHaveLength(2);
    for (const line of working.logs) expect(matchesFilter(line), line).toBe(false);
  });
});
