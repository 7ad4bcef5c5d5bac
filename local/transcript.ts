/**
 * Regenerates the "first week" transcript in the docs from local/first-week.txt: the console's script mode
 * with an in-memory store and fixed pretend dates, so the same script always prints the same words.
 *
 *   npx tsx local/transcript.ts           rewrite the section between the markers
 *   npx tsx local/transcript.ts --check   exit 1 if the committed section is out of date
 *   npx tsx local/transcript.ts --print   print the transcript only
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quietAwsNodeVersionWarning } from './backend.js';
import type { ConsoleArgs } from './cli-args.js';
import { runConsole } from './console.js';
import { parseScript } from './script.js';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const FIRST_WEEK_SCRIPT = root('local/first-week.txt');
export const START_MARKER = '<!-- transcript:start -->';
export const END_MARKER = '<!-- transcript:end -->';

/** The README once the lead has placed the markers there; until then docs/first-week.md. */
export function transcriptDocument(): string {
  const readme = root('README.md');
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8');
    if (text.includes(START_MARKER) && text.includes(END_MARKER)) return readme;
  }
  return root('docs/first-week.md');
}

/** The runner of the first week: en-GB (kilometres, Europe/London), one name, nothing on disk. */
export const FIRST_WEEK_ARGS: ConsoleArgs = {
  help: false,
  locale: 'en-GB',
  user: 'sam',
  reset: false,
  memory: true,
  verbose: false,
  device: 'echo',
};

/** Runs the script; throws if any turn failed or anything was reported, so a broken run never lands in the docs. */
export async function firstWeekTranscript(script = FIRST_WEEK_SCRIPT): Promise<string> {
  const steps = parseScript(await readFile(script, 'utf8'));
  const out: string[] = [];
  const problems: string[] = [];
  const code = await runConsole({ steps, args: FIRST_WEEK_ARGS, io: { out: (line) => out.push(line), err: (line) => problems.push(line) } });
  if (code !== 0 || problems.length > 0) throw new Error(`the first-week script did not run cleanly (exit ${code}):\n${problems.join('\n')}`);
  return `${out.join('\n').trim()}\n`;
}

/** What goes between the markers: the transcript as a text block. */
export function renderSection(transcript: string): string {
  return `\n\`\`\`text\n${transcript}\`\`\`\n`;
}

/** The text between the markers, or undefined when they are missing or out of order. */
export function sectionOf(document: string): string | undefined {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start < 0 || end < start) return undefined;
  return document.slice(start + START_MARKER.length, end);
}

export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`the document has no ${START_MARKER} ... ${END_MARKER} markers`);
  return `${document.slice(0, start + START_MARKER.length)}${section}${document.slice(end)}`;
}

async function main(argv: readonly string[]): Promise<number> {
  quietAwsNodeVersionWarning();
  const mode = argv[0] ?? '--write';
  if (!['--write', '--check', '--print'].includes(mode) || argv.length > 1) {
    process.stderr.write('Usage: npx tsx local/transcript.ts [--write | --check | --print]\n');
    return 2;
  }
  const transcript = await firstWeekTranscript();
  if (mode === '--print') {
    process.stdout.write(transcript);
    return 0;
  }
  const path = transcriptDocument();
  const document = await readFile(path, 'utf8');
  const section = renderSection(transcript);
  if (mode === '--check') {
    if (sectionOf(document) === section) return 0;
    process.stderr.write(`${path}: the first-week transcript is out of date; run npx tsx local/transcript.ts\n`);
    return 1;
  }
  await writeFile(path, replaceSection(document, section));
  process.stdout.write(`Updated the first-week transcript in ${path}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
