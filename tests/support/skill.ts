/**
 * The real skill over a real local DynamoDB-API server, for handler and conversation tests.
 * Log lines are captured rather than printed, so tests can assert on them.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { buildSkill, type RecoveryCoachSkill, type SkillConfig } from '../../lambda/skill.js';
import type { DeviceSettings } from '../../lambda/turn/device-settings.js';
import { startTestDynamo, type TestDynamo } from './dynamo.js';
import { TEST_SKILL_ID } from './envelopes.js';

export interface TestSkill {
  skill: RecoveryCoachSkill;
  dynamo: TestDynamo;
  logs: string[];
  /** Moves the skill's clock. */
  setNow(iso: string): void;
  now(): Date;
  close(): Promise<void>;
}

export async function startTestSkill(
  options: { now?: string; deviceSettings?: (input: HandlerInput) => Promise<DeviceSettings> } & Partial<Pick<SkillConfig, 'store'>> = {},
): Promise<TestSkill> {
  const dynamo = await startTestDynamo();
  let now = new Date(options.now ?? '2026-11-24T20:00:00Z');
  const logs: string[] = [];
  const skill = buildSkill({
    store: options.store ?? dynamo.store,
    clock: () => now,
    skillId: TEST_SKILL_ID,
    log: (line) => logs.push(line),
    dynamoCalls: () => dynamo.counter.total(),
    ...(options.deviceSettings ? { deviceSettings: options.deviceSettings } : {}),
  });
  return {
    skill,
    dynamo,
    logs,
    setNow: (iso) => {
      now = new Date(iso);
    },
    now: () => now,
    close: () => dynamo.close(),
  };
}
