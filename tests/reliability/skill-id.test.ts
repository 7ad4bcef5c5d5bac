/**
 * A request for another skill is refused before any handler runs: a RejectedRequestError, no DynamoDB call.
 * Request types the check must not leak through: every one of ours, and skill events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectedRequestError } from '../../lambda/skill.js';
import { intentRequest, launchRequest, plainSlot, resolvedSlot, sessionEndedRequest, skillEventRequest, TEST_SKILL_ID } from '../support/envelopes.js';
import { dynamoRig, type DynamoRig } from './support.js';

const FOREIGN = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

let t: DynamoRig;
beforeAll(async () => {
  t = await dynamoRig({ skillId: TEST_SKILL_ID });
});
afterAll(() => t.close());

const o = { applicationId: FOREIGN, userId: 'amzn1.ask.account.foreign' };

describe('a foreign skill id', () => {
  it.each([
    ['LaunchRequest', launchRequest(o)],
    ['ShouldIRunIntent with slots', intentRequest('ShouldIRunIntent', [resolvedSlot('legs', 'fresh', 'fresh'), resolvedSlot('yesterday', 'rest', 'rest')], o)],
    ['confirmed LogRunIntent', intentRequest('LogRunIntent', [resolvedSlot('kind', 'walk', 'walk'), plainSlot('duration', 'PT30M')], { ...o, confirmationStatus: 'CONFIRMED' })],
    ['confirmed DeleteDataIntent', intentRequest('DeleteDataIntent', [], { ...o, confirmationStatus: 'CONFIRMED' })],
    ['SessionEndedRequest', sessionEndedRequest('USER_INITIATED', undefined, o)],
    ['AlexaSkillEvent.SkillDisabled', skillEventRequest('AlexaSkillEvent.SkillDisabled', o)],
  ])('%s -> RejectedRequestError, and no DynamoDB call', async (_name, envelope) => {
    const before = t.dynamo.counter.total();
    await expect(t.skill.invoke(envelope)).rejects.toBeInstanceOf(RejectedRequestError);
    expect(t.dynamo.counter.total()).toBe(before);
  });

  it('the same requests with our id are answered', async () => {
    const r = await t.skill.invoke(launchRequest({ userId: 'amzn1.ask.account.foreign' }));
    expect(r.version).toBe('1.0');
    expect(r.response.outputSpeech).toBeDefined();
  });

  it('an id that only differs in case, or carries ours as a prefix, is foreign too', async () => {
    for (const applicationId of [TEST_SKILL_ID.toUpperCase(), `${TEST_SKILL_ID}-evil`, ` ${TEST_SKILL_ID}`]) {
      await expect(t.skill.invoke(launchRequest({ applicationId }))).rejects.toBeInstanceOf(RejectedRequestError);
    }
  });

  it('a session that names our skill does not rescue a context that names another', async () => {
    const e = launchRequest(o);
    if (e.session) e.session.application.applicationId = TEST_SKILL_ID;
    await expect(t.skill.invoke(e)).rejects.toBeInstanceOf(RejectedRequestError);
  });
});
