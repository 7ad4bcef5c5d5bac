/**
 * The runner's words, made comparable: lower case, apostrophes and contractions spelled out ("can't" -> "can not",
 * so negation is one word), punctuation gone, numbers as digits, units in one spelling ("kilometres", "k", "kms"
 * -> "km"). Hedges and fillers ("to be honest", "I think", "a bit") are taken out separately, because some
 * answers keep their meaning only with them ("not too bad").
 */
import { native } from './negation.js';
import { fractionsToNumbers, numbersToDigits } from './numbers.js';

/** Contractions, apostrophe or not (speech-to-text and typed consoles differ). */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n'?t\b/g, '$1 not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\b(you|we|they|could|would|should|might|must)'ve\b/g, '$1 have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'d\b/g, ' would'],
  // "knee's killing me", "yesterday's run": the 's is dropped; no pattern depends on "is" after a noun.
  [/'s\b/g, ''],
  [/s'(\s|$)/g, 's$1'],
];

/** One spelling per unit, so the patterns name it once. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  k: 'km', km: 'km', kms: 'km', kay: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  klick: 'km', klicks: 'km', clicks: 'km', kays: 'km', ks: 'km', kilo: 'km', kilos: 'km',
  mile: 'mile', miles: 'mile', mi: 'mile', miler: 'miler', milers: 'miler',
  minute: 'min', minutes: 'min', min: 'min', mins: 'min',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', hour_: 'hour',
};

/** Typed or heard without the final g ('nothin', 'feelin'). */
const DROPPED_G: Readonly<Record<string, string>> = Object.fromEntries(
  ['nothin', 'somethin', 'feelin', 'runnin', 'goin', 'doin', 'joggin', 'walkin', 'cyclin', 'swimmin', 'achin', 'hurtin', 'killin', 'limpin',
   'coughin', 'sneezin', 'comin', 'gettin', 'havin', 'takin', 'tryin', 'sleepin', 'restin', 'thinkin', 'draggin', 'strugglin', 'throwin', 'pukin', 'spewin']
    .map((w) => [w, `${w}g`]),
);

/** Words that carry no meaning for the coach; removed by `withoutHedges`. Longest first. */
const HEDGES = new RegExp(
  `\\b(?:${[
    'to be honest', 'to be fair', 'if i am honest', 'if i am being honest', 'truth be told', 'tbh', 'honestly',
    'i think', 'i guess', 'i suppose', 'i reckon', 'i would say', 'i mean', 'you know', 'i dunno', 'i do not know',
    'kind of', 'kinda', 'sort of', 'sorta', 'a little bit', 'a little', 'a bit', 'a tad', 'slightly', 'somewhat',
    'fairly', 'pretty', 'quite', 'rather', 'really', 'very', 'actually', 'literally', 'basically', 'just',
    'probably', 'maybe', 'perhaps', 'mostly', 'overall', 'generally',
    'today', 'this morning', 'right now', 'at the moment', 'at the minute', 'now', 'this week',
    'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'ah', 'oh', 'mate', 'dude', 'ish', 'all things considered',
    'thanks', 'thank you', 'cheers', 'please', 'alexa', 'coach',
  ].join('|')})\\b`,
  'g',
);

/** The runner's words, lower-cased and comparable (see the file comment). */
export function normalise(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/%/g, ' percent');
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  t = t
    .replace(/[^a-z0-9\u0000\s]/g, ' ')
    .replace(/\u0000/g, '.')
    // "heavy-ish" / "tiredish" -> "heavy" / "tired": a hedge glued to the word
    .replace(/\b([a-z]{3,}?)ish\b/g, (w, stem: string) => (KEEP_ISH.has(w) ? w : stem))
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2');
  // a lone "ish" ("heavy-ish", "okay ish") hedges the word before it
  const words = t.split(/\s+/).filter((w) => w.length > 0 && w !== 'ish').map((w) => UNIT_WORDS[w] ?? DROPPED_G[w] ?? w);
  return fractionsToNumbers(numbersToDigits(words).join(' '));
}

/** Words ending in -ish that are not a hedge. */
const KEEP_ISH = new Set(['finish', 'english', 'british', 'irish', 'polish', 'rubbish', 'sluggish', 'feverish', 'languish', 'squeamish', 'foolish', 'amish', 'punish', 'garish', 'banish', 'vanish', 'relish', 'cherish', 'astonish', 'diminish', 'replenish', 'famish', 'blemish', 'skittish', 'sheepish', 'boyish', 'childish', 'selfish', 'peckish', 'wish', 'dish', 'fish', 'swish', 'parish', 'radish', 'lavish', 'nourish', 'flourish', 'furnish', 'publish', 'establish', 'perish', 'abolish', 'accomplish', 'demolish']);

/** A filler that opens an answer ("well, not great"); inside a sentence "well" and "so" carry meaning. */
const LEADING_FILLER = /^(?:(?:well|so|yeah|right|hmm|um|er|oh|honestly)\s+)+(?=\S+\s)/;

/** Normalised words without hedges and fillers ("pretty heavy to be honest" -> "heavy"). */
export function withoutHedges(normalised: string): string {
  return normalised.replace(native(HEDGES), ' ').replace(/\s+/g, ' ').trim().replace(LEADING_FILLER, '');
}

/**
 * Clauses: the places where a runner changes subject ("legs are fine but my knee hurts"). A negation never
 * reaches across one. Speech-to-text gives no punctuation, so the joining words split as well as commas do.
 */
const CLAUSE_BREAK = /\b(?:but|though|although|except|apart from|other than|however|whereas|while|plus|and then|then|also)\b/g;

/** Sentence punctuation (not a decimal point): a clause ends there too. */
const PUNCTUATION_BREAK = /[,;:!?\u2014\u2013]|\.(?!\d)|\s-\s/;

/** The raw words as normalised clauses. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(PUNCTUATION_BREAK)) {
    for (const clause of normalise(piece).replace(CLAUSE_BREAK, '|').split('|')) {
      const c = clause.trim();
      if (c.length > 0) out.push(c);
    }
  }
  return out;
}
