/**
 * One cold start, run as `node cold-harness.mjs <bundle> <compose|handler>` in a fresh process by bench/run.ts.
 * Prints one line `BENCH_MARKS {...}` with performance.now() marks (ms since the process's time origin), then exits
 * at once so keep-alive sockets do not add to the wall time the parent measures.
 */
import { createRequire } from 'node:module';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { ComposedSkill } from '../lambda/compose.js';

export interface ColdMarks {
  /** Node's own start-up, up to the first line of this file. */
  bootstrap: number;
  /** require() of the bundle. For 'handler' this includes the skill build (index.ts builds at import). */
  load: number;
  /** composeSkill(): 0 for 'handler'. */
  build: number;
  /** The first turn, request to response. */
  firstTurn: number;
  /** Time origin to response. */
  total: number;
  /** The first turn was spoken advice (an advice card), not an apology. */
  answered: boolean;
}

interface ComposeModule {
  composeSkill(env: NodeJS.ProcessEnv): ComposedSkill;
}
interface HandlerModule {
  handler(event: RequestEnvelope): Promise<ResponseEnvelope>;
}

const bootstrap = performance.now();
const [bundle, mode] = process.argv.slice(2);
const envelopeJson = process.env.BENCH_ENVELOPE;
if (!bundle || (mode !== 'compose' && mode !== 'handler') || !envelopeJson) {
  console.error('usage: BENCH_ENVELOPE=<json> node cold-harness.mjs <bundle> <compose|handler>');
  process.exit(2);
}
const envelope = JSON.parse(envelopeJson) as RequestEnvelope;
// The bundle is CommonJS, as on Lambda: require it, not import().
const require = createRequire(import.meta.url);

const t0 = performance.now();
const loaded: unknown = require(bundle);
const t1 = performance.now();
let answer: (event: RequestEnvelope) => Promise<ResponseEnvelope>;
if (mode === 'compose') {
  const { skill } = (loaded as ComposeModule).composeSkill(process.env);
  answer = (event) => skill.invoke(event);
} else {
  answer = (loaded as HandlerModule).handler;
}
const t2 = performance.now();
const response = await answer(envelope);
const t3 = performance.now();

const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
const title = (response.response.card as { title?: string } | undefined)?.title ?? '';
const marks: ColdMarks = {
  bootstrap,
  load: t1 - t0,
  build: t2 - t1,
  firstTurn: t3 - t2,
  total: t3,
  answered: ssml.startsWith('<speak>') && title.startsWith('Today:'),
};
process.stdout.write(`BENCH_MARKS ${JSON.stringify(marks)}\n`, () => process.exit(0));
