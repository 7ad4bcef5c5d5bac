/**
 * The log line: one structured JSON line per turn, whatever the turn did (answered, asked, failed, was rejected),
 * with the figures operations need and nothing that identifies the runner or repeats what they said.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectedRequestError } from '../../lambda/skill.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { intentRequest, launchRequest, plainSlot, resolvedSlot, sessionEndedRequest, skillEventRequest, TEST_SKILL_ID } from '../support/envelopes.js';
import { dynamoRig, type DynamoRig } from './support.js';

/** Distinctive words that only the runner (or the request) carries: none may reach a log line. */
const MARK = 'QZXW';
const USER = `amzn1.ask.account.${MARK}USER-AGH7Y2KXXWQ`;

let t: DynamoRig;
beforeAll(async () => {
  t = await dynamoRig();
});
afterAll(() => t.close());

interface Turn {
  envelope: RequestEnvelope;
  rejected: boolean;
  /** DynamoDB calls the counter saw during the turn. */
  calls: number;
}

interface LogLine {
  event?: unknown;
  requestType?: unknown;
  intent?: unknown;
  outcome?: unknown;
  dynamoCalls?: unknown;
  writes?: unknown;
  durationMs?: unknown;
}

describe('log lines of a whole conversation', () => {
  const turns: Turn[] = [];
  let session: Record<string, unknown> = {};

  async function say(envelope: RequestEnvelope): Promise<ResponseEnvelope | undefined> {
    const before = t.dynamo.counter.total();
    try {
      const r = await t.skill.invoke(envelope);
      session = r.sessionAttributes ?? session;
      turns.push({ envelope, rejected: false, calls: t.dynamo.counter.total() - before });
      return r;
    } catch (error) {
      expect(error).toBeInstanceOf(RejectedRequestError);
      turns.push({ envelope, rejected: true, calls: t.dynamo.counter.total() - before });
      return undefined;
    }
  }
  const next = (name: string, slots: Parameters<typeof intentRequest>[1] = [], extra: Parameters<typeof intentRequest>[2] = {}) =>
    intentRequest(name, slots, { userId: USER, newSession: false, attributes: session, ...extra });

  beforeAll(async () => {
    await say(launchRequest({ userId: USER }));
    await say(next('ShouldIRunIntent'));
    await say(next('ShouldIRunIntent', [resolvedSlot('legs', `${MARK} wobbly jelly legs`, null)]));
    await say(next('ShouldIRunIntent', [resolvedSlot('legs', `${MARK}heavyish`, 'heavy')]));
    await say(next('ShouldIRunIntent', [resolvedSlot('legs', `${MARK}heavyish`, 'heavy'), resolvedSlot('yesterday', `${MARK} hill reps`, 'workout')]));
    await say(next('WhyIntent'));
    await say(next('InsteadIntent', [resolvedSlot('activity', `${MARK} a wander`, 'walk')]));
    await say(next('LogRunIntent', [resolvedSlot('kind', `${MARK} parkrun`, 'race-5k'), plainSlot('duration', `${MARK} twenty five`)]));
    await say(next('LogRunIntent', [resolvedSlot('kind', `${MARK} parkrun`, 'race-5k'), plainSlot('duration', 'PT25M'), plainSlot('distance', '5'), resolvedSlot('unit', `${MARK}k`, 'km')]));
    await say(
      next('LogRunIntent', [resolvedSlot('kind', `${MARK} parkrun`, 'race-5k'), plainSlot('duration', 'PT25M'), plainSlot('distance', '5'), resolvedSlot('unit', `${MARK}k`, 'km')], {
        confirmationStatus: 'CONFIRMED',
      }),
    );
    await say(
      next('CheckInIntent', [
        resolvedSlot('legs', `${MARK} okayish`, 'okay'),
        resolvedSlot('sleep', `${MARK} like a log`, 'good'),
        resolvedSlot('feeling', `${MARK} grand`, 'fine'),
        resolvedSlot('yesterday', `${MARK} parkrun`, 'race-5k'),
      ]),
    );
    await say(next('WeekIntent'));
    await say(next('LearnIntent', [resolvedSlot('topic', `${MARK} what is it`, null)]));
    await say(next('SomeUnknownIntent'));
    await say(next('AMAZON.FallbackIntent'));
    await say(next('AMAZON.HelpIntent'));
    // A broken intent (null) goes to the error handler: still one line.
    const broken = next('WeekIntent');
    (broken.request as { intent: unknown }).intent = null;
    await say(broken);
    await say(next('DeleteDataIntent'));
    await say(next('DeleteDataIntent', [], { confirmationStatus: 'DENIED' }));
    await say(next('AMAZON.StopIntent'));
    await say(sessionEndedRequest('ERROR', { type: 'INVALID_RESPONSE', message: `${MARK} the runner said something odd` }, { userId: USER }));
    await say(skillEventRequest('AlexaSkillEvent.SkillEnabled', { userId: USER }));
    // Rejected: another skill's request, and one without a user.
    await say(launchRequest({ userId: USER, applicationId: `amzn1.ask.skill.${MARK}-someone-else` }));
    const noUser = launchRequest({ userId: USER });
    delete (noUser.context.System as { user?: unknown }).user;
    await say(noUser);
    await say(skillEventRequest('AlexaSkillEvent.SkillDisabled', { userId: USER }));
  });

  it('has exactly one line per turn, rejected turns included', () => {
    expect(turns.length).toBeGreaterThan(20);
    expect(turns.filter((turn) => turn.rejected)).toHaveLength(2);
    expect(t.logs).toHaveLength(turns.length);
  });

  it('each line is one JSON object with requestType, outcome, dynamoCalls and durationMs', () => {
    for (const line of t.logs) {
      expect(line).not.toContain('\n');
      const parsed = JSON.parse(line) as LogLine;
      expect(typeof parsed.requestType).toBe('string');
      expect(typeof parsed.outcome).toBe('string');
      expect(Number.isInteger(parsed.dynamoCalls) && (parsed.dynamoCalls as number) >= 0).toBe(true);
      expect(typeof parsed.durationMs === 'number' && Number.isFinite(parsed.durationMs) && parsed.durationMs >= 0).toBe(true);
    }
  });

  it('each line names its request and counts the DynamoDB calls the turn made', () => {
    t.logs.forEach((line, i) => {
      const parsed = JSON.parse(line) as LogLine;
      const turn = turns[i] as Turn;
      expect(parsed.requestType).toBe(turn.envelope.request.type);
      expect(parsed.dynamoCalls).toBe(turn.calls);
      if (turn.rejected) expect(parsed.outcome).toBe('rejected');
      else expect(parsed.outcome).not.toBe('rejected');
    });
  });

  const lineOf = (match: (turn: Turn) => boolean): LogLine & Record<string, unknown> => {
    const i = turns.findIndex(match);
    expect(i).toBeGreaterThanOrEqual(0);
    return JSON.parse(t.logs[i] ?? '{}') as LogLine & Record<string, unknown>;
  };
  const intentOf = (turn: Turn): string | undefined => (turn.envelope.request as { intent?: { name?: string } | null }).intent?.name;

  it('a saved check-in says so in its outcome (operations can tell saved from not saved)', () => {
    const line = lineOf((turn) => intentOf(turn) === 'CheckInIntent');
    expect(String(line.outcome)).toMatch(/check-in:saved/);
  });

  it('a turn that failed inside the skill is logged as an error, not as answered', () => {
    // errors.ts: "The turn's log line records the error class (never its message)".
    const line = lineOf((turn) => turn.envelope.request.type === 'IntentRequest' && (turn.envelope.request as { intent?: unknown }).intent === null);
    const recordsError = /error/i.test(String(line.outcome)) || typeof line.error === 'string' || typeof line.errorName === 'string';
    expect(recordsError).toBe(true);
  });

  it('no line carries the raw user id, its hash, or any word the runner said', () => {
    const key = userKeyFor(USER);
    for (const line of t.logs) {
      expect(line).not.toContain(USER);
      expect(line).not.toContain('AGH7Y2KXXWQ');
      expect(line).not.toContain(key);
      expect(line).not.toContain(MARK);
      expect(line.toLowerCase()).not.toMatch(/wobbly|jelly|heavyish|hill reps|parkrun|twenty five|okayish|like a log|grand|wander|odd/);
    }
  });
});

describe('a line for a turn the skill id check refuses', () => {
  it('is written once, as rejected, with no DynamoDB call', async () => {
    const before = t.logs.length;
    await expect(t.skill.invoke(launchRequest({ userId: USER, applicationId: 'amzn1.ask.skill.not-ours' }))).rejects.toBeInstanceOf(RejectedRequestError);
    expect(t.logs.length).toBe(before + 1);
    const parsed = JSON.parse(t.logs.at(-1) ?? '{}') as LogLine;
    expect(parsed).toMatchObject({ requestType: 'LaunchRequest', outcome: 'rejected', dynamoCalls: 0 });
    expect(TEST_SKILL_ID).not.toBe('amzn1.ask.skill.not-ours');
  });
});
