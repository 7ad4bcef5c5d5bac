/**
 * A tiny shorthand for writing many sample utterances at once: `[a|b|]` is "a", "b" or nothing.
 * Only the source uses it; the generated JSON holds plain phrases, as Alexa requires.
 */
export function expand(pattern: string): string[] {
  const open = pattern.indexOf('[');
  if (open < 0) return [tidy(pattern)];
  const close = pattern.indexOf(']', open);
  if (close < 0) throw new Error(`Unclosed [ in sample pattern: ${pattern}`);
  if (pattern.slice(open + 1, close).includes('[')) throw new Error(`Nested [ in sample pattern: ${pattern}`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => expand(head + choice + tail));
}

/** Expands every pattern, keeping the first occurrence of each phrase (order stays stable for the diff). */
export function expandAll(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expand))];
}

function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}
