/**
 * Whether a word in a clause is denied: "no pain", "not sore", "nothing hurts", "I haven't got a cold",
 * "pain free", "the cold has gone". A negation reaches back at most four words, never across "and", and only
 * over words that pass it on ("not really sore", "no sign of a cold", "no cough or fever"): in "no pain, all
 * good" the "no" belongs to the pain, not to the "good".
 */
const BEFORE = /\b(?:no|not|never|without|nothing|none|zero|nor|neither|stopped|got over|recovered from|shaken off|shook off|no longer|free of|free from)$/;
const AFTER =
  /^(?:\s+free|(?:\s+(?:in|on|of|at|from|with|around|behind|under|down)(?:\s+(?:my|the|your|his|her))?(?:\s+\S+){1,2}?)?\s+(?:is gone|has gone|gone away|went away|has cleared|cleared up|is clear|is over|has passed|has settled|settled down|is fine now|is all good now|is sorted|disappeared|has stopped))\b/;
const WINDOW = 4;
/** Words a negation passes over to reach the word it denies. */
const PASS_ON = new Set([
  'a', 'an', 'any', 'the', 'my', 'your', 'some', 'much', 'more', 'real', 'really', 'very', 'too', 'so', 'that', 'at', 'all',
  'quite', 'even', 'actually', 'particularly', 'overly', 'remotely', 'fully', 'totally', 'completely', 'entirely', 'exactly',
  'bit', 'little', 'of', 'sign', 'signs', 'hint', 'trace', 'feel', 'feels', 'feeling', 'felt', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'have', 'has', 'had', 'got', 'get', 'getting', 'it', 'they', 'them', 'think', 'anything', 'something', 'go',
  'going', 'went', 'for', 'do', 'does', 'did', 'doing', 'make', 'made', 'manage', 'managed', 'to', 'major', 'serious', 'big',
  'noticeable', 'obvious', 'new', 'further', 'proper', 'properly', 'lot', 'one', 'single', 'slightest', 'tiny', 'gonna', 'will',
  'would', 'could', 'can', 'should', 'on', 'in', 'with', 'wrong', 'notice', 'noticed', 'any more', 'anymore', 'longer', 'seem', 'seems', 'seem to', 'like',
]);

export function isNegated(clause: string, start: number, end: number): boolean {
  const before = clause.slice(0, start).trim().split(/\s+/).filter((w) => w.length > 0);
  const window: string[] = [];
  for (let i = before.length - 1; i >= 0 && window.length < WINDOW; i -= 1) {
    const w = before[i] as string;
    if (w === 'and') break;
    window.unshift(w);
  }
  for (let i = 0; i < window.length; i += 1) {
    if (!BEFORE.test(window.slice(0, i + 1).join(' '))) continue;
    const between = window.slice(i + 1);
    // "no cough or fever": a list after the negation is denied as a whole
    const list = between.includes('or') || between.includes('nor');
    if (list || between.every((w) => PASS_ON.has(w))) return true;
  }
  return AFTER.test(clause.slice(end));
}

export interface Found {
  clause: string;
  index: number;
  end: number;
  text: string;
}

/** Every match of `re` (a global pattern) in the clauses, denied or not. */
export function allMatches(re: RegExp, clauses: readonly string[]): { found: Found; negated: boolean }[] {
  const out: { found: Found; negated: boolean }[] = [];
  native(re);
  for (const clause of clauses) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      const found = { clause, index: m.index, end: m.index + m[0].length, text: m[0] };
      out.push({ found, negated: isNegated(clause, found.index, found.end) });
      if (m[0].length === 0) re.lastIndex += 1;
    }
  }
  return out;
}

/** The matches of `re` that are not denied. */
export function affirmed(re: RegExp, clauses: readonly string[]): Found[] {
  return allMatches(re, clauses)
    .filter((m) => !m.negated)
    .map((m) => m.found);
}

/** True when `re` matches somewhere and is not denied there. */
export function says(re: RegExp, clauses: readonly string[]): boolean {
  return affirmed(re, clauses).length > 0;
}

/**
 * The pattern, compiled to machine code. V8 first compiles a pattern to bytecode and interprets it, and tiers up
 * to machine code on a later run; for these long alternations the bytecode step is the slow one (measured: the
 * safety words took ~25 ms on a first answer, the whole layer ~55 ms). V8 compiles straight to machine code
 * when the subject is long (over 1,000 characters), so the first use runs the pattern once on a long blank
 * string: ~5 ms for the first answer. Lazily, so a turn that never reads words pays nothing.
 */
const LONG_SUBJECT = ' '.repeat(1100);
const compiled = new WeakSet<RegExp>();

export function native(re: RegExp): RegExp {
  if (!compiled.has(re)) {
    re.test(LONG_SUBJECT);
    re.lastIndex = 0;
    compiled.add(re);
  }
  return re;
}

/** Builds a global, word-bounded pattern from alternatives (compiled once, at module load). */
export function words(alternatives: readonly string[], flags = 'g'): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
}

/**
 * "no, nothing, all good", "nope, none": words that answer the question ("any bug?") before the answer; they deny
 * nothing after them.
 */
export function withoutLeadingAnswer(clauses: readonly string[]): string[] {
  return clauses.map((c) =>
    c
      .replace(/^(?:(?:no|nah|nope) )?(?:nothing|none|nope|nah)(?: really| at all)? (?=\S)/, '')
      // "no, all good": the "no" answers "any bug?", it does not deny the good word after it.
      .replace(/^(?:no|nah|nope)(?: (?:no|nah|nope))* (?=(?:all good|all fine|fine|good|healthy|all clear|i am (?:fine|good|all good|ok|okay)|feeling (?:fine|good))\b)/, ''),
  );
}
