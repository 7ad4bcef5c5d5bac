/**
 * Sends a plan with the ASK CLI (the `ask` executable, already configured with `ask configure`) and reads what
 * came back. Profile results follow the Utterance Profiler API's response (`selectedIntent`, `consideredIntents`:
 * https://developer.amazon.com/docs/smapi/utterance-profiler-api.html).
 */
import { spawnSync } from 'node:child_process';
import { INTENTS } from '../../lambda/conversation/contract.js';
import type { Phrasing } from './phrasings.js';
import type { ProfileCall } from './plan.js';

export interface ProfileOutcome {
  phrasing: Phrasing;
  /** The intent the corpus expects, as the model names it; undefined when the row names none. */
  expected?: string;
  /** What Alexa selected, or an error. */
  selected?: string;
  slots: Record<string, string>;
  error?: string;
}

interface ProfileResponse {
  selectedIntent?: { name?: string; slots?: Record<string, ProfileSlot> };
}
interface ProfileSlot {
  value?: string;
  resolutions?: { resolutionsPerAuthority?: { status?: { code?: string }; values?: { value?: { id?: string } }[] }[] };
}

export type Runner = (command: string, args: readonly string[]) => { status: number | null; stdout: string; stderr: string };

export const runCommand: Runner = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return { status: null, stdout: '', stderr: result.error.message };
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** The contract name the corpus uses ("ShouldIRun") as the model's intent name ("ShouldIRunIntent"). */
export function expectedIntent(phrasing: Phrasing): string | undefined {
  const key = phrasing.expect['intent'];
  if (typeof key !== 'string' || !(key in INTENTS)) return undefined;
  return INTENTS[key as keyof typeof INTENTS].name;
}

export function profile(calls: readonly ProfileCall[], ask: string, run: Runner = runCommand): ProfileOutcome[] {
  return calls.map(({ phrasing, args }) => {
    const expected = expectedIntent(phrasing);
    const base = { phrasing, slots: {}, ...(expected ? { expected } : {}) };
    const result = run(ask, args);
    if (result.status !== 0) return { ...base, error: (result.stderr || result.stdout).trim().split('\n')[0] ?? `exit ${result.status}` };
    try {
      const body = JSON.parse(result.stdout) as ProfileResponse;
      const selected = body.selectedIntent?.name;
      return { ...base, ...(selected ? { selected } : {}), slots: slotReadings(body.selectedIntent?.slots ?? {}) };
    } catch {
      return { ...base, error: 'the ASK CLI did not print JSON' };
    }
  });
}

/** Each filled slot as the skill reads it: the entity id when resolved, otherwise the words heard. */
function slotReadings(slots: Record<string, ProfileSlot>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, slot] of Object.entries(slots)) {
    if (slot.value === undefined) continue;
    const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
    const id = authority?.status?.code === 'ER_SUCCESS_MATCH' ? authority.values?.[0]?.value?.id : undefined;
    out[name] = id ?? slot.value;
  }
  return out;
}

/** One line a phrasing, and the count that reached the intent they should. */
export function profileReport(outcomes: readonly ProfileOutcome[]): string {
  const lines = outcomes.map((o) => {
    const slots = Object.entries(o.slots).map(([k, v]) => `${k}=${v}`).join(' ');
    const verdict = o.error ? `ERROR ${o.error}` : o.expected === undefined ? '(no intent expected)' : o.selected === o.expected ? 'ok' : `MISS (expected ${o.expected})`;
    return `${o.phrasing.locale} "${o.phrasing.text}" -> ${o.selected ?? '?'} ${slots} ${verdict}`.replace(/\s+/g, ' ');
  });
  const judged = outcomes.filter((o) => o.expected !== undefined);
  const hits = judged.filter((o) => o.selected === o.expected).length;
  return [...lines, `${hits} of ${judged.length} openings reached the expected intent`].join('\n');
}
