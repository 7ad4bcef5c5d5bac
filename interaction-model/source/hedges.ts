/**
 * How people soften and pad an answer, so every answer sample can be written once and heard with its hedges:
 * "a bit heavy", "pretty sore to be honest", "I think I slept badly", "not too bad really".
 * The generated samples stay phrases Alexa accepts (the `[a|b|]` shorthand of expand.ts, no digits).
 */

/** Degree words that go right before an answer word that describes ("pretty heavy", "really badly"). */
export const DEGREE = ['a bit', 'a little', 'pretty', 'really', 'quite', 'very', 'kind of', 'sort of', 'fairly'] as const;

/** Openers that hedge a whole answer ("to be honest they're heavy"). */
export const OPENERS = ['to be honest', 'honestly', 'I think', 'actually', "I'd say", 'I guess'] as const;

/** Tails that hedge or time a present-tense answer ("heavy today", "sore to be honest"). */
export const TAILS = ['today', 'this morning', 'to be honest', 'really', 'actually', 'I think', 'I guess', 'thanks', 'at the moment', 'right now'] as const;

export interface AnswerForms {
  /** The slot the answers fill, as it appears in the patterns: `legs` for `{legs}`. */
  slot: string;
  /** Patterns where the slot describes, so a degree word fits before it ("my legs are {legs}"). */
  describing: readonly string[];
  /** Patterns where it does not ("my legs {legs}" for "my legs ache", "I've got {feeling}"). */
  naming?: readonly string[];
  /** Openers to use instead of OPENERS. */
  openers?: readonly string[];
  /** Tails to use instead of TAILS (a past answer takes "yesterday", not "today"). */
  tails?: readonly string[];
}

/**
 * Every answer pattern, then each with an opener, each with a tail, each describing one with a degree word, and
 * the bare answer with a degree word and a tail together ("pretty heavy to be honest"). Not every combination:
 * a real device generalises from these, and the understanding layer reads whatever the samples miss.
 */
export function hedgedAnswers(forms: AnswerForms): string[] {
  const slot = `{${forms.slot}}`;
  const openers = choice(forms.openers ?? OPENERS);
  const tails = choice(forms.tails ?? TAILS);
  const degree = choice(DEGREE);
  const all = [...forms.describing, ...(forms.naming ?? [])];
  for (const pattern of all) {
    if (!pattern.includes(slot)) throw new Error(`answer pattern "${pattern}" does not name ${slot}`);
  }
  return [
    ...all,
    ...all.map((p) => `${openers} ${p}`),
    ...all.map((p) => `${p} ${tails}`),
    ...forms.describing.map((p) => p.replace(slot, `${degree} ${slot}`)),
    `${degree} ${slot} ${tails}`,
    `${openers} ${degree} ${slot}`,
  ];
}

function choice(options: readonly string[]): string {
  return `[${options.join('|')}]`;
}
