/**
 * Shared set-up for the reliability tests: the real skill over a real local DynamoDB-API server (or a store pointed at
 * a misbehaving one, tests/support/faulty-dynamo.ts), with its log lines captured, its clock movable and the Alexa settings API stubbed out
 * (a fuzzed apiEndpoint must never reach the network, and a stub that knows nothing means no profile writes).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { TABLE_SCHEMA } from '../../lambda/history/schema.js';
import type { HistoryStore } from '../../lambda/history/store.js';
import { userKeyFor } from '../../lambda/history/user-key.js';
import { buildSkill, type RecoveryCoachSkill } from '../../lambda/skill.js';
import type { DeviceSettings } from '../../lambda/turn/device-settings.js';
import { rawItemsOf, startTestDynamo, type Item, type TestDynamo } from '../support/dynamo.js';
import { TEST_SKILL_ID } from '../support/envelopes.js';

export type { Item };

export interface Rig {
  skill: RecoveryCoachSkill;
  /** Every line the skill logged, in order. */
  logs: string[];
  setNow(iso: string): void;
}

export interface RigOptions {
  store: HistoryStore;
  /** Counts DynamoDB calls for the log line's dynamoCalls. */
  dynamoCalls?: () => number;
  now?: string;
  skillId?: string;
  deviceSettings?: () => Promise<DeviceSettings>;
}

export const RIG_NOW = '2026-11-24T20:00:00Z';

export function rig({ store, dynamoCalls, now = RIG_NOW, skillId = TEST_SKILL_ID, deviceSettings }: RigOptions): Rig {
  let clock = new Date(now);
  const logs: string[] = [];
  const skill = buildSkill({
    store,
    clock: () => clock,
    skillId,
    log: (line) => logs.push(line),
    deviceSettings: deviceSettings ?? (async () => ({})),
    ...(dynamoCalls ? { dynamoCalls } : {}),
  });
  return {
    skill,
    logs,
    setNow: (iso) => {
      clock = new Date(iso);
    },
  };
}

export interface DynamoRig extends Rig {
  dynamo: TestDynamo;
  close(): Promise<void>;
}

export async function dynamoRig(options: Omit<RigOptions, 'store' | 'dynamoCalls'> = {}): Promise<DynamoRig> {
  const dynamo = await startTestDynamo();
  const r = rig({ ...options, store: dynamo.store, dynamoCalls: () => dynamo.counter.total() });
  return { ...r, dynamo, close: () => dynamo.close() };
}

/** Every item of a runner (by Alexa userId), read raw (no TTL filter, nothing parsed): what is really in the table. */
export function itemsOf(client: DynamoDBClient, tableName: string, userId: string): Promise<Item[]> {
  return rawItemsOf(client, tableName, userKeyFor(userId));
}

export function sortKeyOf(item: Item): string {
  return item[TABLE_SCHEMA.sortKey]?.S ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Reading responses

export interface SpeechParts {
  ssml?: string;
  text?: string;
  type?: string;
}

export function outputSpeech(r: ResponseEnvelope): SpeechParts | undefined {
  return r.response.outputSpeech as SpeechParts | undefined;
}

export function cardTitle(r: ResponseEnvelope): string {
  return (r.response.card as { title?: string } | undefined)?.title ?? '';
}
