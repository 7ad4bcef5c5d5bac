/**
 * The rooms of the skill, checked on the source: handlers and the conversation helpers say nothing of their
 * own (every sentence comes from lambda/speech), and each room imports only what it may.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function sources(dir: string): Array<{ file: string; text: string }> {
  const folder = join(ROOT, dir);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
}

/** String literals of a TypeScript source, comments skipped; template literals with their ${} parts cut out. */
export function stringLiterals(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) === -1 ? text.length : text.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let value = '';
      let depth = 0;
      while (j < text.length && !(text[j] === c && depth === 0)) {
        if (text[j] === '\\') {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (c === '`' && text[j] === '$' && text[j + 1] === '{') depth += 1;
        else if (c === '`' && depth > 0 && text[j] === '}') depth -= 1;
        else if (depth === 0) value += text[j];
        j += 1;
      }
      found.push(value);
      i = j + 1;
    } else i += 1;
  }
  return found;
}

/** Words a runner would hear: two words of letters with a space between them. */
const SENTENCE = /[A-Za-z]{2,} [A-Za-z]{2,}/;

describe('rooms', () => {
  it('finds sentences the way the check below does (so the check can fail)', () => {
    const literals = stringLiterals("const a = 'log:saved'; // Say hello there\nspeak(`Yes, ${x} is fine.`); /* Not this one */ f(\"Anything else?\");");
    expect(literals).toEqual(['log:saved', 'Yes,  is fine.', 'Anything else?']);
    expect(literals.filter((l) => SENTENCE.test(l))).toEqual(['Yes,  is fine.', 'Anything else?']);
  });

  it('no handler, conversation helper or screen contains a sentence: they all come from lambda/speech', () => {
    const offenders = [...sources('lambda/handlers'), ...sources('lambda/conversation'), ...sources('lambda/apl')].flatMap(({ file, text }) =>
      stringLiterals(text)
        .filter((literal) => SENTENCE.test(literal))
        .map((literal) => `${file}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the coach imports nothing from Alexa, AWS, the other rooms or the clock', () => {
    for (const { file, text } of sources('lambda/coach')) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith('./')), file).toEqual([]);
      expect(text, file).not.toMatch(/new Date\(\)|Date\.now\(/);
    }
  });

  it('speech imports only the coach, itself and ask-sdk\'s SSML escaping; handlers are not imported by any other room', () => {
    for (const { file, text } of sources('lambda/speech')) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith('./') && !i.startsWith('../coach/') && i !== 'ask-sdk-core'), file).toEqual([]);
    }
    for (const dir of ['lambda/conversation', 'lambda/turn', 'lambda/history', 'lambda/speech', 'lambda/coach']) {
      for (const { file, text } of sources(dir)) expect(text, file).not.toMatch(/from '\.\.\/handlers\//);
    }
  });
});
