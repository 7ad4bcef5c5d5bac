/**
 * The real skill on a local DynamoDB-API server, for the console and the HTTP endpoint: no AWS account, the
 * same composition (composeSkill) and store code as the Lambda function.
 */
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSkill } from '../lambda/compose.js';
import { readHistoryConfig } from '../lambda/history/config.js';
import { DynamoHistoryStore } from '../lambda/history/dynamo-store.js';
import { ensureTable } from './dynamo-table.js';
import { historyKeyFor } from '../lambda/history/user-key.js';
import type { RecoveryCoachSkill, SkillConfig } from '../lambda/skill.js';
import { startLocalDynamo } from './dynamo-server.js';

/** Where `npm start` and `npm run serve` keep history between runs (git-ignored), whatever the working directory. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.local/dynamo', import.meta.url));

type Env = Readonly<Record<string, string | undefined>>;

export interface BackendOptions {
  /** LevelDB folder for the history; in memory (gone at exit) when absent. */
  dataDir?: string;
  /** Environment for composeSkill (SKILL_ID, TABLE_NAME, ...); DYNAMODB_ENDPOINT is always the local server. */
  env?: Env;
  /** Clock, settings reader and log line sink for the skill. */
  overrides?: Partial<Omit<SkillConfig, 'store' | 'skillId'>>;
}

export interface Backend {
  skill: RecoveryCoachSkill;
  /** Deletes every item of one Alexa user (or of one person of it only); resolves to how many were deleted. */
  forgetUser(alexaUserId: string, personId?: string): Promise<number>;
  /** Resolves once deleted items (by the skill or forgetUser) are compacted out of the data folder's files. */
  purged(): Promise<void>;
  /** Destroys the DynamoDB client, then stops the server. */
  close(): Promise<void>;
}

/**
 * The AWS SDK warns once per process that Node 20 support ends; it is noise in a transcript. The SDK's own
 * switch, set in this process only (process.on('warning') cannot stop Node printing it).
 */
export function quietAwsNodeVersionWarning(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

/** A data folder another process is using: LevelDB allows one process per folder. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `dataDir` for this process with a pid file next to it. A second `npm start` on the same folder would
 * otherwise crash inside dynalite when LevelDB refuses the lock; a pid file left by a killed process is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return () => unlink(lockPath).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (attempt > 0) throw new DataDirInUseError(`${dataDir} is in use by another process (its lock file ${lockPath} is held)`);
    }
    const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new DataDirInUseError(`${dataDir} is in use by process ${holder} (another npm start or npm run serve)`);
    }
    await unlink(lockPath).catch(() => undefined);
  }
}

export async function startBackend({ dataDir, env = process.env, overrides = {} }: BackendOptions = {}): Promise<Backend> {
  const unlock = dataDir !== undefined ? await lockDataDir(dataDir) : async () => undefined;
  let server: Awaited<ReturnType<typeof startLocalDynamo>>;
  try {
    server = await startLocalDynamo(dataDir !== undefined ? { path: dataDir } : {});
  } catch (error) {
    await unlock();
    throw error;
  }
  const skillEnv: Env = { ...env, DYNAMODB_ENDPOINT: server.endpoint };
  // Local only: without a skill id the console and `npm run serve` answer any skill (serve warns about it).
  const { skill, client } = composeSkill(skillEnv, overrides, { allowAnySkill: true });
  const close = async (): Promise<void> => {
    client.destroy();
    await server.close();
    await unlock();
  };
  const { tableName, retentionDays } = readHistoryConfig(skillEnv);
  try {
    await ensureTable(client, tableName);
  } catch (error) {
    await close();
    throw error;
  }
  const store = new DynamoHistoryStore({ client, tableName, retentionDays });
  return {
    skill,
    async forgetUser(alexaUserId, personId) {
      const result = await store.deleteUser(historyKeyFor(alexaUserId, personId), personId === undefined ? 'account' : 'own');
      if (!result.ok) throw new Error(`could not clear the history (${result.failure})`);
      await server.purged();
      return result.value.deleted;
    },
    purged: () => server.purged(),
    close,
  };
}
