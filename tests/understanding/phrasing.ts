/**
 * One phrasing of the understanding corpus, in the shared format (/work/wt/CORPUS-FORMAT.md): what a runner says
 * in one conversation context, and the ids and safety facts the words determine. Used by the corpus in this
 * folder and by `npm run understanding`, which can also read another set of rows as JSON lines.
 */
export const CONTEXTS = ['legs', 'yesterday', 'sleep', 'feeling', 'opening'] as const;
export type Context = (typeof CONTEXTS)[number];
export const PHRASING_LOCALES = ['en-US', 'en-GB', 'en-AU'] as const;
export type PhrasingLocale = (typeof PHRASING_LOCALES)[number];

type SessionId =
  | 'rest' | 'easy-run' | 'recovery-run' | 'long-run' | 'workout' | 'race' | 'race-5k' | 'race-10k'
  | 'race-half-marathon' | 'race-marathon' | 'cross-training' | 'walk';

export interface Expectation {
  legs?: 'fresh' | 'okay' | 'heavy' | 'sore' | 'painful';
  yesterday?: SessionId;
  sleep?: 'good' | 'bad';
  feeling?: 'fine' | 'run-down' | 'ill-above-neck' | 'ill-below-neck';
  intent?: 'ShouldIRun' | 'CheckIn' | 'LogRun' | 'Week' | 'Learn' | 'Wear' | 'Experience' | 'DeleteData';
  topic?: 'recovery-run' | 'feel' | 'difference' | 'walk-or-rest' | 'wear' | 'talk-test';
  experience?: 'new' | 'experienced';
  kind?: Exclude<SessionId, 'rest'>;
  distance?: number;
  unit?: 'km' | 'mile';
  minutes?: number;
  effort?: 'easy' | 'moderate' | 'hard' | 'very-hard' | 'max';
  pain?: true;
  illBelowNeck?: true;
  illAboveNeck?: true;
}

export interface Phrasing {
  context: Context;
  locale: PhrasingLocale;
  text: string;
  expect: Expectation;
}

const SESSIONS = ['rest', 'easy-run', 'recovery-run', 'long-run', 'workout', 'race', 'race-5k', 'race-10k', 'race-half-marathon', 'race-marathon', 'cross-training', 'walk'];
/** Each field: a number, `true`, or the ids it may take. */
const EXPECT_KEYS: Readonly<Record<keyof Expectation, 'number' | 'true' | readonly string[]>> = {
  legs: ['fresh', 'okay', 'heavy', 'sore', 'painful'],
  yesterday: SESSIONS,
  sleep: ['good', 'bad'],
  feeling: ['fine', 'run-down', 'ill-above-neck', 'ill-below-neck'],
  intent: ['ShouldIRun', 'CheckIn', 'LogRun', 'Week', 'Learn', 'Wear', 'Experience', 'DeleteData'],
  topic: ['recovery-run', 'feel', 'difference', 'walk-or-rest', 'wear', 'talk-test'],
  experience: ['new', 'experienced'],
  kind: SESSIONS.filter((s) => s !== 'rest'),
  distance: 'number',
  unit: ['km', 'mile'],
  minutes: 'number',
  effort: ['easy', 'moderate', 'hard', 'very-hard', 'max'],
  pain: 'true',
  illBelowNeck: 'true',
  illAboveNeck: 'true',
};

/** Checks one row read from elsewhere (JSON lines); throws naming the row and the field out of shape. */
export function parsePhrasing(x: unknown, where: string): Phrasing {
  if (typeof x !== 'object' || x === null) throw new Error(`${where}: not an object`);
  const r = x as Record<string, unknown>;
  if (!CONTEXTS.includes(r['context'] as Context)) throw new Error(`${where}: context must be one of ${CONTEXTS.join(', ')}`);
  if (!PHRASING_LOCALES.includes(r['locale'] as PhrasingLocale)) throw new Error(`${where}: locale must be one of ${PHRASING_LOCALES.join(', ')}`);
  if (typeof r['text'] !== 'string' || r['text'].trim() === '') throw new Error(`${where}: text must be a non-empty string`);
  const e = r['expect'];
  if (typeof e !== 'object' || e === null) throw new Error(`${where}: expect must be an object`);
  for (const [key, value] of Object.entries(e as Record<string, unknown>)) {
    const kind = EXPECT_KEYS[key as keyof Expectation];
    if (!kind) throw new Error(`${where}: expect.${key} is not a corpus field`);
    const ok = kind === 'true' ? value === true : kind === 'number' ? typeof value === 'number' && Number.isFinite(value) : kind.includes(value as string);
    if (!ok) throw new Error(`${where}: expect.${key} must be ${kind === 'true' || kind === 'number' ? kind : `one of ${kind.join(', ')}`}`);
  }
  return { context: r['context'] as Context, locale: r['locale'] as PhrasingLocale, text: r['text'], expect: e as Expectation };
}

/** JSON lines: one row per line; blank lines and lines starting with // are skipped. */
export function parsePhrasingLines(text: string, where: string): Phrasing[] {
  const out: Phrasing[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('//')) return;
    out.push(parsePhrasing(JSON.parse(t) as unknown, `${where}:${i + 1}`));
  });
  return out;
}

/** One corpus row builder per context and locale: `const legsGB = row('legs', 'en-GB'); legsGB('knackered', { legs: 'heavy' })`. */
export const row =
  (context: Context, locale: PhrasingLocale) =>
  (text: string, expect: Expectation): Phrasing => ({ context, locale, text, expect });
