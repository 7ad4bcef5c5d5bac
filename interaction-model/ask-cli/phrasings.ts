/**
 * The phrasing corpus as this script reads it (the shared format: /work/wt/CORPUS-FORMAT.md, kept in the repo
 * with the corpus): a TypeScript module exporting `PHRASINGS`, or JSON lines / a JSON array with the same fields.
 * Only the fields the ASK CLI inputs need are checked here; `expect` is passed through for the comparison.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTEXTS = ['legs', 'yesterday', 'sleep', 'feeling', 'opening'] as const;
export type Context = (typeof CONTEXTS)[number];
export const CORPUS_LOCALES = ['en-US', 'en-GB', 'en-AU'] as const;
export type CorpusLocale = (typeof CORPUS_LOCALES)[number];

export interface Phrasing {
  context: Context;
  locale: CorpusLocale;
  text: string;
  expect: Readonly<Record<string, unknown>>;
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Reads and checks a corpus file: .ts/.js (export PHRASINGS), .json (an array) or .jsonl (one row a line). */
export async function loadPhrasings(path: string): Promise<Phrasing[]> {
  const file = resolve(path);
  let rows: unknown;
  const ext = extname(file);
  try {
    if (ext === '.ts' || ext === '.js' || ext === '.mjs') {
      const module: unknown = await import(pathToFileURL(file).href);
      rows = (module as { PHRASINGS?: unknown }).PHRASINGS;
      if (rows === undefined) throw new CorpusError(`${path} does not export PHRASINGS`);
    } else if (ext === '.jsonl') {
      rows = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown);
    } else {
      rows = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    }
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(`cannot read the corpus ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return checkPhrasings(rows, path);
}

export function checkPhrasings(rows: unknown, where: string): Phrasing[] {
  if (!Array.isArray(rows)) throw new CorpusError(`${where}: PHRASINGS is not an array`);
  return rows.map((row: unknown, i) => {
    const r = row as Partial<Record<keyof Phrasing, unknown>> | null;
    const at = `${where} row ${i + 1}`;
    if (!r || typeof r !== 'object') throw new CorpusError(`${at}: not an object`);
    if (!CONTEXTS.includes(r.context as Context)) throw new CorpusError(`${at}: context ${String(r.context)} is not one of ${CONTEXTS.join(', ')}`);
    if (!CORPUS_LOCALES.includes(r.locale as CorpusLocale)) throw new CorpusError(`${at}: locale ${String(r.locale)} is not one of ${CORPUS_LOCALES.join(', ')}`);
    if (typeof r.text !== 'string' || r.text.trim() === '') throw new CorpusError(`${at}: no text`);
    const expect = r.expect && typeof r.expect === 'object' ? (r.expect as Record<string, unknown>) : {};
    return { context: r.context as Context, locale: r.locale as CorpusLocale, text: r.text.trim(), expect };
  });
}
