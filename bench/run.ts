/**
 * `npm run bench`: bundle size, cold start, warm turns, the engine alone, and DynamoDB round trips per conversation.
 * Prints figures and whether each goal is met; never fails on a missed goal (exit 0), only on a broken build.
 * Everything runs on 127.0.0.1: a dynalite server in this process stands in for DynamoDB.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildLambdaBundle, esbuildOptions } from '../infra/bundling.js';
import { composeSkill } from '../lambda/compose.js';
import { addDays, decide, LEGS, type DecideInput, type History, type SessionKind, type Yesterday } from '../lambda/coach/index.js';
import type { CallCounter } from '../lambda/history/call-counter.js';
import { createDynamoClient } from '../lambda/history/dynamo-client.js';
import { DynamoHistoryStore } from '../lambda/history/dynamo-store.js';
import type { HistoryStore } from '../lambda/history/store.js';
import { ensureTable } from '../local/dynamo-table.js';
import { LOCAL_USER_KEY_SECRET, userKeyFor } from '../lambda/history/user-key.js';
import { buildSkill, type RecoveryCoachSkill } from '../lambda/skill.js';
import { startLocalDynamo } from '../local/dynamo-server.js';
import { intentRequest, plainSlot, resolvedSlot, TEST_SKILL_ID } from '../tests/support/envelopes.js';
import { startSecretsManager } from '../tests/support/secrets-manager.js';
import type { ColdMarks } from './cold-harness.js';
import { MemoryHistoryStore } from './memory-store.js';

// Node 20 here, Node 22 on Lambda: the SDK's reminder about that is known and only clutters the table.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH_DIR);
/** Inside the repo, so bundles that leave packages external resolve them from ./node_modules like an unbundled app. */
const OUT = path.join(BENCH_DIR, '.out');
const TABLE = 'recovery-coach-bench';

const GOALS = {
  coldOverBareMs: 150,
  coldVsUnbundled: 0.5,
  bundleKb: 650,
  warmP99Ms: 10,
  engineUs: 50,
} as const;

const COLD_RUNS = 15;
const WARM_TURNS = 1000;
const WARM_UP_TURNS = 100;
const ENGINE_CALLS = 100_000;
/** The stack sets NODE_OPTIONS=--enable-source-maps (infra/skill-function.ts): measure what is deployed. */
const DEPLOYED_NODE_FLAGS = ['--enable-source-maps'];
/**
 * For comparison, esbuild's default for platform node: packages' CommonJS builds first. infra/bundling.ts prefers
 * the ES-module builds, which esbuild can tree-shake (the SDK's CommonJS builds carry every DynamoDB command and a
 * browser UA parser); these rows show what that choice is worth.
 */
const COMMONJS_BUILD = { mainFields: ['main', 'module'] };

// ---------------------------------------------------------------------------------------------------------------
// Figures

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p99 of 1000 values is the 990th, an observed value.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
const median = (values: readonly number[]): number => percentile(values, 50);
const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '-');
const ms2 = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '-');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// (a) Bundles

interface BundleFigures {
  label: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  mapBytes: number;
}

function measureFile(label: string, file: string): BundleFigures {
  const code = readFileSync(file);
  let mapBytes = 0;
  try {
    mapBytes = statSync(`${file}.map`).size;
  } catch {
    // No source map for this variant.
  }
  return { label, file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, mapBytes };
}

interface Builds {
  bundles: BundleFigures[];
  deployedSdkIn: BundleFigures;
  entrySdkIn: string;
  entrySdkOut: string;
  entryCommonjs: string;
  entryUnbundled: string;
  harness: string;
}

