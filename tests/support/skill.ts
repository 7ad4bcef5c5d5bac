/**
 * The real skill over a real local DynamoDB-API server, for handler and conversation tests.
 * Log lines are captured rather than printed, so tests can assert on them.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { buildSkill, type RecoveryCoachSkill, type SkillConfig } from '../../lambda/skill.js';
import type { DeviceSettings } from '../../lambda/turn/device-settings.js';
import { countCalls } from '../../lambda/history/call-counter.js';
import { startTestDynamo, type TestDynamo } from './dynamo.js';
import { TEST_SKILL_ID } from './envelopes.js';
import { startFaultyDynamo, storeAt, type FaultyDynamo } from './faulty-dynamo.js';

export interface TestSkill {
  skill: RecoveryCoachSkill;
  dynamo: TestDynamo;
  logs: string[];
  /** With `wire: true`: what stands between the skill and the server, to lose answers on (tests/support/faulty-dynamo.ts). */
  wire?: FaultyDynamo;
  /** Moves the skill's clock. */
  setNow(iso: string): void;
  now(): Date;
  close(): Promise<void>;
}

export async function startTestSkill(
  options: { now?: string; deviceSettings?: (input: HandlerInput) => Promise<DeviceSettings>; wire?: boolean } & Partial<Pick<SkillConfig, 'store'>> = {},
): Promise<TestSkill> {
  const dynamo = await startTestDynamo();
  let now = new Date(options.now ?? '2026-11-24T20:00:00Z');
  const logs: string[] = [];
  // Through the wire, the skill's own client talks to the faulty server; `dynamo` still reads the table directly.
  const wire = options.wire ? await startFaultyDynamo({ behaviour: 'forward', upstream: dynamo.endpoint }) : undefined;
  const wired = wire ? storeAt(wire.endpoint, dynamo.tableName) : undefined;
  const wiredCalls = wired ? countCalls(wired.client) : undefined;
  const skill = buildSkill({
    store: options.store ?? wired?.store ?? dynamo.store,
    clock: () => now,
    skillId: TEST_SKILL_ID,
    log: (line) => logs.push(line),
    dynamoCalls: () => (wiredCalls ?? dynamo.counter).total(),
    ...(options.deviceSettings ? { deviceSettings: options.deviceSettings } : {}),
  });
  return {
    skill,
    dynamo,
    logs,
    ...(wire ? { wire } : {}),
    setNow: (iso) => {
      now = new Date(iso);
    },
    now: () => now,
    close: async () => {
      wired?.client.destroy();
      await wire?.close();
      await dynamo.close();
    },
  };
}
