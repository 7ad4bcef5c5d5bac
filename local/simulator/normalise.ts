/**
 * Turns what was said (or a sample as written in the model) into the word list the resolver compares.
 * Both sides go through the same function, so "5k" in a synonym and "5K!" from a console meet as "5 k".
 */
const CANONICAL: Record<string, string> = { ok: 'okay' };

export function normaliseWords(text: string): string[] {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\d),(\d)/g, '$1$2') // 1,000 is one number
    .replace(/(\d)\.(\d)/g, '$1\u0000$2') // keep decimal points through the punctuation strip
    .replace(/[^a-z0-9'\u0000\s]/g, ' ') // hyphens and punctuation separate words
    .replace(/\u0000/g, '.')
    .replace(/(\d)([a-z])/g, '$1 $2') // "5k" and "10km" are a number and a unit
    .replace(/([a-z])(\d)/g, '$1 $2');
  return t
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0)
    .map((w) => CANONICAL[w] ?? w);
}

/** A phrase as one comparable string. */
export function normalisePhrase(text: string): string {
  return normaliseWords(text).join(' ');
}