async function buildAll(): Promise<Builds> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // The repo's package.json says "type": "module"; Lambda's zip has none, so index.js is CommonJS there. Same here.
  writeFileSync(path.join(OUT, 'package.json'), '{ "type": "commonjs" }\n');
  const entry = path.join(BENCH_DIR, 'cold-entry.ts');
  const dir = (name: string): string => path.join(OUT, name);
  // The production bundle exactly as the stack builds it (infra/bundling.ts), both ways.
  const sdkIn = await buildLambdaBundle({ outdir: dir('deployed-sdk-in'), bundleAwsSdk: true });
  const sdkOut = await buildLambdaBundle({ outdir: dir('deployed-sdk-out'), bundleAwsSdk: false });
  await esbuild.build({ ...esbuildOptions({ outdir: dir('commonjs-sdk-in'), bundleAwsSdk: true }), ...COMMONJS_BUILD });
  await esbuild.build({ ...esbuildOptions({ outdir: dir('commonjs-sdk-out'), bundleAwsSdk: false }), ...COMMONJS_BUILD });
  // The same module graph without the top-level build, same settings, for the load/build split.
  const entryIn = await buildLambdaBundle({ outdir: dir('entry-sdk-in'), entry, bundleAwsSdk: true });
  const entryOut = await buildLambdaBundle({ outdir: dir('entry-sdk-out'), entry, bundleAwsSdk: false });
  await esbuild.build({ ...esbuildOptions({ outdir: dir('entry-commonjs'), entry, bundleAwsSdk: true }), ...COMMONJS_BUILD });
  // The fair "unbundled" app: our code compiled, every package loaded from node_modules by Node's resolver.
  await esbuild.build({ ...esbuildOptions({ outdir: dir('entry-unbundled'), entry }), minify: false, sourcemap: false, external: [], packages: 'external' });
  const harness = path.join(OUT, 'cold-harness.mjs');
  await esbuild.build({
    entryPoints: [path.join(BENCH_DIR, 'cold-harness.ts')],
    outfile: harness,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const deployedSdkIn = measureFile('as deployed: SDK inside', sdkIn.file);
  return {
    bundles: [
      deployedSdkIn,
      measureFile('as deployed: @aws-sdk/* + @smithy/* external', sdkOut.file),
      measureFile('CommonJS builds (mainFields main,module): SDK inside', path.join(dir('commonjs-sdk-in'), 'index.js')),
      measureFile('CommonJS builds (mainFields main,module): SDK external', path.join(dir('commonjs-sdk-out'), 'index.js')),
    ],
    deployedSdkIn,
    entrySdkIn: entryIn.file,
    entrySdkOut: entryOut.file,
    entryCommonjs: path.join(dir('entry-commonjs'), 'index.js'),
    entryUnbundled: path.join(dir('entry-unbundled'), 'index.js'),
    harness,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Cold start

interface ColdVariant {
  key: string;
  label: string;
  args: string[];
  /** Whether the harness reports marks (bare node does not). */
  marks: boolean;
}

interface ColdRun {
  wallMs: number;
  marks?: ColdMarks;
}

/** One fresh `node` process; wall time from spawn to exit, measured here. Async: dynalite answers in this process. */
function spawnOnce(args: string[], env: NodeJS.ProcessEnv): Promise<ColdRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${err.slice(0, 2000)}`));
      const line = out.split('\n').find((l) => l.startsWith('BENCH_MARKS '));
      resolve(line ? { wallMs, marks: JSON.parse(line.slice('BENCH_MARKS '.length)) as ColdMarks } : { wallMs });
    });
  });
}

interface ColdFigures {
  variant: ColdVariant;
  runs: ColdRun[];
}

async function coldStarts(variants: ColdVariant[], env: NodeJS.ProcessEnv): Promise<ColdFigures[]> {
  const results = variants.map((variant) => ({ variant, runs: [] as ColdRun[] }));
  // One untimed run each fills the OS file cache, as a warm Lambda host would have it.
  for (const { variant } of results) await spawnOnce(variant.args, env);
  // Round-robin, so drift on the machine spreads evenly over the variants.
  for (let i = 0; i < COLD_RUNS; i += 1) {
    for (const result of results) {
      const run = await spawnOnce(result.variant.args, env);
      if (result.variant.marks && run.marks?.answered !== true) throw new Error(`${result.variant.label}: the first turn gave no advice`);
      result.runs.push(run);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// (c, d) Warm turns and round trips

const SEEDED_USERS = 20;
const LOG_USERS = 50;
const now = (): string => new Date().toISOString();

function adviceEnvelope(userId: string): RequestEnvelope {
  return intentRequest(
    'ShouldIRunIntent',
    [resolvedSlot('legs', 'heavy', 'heavy'), resolvedSlot('yesterday', 'a long run', 'long-run')],
    { userId, newSession: true, timestamp: now() },
  );
}

/**
 * Today's question in the runner's own words: no slot value placed, so the understanding layer reads the legs,
 * yesterday and the night from a long {said}, as it does for a request only a last-resort sample caught.
 */
const ADVICE_WORDS =
  "honestly pretty knackered, did a hilly long run with the club yesterday and my calves are a bit tight this morning, slept alright though, should I still get out there";

function adviceInWordsEnvelope(userId: string): RequestEnvelope {
  return intentRequest('ShouldIRunIntent', [plainSlot('said', ADVICE_WORDS)], { userId, newSession: true, timestamp: now() });
}

const CHECK_IN_SLOTS = [
  resolvedSlot('legs', 'okay', 'okay'),
  resolvedSlot('sleep', 'well', 'good'),
  resolvedSlot('feeling', 'fine', 'fine'),
  resolvedSlot('yesterday', 'an easy run', 'easy-run'),
];

const LOG_SLOTS = [
  resolvedSlot('kind', 'easy run', 'easy-run'),
  plainSlot('distance', '8'),
  resolvedSlot('unit', 'kilometres', 'km'),
  plainSlot('duration', 'PT50M'),
];

/** A few weeks of a runner's life: runs on most days, a morning check-in on each of the last two weeks' days. */
async function seedHistory(store: HistoryStore, userId: string, today: string): Promise<void> {
  const key = userKeyFor(userId);
  const kinds: SessionKind[] = ['easy-run', 'workout', 'recovery-run', 'easy-run', 'long-run', 'recovery-run'];
  for (let day = 1; day <= 21; day += 1) {
    if (day % 7 === 3) continue; // a rest day a week
    const date = addDays(today, -day);
    const kind = kinds[day % kinds.length] as SessionKind;
    const result = await store.saveRun(key, {
      date,
      kind,
      distanceKm: kind === 'long-run' ? 18 : 8,
      minutes: kind === 'long-run' ? 105 : 48,
      effort: kind === 'workout' ? 8 : 3,
      loggedAt: `${date}T18:00:00.000Z`,
      requestId: `seed-${userId}-${day}`,
    });
    if (!result.ok) throw new Error(`seeding failed: ${result.failure}`);
  }
  for (let day = 1; day <= 14; day += 1) {
    const result = await store.saveCheckIn(key, { date: addDays(today, -day), legs: day % 4 === 0 ? 'heavy' : 'okay', sleptBadly: day % 5 === 0, runDown: false });
    if (!result.ok) throw new Error(`seeding failed: ${result.failure}`);
  }
}

const CONVERSATIONS = ['advice', 'advice-words', 'log-ask', 'log', 'check-in', 'week'] as const;
type Conversation = (typeof CONVERSATIONS)[number];

const CONVERSATION_LABEL: Record<Conversation, string> = {
  advice: 'advice (should I run? legs + yesterday said)',
  'advice-words': 'advice in free words (the layer reads a long {said})',
  'log-ask': 'log: the question turn ("Shall I save it?")',
  log: 'log: the confirmed write turn',
  'check-in': 'check-in: the final turn (writes)',
  week: 'week',
};

/** "reads/writes" per turn, as the call counter saw them. */
const EXPECTED_TRIPS: Record<Conversation, string> = {
  // The legs and yesterday said in this turn are kept as today's readiness, like a check-in's (one write).
  advice: '1/1',
  'advice-words': '1/1',
  // Reading a run back needs no history: zone and units come from the device settings, not the store.
  'log-ask': '0/0',
  log: '0/1',
  'check-in': '1/1',
  week: '1/0',
};

interface WarmFigures {
  durations: Record<Conversation, number[]>;
  trips: Record<Conversation, Map<string, number>>;
}

/**
 * WARM_TURNS timed turns of each conversation through one skill, after WARM_UP_TURNS untimed ones. Users are spread
 * so partitions stay the size a real runner's would (a few weeks of runs and check-ins).
 */
async function warmTurns(skill: RecoveryCoachSkill, calls: CallCounter | undefined): Promise<WarmFigures> {
  const figures: WarmFigures = {
    durations: { advice: [], 'advice-words': [], 'log-ask': [], log: [], 'check-in': [], week: [] },
    trips: { advice: new Map(), 'advice-words': new Map(), 'log-ask': new Map(), log: new Map(), 'check-in': new Map(), week: new Map() },
  };
  const timed = async (conversation: Conversation, i: number, envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reads = calls?.reads() ?? 0;
    const writes = calls?.writes() ?? 0;
    const started = performance.now();
    const response = await skill.invoke(envelope);
    const elapsed = performance.now() - started;
    if (i >= WARM_UP_TURNS) {
      figures.durations[conversation].push(elapsed);
      if (calls) {
        const trip = `${calls.reads() - reads}/${calls.writes() - writes}`;
        figures.trips[conversation].set(trip, (figures.trips[conversation].get(trip) ?? 0) + 1);
      }
    }
    return response;
  };
  const ssml = (r: ResponseEnvelope): string => (r.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
  const title = (r: ResponseEnvelope): string => (r.response.card as { title?: string } | undefined)?.title ?? '';
  const expect = (ok: boolean, conversation: Conversation, r: ResponseEnvelope): void => {
    if (!ok) throw new Error(`${conversation}: unexpected answer ${ssml(r)}`);
  };
  const seeded = (i: number): string => `amzn1.ask.account.bench-${i % SEEDED_USERS}`;

  for (let i = 0; i < WARM_UP_TURNS + WARM_TURNS; i += 1) {
    const r = await timed('advice', i, adviceEnvelope(seeded(i)));
    expect(title(r).startsWith('Today:'), 'advice', r);
  }
  for (let i = 0; i < WARM_UP_TURNS + WARM_TURNS; i += 1) {
    const r = await timed('advice-words', i, adviceInWordsEnvelope(seeded(i)));
    expect(title(r).startsWith('Today:'), 'advice-words', r);
  }
  for (let i = 0; i < WARM_UP_TURNS + WARM_TURNS; i += 1) {
    const userId = `amzn1.ask.account.bench-log-${i % LOG_USERS}`;
    const asked = await timed('log-ask', i, intentRequest('LogRunIntent', LOG_SLOTS, { userId, newSession: true, timestamp: now() }));
    expect(ssml(asked).includes('Shall I save it?'), 'log-ask', asked);
    // The runner's "yes": the same intent, CONFIRMED, with the session the question left behind.
    const confirmed = intentRequest('LogRunIntent', LOG_SLOTS, {
      userId,
      newSession: false,
      confirmationStatus: 'CONFIRMED',
      attributes: asked.sessionAttributes ?? {},
      timestamp: now(),
    });
    const saved = await timed('log', i, confirmed);
    expect(ssml(saved).includes('Saved'), 'log', saved);
  }
  for (let i = 0; i < WARM_UP_TURNS + WARM_TURNS; i += 1) {
    const r = await timed('check-in', i, intentRequest('CheckInIntent', CHECK_IN_SLOTS, { userId: seeded(i), newSession: false, timestamp: now() }));
    expect(ssml(r).includes('check-in is saved'), 'check-in', r);
  }
  for (let i = 0; i < WARM_UP_TURNS + WARM_TURNS; i += 1) {
    const r = await timed('week', i, intentRequest('WeekIntent', [], { userId: seeded(i), newSession: true, timestamp: now() }));
    expect(title(r) === 'Your week', 'week', r);
  }
  return figures;
}

async function seedAll(store: HistoryStore): Promise<void> {
  const today = now().slice(0, 10);
  for (let u = 0; u < SEEDED_USERS; u += 1) await seedHistory(store, `amzn1.ask.account.bench-${u}`, today);
}

// ---------------------------------------------------------------------------------------------------------------
// (c) The engine alone

const ENGINE_TODAY = '2026-11-24';

function engineHistory(days: number): History {
  return {
    runs: Array.from({ length: days }, (_, i) => ({
      date: addDays(ENGINE_TODAY, -(i + 1)),
      kind: (['easy-run', 'workout', 'long-run', 'recovery-run'] as const)[i % 4] as SessionKind,
      minutes: 30 + (i % 5) * 15,
      distanceKm: 5 + (i % 4) * 3,
      effort: 2 + (i % 7),
    })),
    checkIns: Array.from({ length: Math.min(days, 14) }, (_, i) => ({
      date: addDays(ENGINE_TODAY, -(i + 1)),
      legs: (['okay', 'heavy', 'fresh', 'sore'] as const)[i % 4],
      sleptBadly: i % 3 === 0,
      runDown: i % 5 === 0,
    })),
  };
}

const ENGINE_HISTORY_DAYS = [0, 3, 10, 28] as const;

function engineInputs(historyDays: readonly number[]): DecideInput[] {
  const yesterdays: Yesterday[] = ['rest', 'easy-run', 'recovery-run', 'long-run', 'workout', 'race', 'cross-training', 'walk', 'unknown'];
  const inputs: DecideInput[] = [];
  for (const days of historyDays) {
    const history = engineHistory(days);
    for (const legs of LEGS) {
      for (const yesterday of yesterdays) {
        for (const wellbeing of [undefined, { sleptBadly: true }, { runDown: true, illAboveNeck: true }]) {
          inputs.push({ today: ENGINE_TODAY, checkIn: { legs, yesterday, ...(wellbeing ? { wellbeing } : {}) }, history });
        }
      }
    }
  }
  return inputs;
}

interface EngineFigures {
  label: string;
  p50Us: number;
  p99Us: number;
  meanUs: number;
}

function engine(label: string, inputs: DecideInput[]): EngineFigures {
  const n = inputs.length;
  let sink = 0;
  // Warm-up: let V8 optimise decide() before timing it.
  for (let i = 0; i < 20_000; i += 1) sink += decide(inputs[i % n] as DecideInput).minutes.max;
  const perCall: number[] = [];
  for (let i = 0; i < ENGINE_CALLS; i += 1) {
    const input = inputs[i % n] as DecideInput;
    const started = performance.now();
    sink += decide(input).minutes.max;
    perCall.push((performance.now() - started) * 1000);
  }
  const started = performance.now();
  for (let i = 0; i < ENGINE_CALLS; i += 1) sink += decide(inputs[i % n] as DecideInput).minutes.max;
  const meanUs = ((performance.now() - started) * 1000) / ENGINE_CALLS;
  if (sink === 0) throw new Error('the engine returned nothing');
  return { label, p50Us: median(perCall), p99Us: percentile(perCall, 99), meanUs };
}

// ---------------------------------------------------------------------------------------------------------------

function tripWords(trip: string): string {
  const [reads, writes] = trip.split('/').map(Number);
  return `${reads} read${reads === 1 ? '' : 's'} + ${writes} write${writes === 1 ? '' : 's'}`;
}

async function main(): Promise<void> {
  console.log(`Recovery Coach benchmark, ${now()}, Node ${process.version}, ${process.platform}/${process.arch}`);
  const builds = await buildAll();

  const server = await startLocalDynamo();
  // The deployed entry reads its user-key secret at cold start: the local one, so the seeded history is found.
  const secretArn = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-user-key';
  const secrets = await startSecretsManager({ [secretArn]: LOCAL_USER_KEY_SECRET });
  const env: Record<string, string> = {
    DYNAMODB_ENDPOINT: server.endpoint,
    TABLE_NAME: TABLE,
    AWS_REGION: 'us-east-1',
    SKILL_ID: TEST_SKILL_ID,
    USER_KEY_SECRET_ARN: secretArn,
    SECRETS_MANAGER_ENDPOINT: secrets.endpoint,
  };
  const setupClient = createDynamoClient({ endpoint: server.endpoint });
  await ensureTable(setupClient, TABLE);
  await seedAll(new DynamoHistoryStore({ client: setupClient, tableName: TABLE }));
  setupClient.destroy();

  try {
    // (a)
    console.log('\n(a) Bundle of lambda/index.ts, settings from infra/bundling.ts (cjs, node22, minified, source map)\n');
    console.log(table(['variant', 'minified', 'gzipped', 'source map'], builds.bundles.map((b) => [b.label, kb(b.bytes), kb(b.gzipBytes), kb(b.mapBytes)])));

    // (b)
    const coldEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...env,
      BENCH_ENVELOPE: JSON.stringify(adviceEnvelope('amzn1.ask.account.bench-0')),
    };
    const h = builds.harness;
    const variants: ColdVariant[] = [
      { key: 'bare', label: 'bare node -e 0', args: [...DEPLOYED_NODE_FLAGS, '-e', '0'], marks: false },
      { key: 'deployed', label: 'index.js as deployed (load includes build)', args: [...DEPLOYED_NODE_FLAGS, h, builds.deployedSdkIn.file, 'handler'], marks: true },
      { key: 'bundled', label: 'bundle, SDK inside (as deployed)', args: [...DEPLOYED_NODE_FLAGS, h, builds.entrySdkIn, 'compose'], marks: true },
      { key: 'sdk-out', label: 'bundle, SDK external (from node_modules)', args: [...DEPLOYED_NODE_FLAGS, h, builds.entrySdkOut, 'compose'], marks: true },
      { key: 'commonjs', label: 'bundle, SDK inside, CommonJS builds', args: [...DEPLOYED_NODE_FLAGS, h, builds.entryCommonjs, 'compose'], marks: true },
      { key: 'unbundled', label: 'unbundled: packages from node_modules', args: [...DEPLOYED_NODE_FLAGS, h, builds.entryUnbundled, 'compose'], marks: true },
      { key: 'no-maps', label: 'index.js without --enable-source-maps', args: [h, builds.deployedSdkIn.file, 'handler'], marks: true },
      { key: 'tsx', label: 'tsx from source (reference only)', args: [...DEPLOYED_NODE_FLAGS, '--import', 'tsx', h, path.join(BENCH_DIR, 'cold-entry.ts'), 'compose'], marks: true },
    ];
    const cold = await coldStarts(variants, coldEnv);
    const wall = (key: string): number => median((cold.find((c) => c.variant.key === key) as ColdFigures).runs.map((r) => r.wallMs));
    const bareMedian = wall('bare');
    const markCol = (f: ColdFigures, pick: (m: ColdMarks) => number): string =>
      f.variant.marks ? ms(median(f.runs.map((r) => (r.marks ? pick(r.marks) : Number.NaN)))) : '-';
    console.log(
      `\n(b) Cold start: ${COLD_RUNS} fresh processes per variant (after one untimed run), ${DEPLOYED_NODE_FLAGS.join(' ')} as deployed unless` +
        '\n    noted; one "should I run today?" turn (legs + yesterday) against dynalite in the parent. wall = spawn to exit,' +
        '\n    measured by the parent; node boot/load/build/first turn = medians of performance.now() marks in the process; ms\n',
    );
    console.log(
      table(
        ['variant', 'wall p50', 'wall p90', 'vs bare', 'x bare', 'node boot', 'load', 'build', 'first turn'],
        cold.map((f) => {
          const walls = f.runs.map((r) => r.wallMs);
          const p50 = median(walls);
          const isBare = f.variant.key === 'bare';
          return [
            f.variant.label,
            ms(p50),
            ms(percentile(walls, 90)),
            isBare ? '-' : `+${ms(p50 - bareMedian)}`,
            isBare ? '1.00' : (p50 / bareMedian).toFixed(2),
            markCol(f, (m) => m.bootstrap),
            markCol(f, (m) => m.load),
            markCol(f, (m) => m.build),
            markCol(f, (m) => m.firstTurn),
          ];
        }),
      ),
    );

    // (c, d) The skill as Lambda composes it, over the local server; then the same turns with the store in memory.
    let logged = 0;
    const sink = (line: string): void => {
      logged += line.length;
    };
    // Log lines are built (JSON.stringify) as in production but not printed: terminal I/O would swamp the figures.
    const composed = composeSkill(env, { log: sink });
    const overDynamo = await warmTurns(composed.skill, composed.calls);
    composed.client.destroy();
    const memoryStore = new MemoryHistoryStore();
    await seedAll(memoryStore);
    const inMemory = await warmTurns(buildSkill({ store: memoryStore, clock: () => new Date(), log: sink }), undefined);
    if (logged === 0) throw new Error('the skill logged nothing');

    console.log(
      `\n(c) Warm turns: ${WARM_TURNS} timed turns per conversation in one process (after ${WARM_UP_TURNS} untimed); ms.` +
        '\n    dynalite = the composed skill over the local server (SDK + HTTP + dynalite, all in this process);' +
        '\n    memory = the same turns with an in-memory store: the skill alone\n',
    );
    console.log(
      table(
        ['conversation', 'dynalite p50', 'p90', 'p99', 'max', 'memory p50', 'p99'],
        CONVERSATIONS.map((c) => {
          const d = overDynamo.durations[c];
          const m = inMemory.durations[c];
          return [CONVERSATION_LABEL[c], ms2(median(d)), ms2(percentile(d, 90)), ms2(percentile(d, 99)), ms2(Math.max(...d)), ms2(median(m)), ms2(percentile(m, 99))];
        }),
      ),
    );
    const engines = [
      engine(`all ${ENGINE_HISTORY_DAYS.join('/')} days of history`, engineInputs(ENGINE_HISTORY_DAYS)),
      ...ENGINE_HISTORY_DAYS.map((days) => engine(`${days} days of runs`, engineInputs([days]))),
    ];
    console.log(`\n    Engine alone: decide() over ${engineInputs(ENGINE_HISTORY_DAYS).length} varied inputs, ${ENGINE_CALLS} timed calls per row; µs per call\n`);
    console.log(table(['engine', 'p50', 'p99', 'mean (tight loop)'], engines.map((e) => [e.label, ms2(e.p50Us), ms2(e.p99Us), ms2(e.meanUs)])));

    console.log("\n(d) DynamoDB round trips per timed turn (the call counter on the composed skill's client)\n");
    const tripsMet = new Map<Conversation, boolean>();
    console.log(
      table(
        ['conversation', 'observed (turns)', 'expected', ''],
        CONVERSATIONS.map((c) => {
          const trips = overDynamo.trips[c];
          const observed = [...trips.entries()].map(([trip, count]) => `${tripWords(trip)} (${count})`).join(', ');
          const ok = trips.size === 1 && trips.has(EXPECTED_TRIPS[c]);
          tripsMet.set(c, ok);
          return [CONVERSATION_LABEL[c], observed, tripWords(EXPECTED_TRIPS[c]), met(ok)];
        }),
      ),
    );

    const deployedOverBare = wall('deployed') - bareMedian;
    const ratio = wall('bundled') / wall('unbundled');
    const ratioOverBare = (wall('bundled') - bareMedian) / (wall('unbundled') - bareMedian);
    const sizeKb = builds.deployedSdkIn.bytes / 1024;
    const warmP99 = Math.max(...CONVERSATIONS.map((c) => percentile(overDynamo.durations[c], 99)));
    const engineP99 = (engines[0] as EngineFigures).p99Us;
    console.log('\nGoals (as deployed today)\n');
    console.log(
      table(
        ['goal', 'measured', ''],
        [
          [`cold start within ${GOALS.coldOverBareMs} ms of bare Node (index.js, wall p50)`, `+${ms(deployedOverBare)} ms`, met(deployedOverBare <= GOALS.coldOverBareMs)],
          [`cold start at most ${GOALS.coldVsUnbundled} x unbundled (wall p50)`, `${ratio.toFixed(2)} x`, met(ratio <= GOALS.coldVsUnbundled)],
          [`  the same, counting only time above bare Node`, `${ratioOverBare.toFixed(2)} x`, met(ratioOverBare <= GOALS.coldVsUnbundled)],
          [`bundle <= ${GOALS.bundleKb} KB minified, SDK inside`, `${sizeKb.toFixed(1)} KB`, met(sizeKb <= GOALS.bundleKb)],
          [`warm p99 < ${GOALS.warmP99Ms} ms per turn (worst conversation, dynalite)`, `${ms2(warmP99)} ms`, met(warmP99 < GOALS.warmP99Ms)],
          [`engine < ${GOALS.engineUs} µs per call (p99, all inputs)`, `${ms2(engineP99)} µs`, met(engineP99 < GOALS.engineUs)],
          [`round trips as designed (d)`, [...tripsMet.values()].every(Boolean) ? 'all' : 'not all', met([...tripsMet.values()].every(Boolean))],
        ],
      ),
    );
    const commonjs = builds.bundles[2] as BundleFigures;
    console.log(
      `\nWithout the ES-module builds (esbuild's default mainFields): bundle ${kb(commonjs.bytes)},` +
        ` cold start +${ms(wall('commonjs') - bareMedian)} ms over bare Node, ${(wall('commonjs') / wall('unbundled')).toFixed(2)} x unbundled.`,
    );
  } finally {
    await server.close();
    await secrets.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
