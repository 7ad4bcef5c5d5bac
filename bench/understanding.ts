/**
 * `npm run understanding [file]`: how many phrasings are understood first time, per conversation context, by the
 * simulator alone (the interaction model) and by the simulator plus the understanding layer (the whole path a
 * handler takes). The file is JSON lines or a TS/JS module exporting PHRASINGS; default: the corpus in
 * tests/understanding. Prints the table and the phrasings the whole path still misses. Always exits 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALES, loadInteractionModel, type InteractionModel, type Locale } from '../local/simulator/model.js';
import { CONTEXTS, parsePhrasing, parsePhrasingLines, type Phrasing } from '../tests/understanding/phrasing.js';
import { describeExpectation, judge, tally, type Judged } from './understanding-harness.js';

async function load(file: string | undefined): Promise<{ phrasings: Phrasing[]; source: string }> {
  if (!file) {
    const { PHRASINGS } = await import('../tests/understanding/corpus.js');
    return { phrasings: PHRASINGS, source: 'tests/understanding/corpus.ts' };
  }
  const full = path.resolve(file);
  if (/\.(?:jsonl|ndjson|json)$/.test(full)) return { phrasings: parsePhrasingLines(readFileSync(full, 'utf8'), file), source: file };
  const mod = (await import(pathToFileURL(full).href)) as { PHRASINGS?: unknown };
  if (!Array.isArray(mod.PHRASINGS)) throw new Error(`${file} does not export an array PHRASINGS`);
  return { phrasings: mod.PHRASINGS.map((p, i) => parsePhrasing(p, `${file}[${i}]`)), source: file };
}

function pct(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  // `npm run understanding | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const args = process.argv.slice(2);
  const showSimulatorMisses = args.includes('--simulator-misses');
  const file = args.find((a) => !a.startsWith('--'));
  const { phrasings, source } = await load(file);
  const models = new Map<Locale, InteractionModel>(LOCALES.map((l) => [l, loadInteractionModel(l)]));
  // A fixed instant so AMAZON.DATE reads the same every run: Thursday 26 November 2026, 08:00 in London.
  const base = { now: new Date('2026-11-26T08:00:00Z'), timeZone: 'Europe/London' };
  const judged: Judged[] = phrasings.map((p) => judge(p, models.get(p.locale) as InteractionModel, base));

  const { rows, total } = tally(judged, CONTEXTS);
  const cell = (n: number, of: number) => `${n} (${pct(n, of)})`;
  console.log(`Understood first time: ${source}, ${phrasings.length} phrasings\n`);
  console.log(
    table(
      ['context', 'phrasings', 'simulator alone', 'simulator + layer'],
      [...rows, { ...total, context: 'all' as never }].map((r) => [r.context, String(r.phrasings), cell(r.simulator, r.phrasings), cell(r.layered, r.phrasings)]),
    ),
  );

  const misses = judged.filter((j) => !j.layered.ok);
  console.log(`\nMissed by simulator + layer (${misses.length}):`);
  for (const j of misses) {
    console.log(`  [${j.phrasing.context} ${j.phrasing.locale}] "${j.phrasing.text}"\n      expected: ${describeExpectation(j.phrasing.expect)}\n      got:      ${j.layered.got}`);
  }
  if (showSimulatorMisses) {
    const simMisses = judged.filter((j) => !j.simulator.ok);
    console.log(`\nMissed by the simulator alone (${simMisses.length}):`);
    for (const j of simMisses) console.log(`  [${j.phrasing.context} ${j.phrasing.locale}] "${j.phrasing.text}" -> ${j.simulator.got}`);
  }
}

main().catch((error: unknown) => {
  // A benchmark: report, never fail the run (a malformed file is still worth saying loudly).
  console.error(error instanceof Error ? error.message : error);
}).finally(() => {
  process.exitCode = 0;
});
