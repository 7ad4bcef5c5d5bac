/**
 * How good or bad a word says something is, when no word of the question's own vocabulary was heard: runners
 * answer "how are your legs / how did you sleep / how are you?" with any evaluative word they like
 * ("smashing", "stellar", "grotty", "appalling"). One shared lexicon, so a new word serves every question:
 * legs map best -> fresh, good -> okay, bad -> heavy; sleep good / bad; wellbeing fine / run-down.
 */
import { allMatches, words } from './negation.js';

/** British "class" as praise ("legs feel class"), not a spin or yoga class: one pattern for every reading that uses it. */
export const CLASS_AS_PRAISE = '(?<!\\b(?:a|the|my|one|spin|yoga|pilates|gym|fitness|hiit|barre|dance|boxing|pump|body|circuit|cycle|running|swim|exercise|bike|step|zumba|strength) )class';

export type Sentiment = 'best' | 'good' | 'bad';

const BEST = words([
  'amazing', 'awesome', 'brilliant', 'brill', 'fantastic', 'fab', 'fabulous', 'excellent', 'superb', 'perfect', 'wonderful', 'terrific',
  'tremendous', 'outstanding', 'phenomenal', 'incredible', 'unreal', 'epic', 'stellar', 'spectacular', 'marvell?ous', 'magnificent',
  'splendid', 'smashing', 'cracking', 'ace', 'mint', CLASS_AS_PRAISE, 'sublime', 'glorious', 'magic', 'magical', 'top notch', 'tip top',
  'first (?:class|rate)', 'world class', 'champion', 'bonza', 'bonzer', 'ripper', 'beaut', 'beauty', 'grouse', 'stoked', 'buzzing',
  'great', 'sensational', 'exceptional', 'extraordinary', 'divine', 'heavenly', 'blissful', 'ideal', 'flawless', 'bang on', 'spot on',
  'primo', 'stupendous', 'wicked', 'rad', 'beautiful', 'gorgeous', 'lush', 'belting', 'top', 'tops', 'sweet as', 'never better',
  'could not be better', 'over the moon', 'chuffed', 'on top of the world', 'like a dream', 'unbelievable', 'insane',
]);
const GOOD = words([
  'good', 'fine', 'okay', 'ok', 'alright', 'all right', 'decent', 'fair', 'solid', 'reasonable', 'nice', 'pleasant', 'peachy', 'dandy',
  'grand', 'sound', 'sweet', 'cool', 'tidy', 'passable', 'adequate', 'acceptable', 'satisfactory', 'normal', 'average', 'standard',
  'usual', 'regular', 'steady', 'stable', 'comfortable', 'tolerable', 'hunky dory', 'tickety boo', 'not bad', 'not too bad',
  'not so bad', 'not that bad', 'manageable', 'respectable', 'serviceable', 'workable', 'could be worse', 'no complaints',
  'all good', 'good enough', 'well enough', 'fine enough', 'okayish', 'so far so good', 'happy', 'content', 'chipper', 'jolly',
]);
const BAD = words([
  'bad', 'poor', 'terrible', 'awful', 'horrible', 'horrendous', 'dreadful', 'appalling', 'atrocious', 'abysmal', 'lousy', 'rubbish',
  'crap', 'crappy', 'shit', 'shite', 'shitty', 'pants', 'naff', 'dire', 'grim', 'grotty', 'ropey', 'ropy', 'iffy', 'dodgy', 'shocking',
  'woeful', 'pathetic', 'miserable', 'wretched', 'rotten', 'rough', 'ordinary', 'mediocre', 'sub ?par', 'below par', 'under par',
  'blah', 'bleh', 'ugh', 'yuck', 'gross', 'nasty', 'horrid', 'hideous', 'disappointing', 'shoddy', 'lame', 'sucky', 'sucks', 'sucked',
  'not ideal', 'less than ideal', 'far from (?:great|good|ideal)', 'dusty', 'busted', 'broken', 'wrecked', 'ruined', 'trashed',
  'destroyed', 'done', 'finished', 'knackered', 'shattered', 'exhausted', 'tired', 'weary', 'drained', 'flat',
  // "feeling off", not "took yesterday completely off" or "dozed off".
  '(?<!\\b(?:took|take|taking|had|have|day|days|time|yesterday|it|completely|totally|fully|dozed|nodded|drifted|wore|worn|kicked|set|head|headed|dropped) )off', 'yucky',
  'crummy', 'cruddy', 'janky', 'manky', 'minging', 'hellish', 'torture', 'a nightmare', 'nightmare', 'a shocker', 'shocker',
]);
/** Phrases whose "not" is their meaning ("not bad" is good). */
const FIXED_GOOD = /\b(?:not (?:too |that |so )?bad|could not be better|never better|could be worse)\b/;

export function sentimentOf(clauses: readonly string[]): Sentiment | undefined {
  const fixed = clauses.some((c) => FIXED_GOOD.test(c));
  let best = false;
  let good = fixed;
  let bad = false;
  for (const { found, negated } of allMatches(BAD, clauses)) {
    if (found.text === 'bad' && FIXED_GOOD.test(found.clause)) continue;
    if (negated) good = true;
    else bad = true;
  }
  for (const { found, negated } of allMatches(BEST, clauses)) {
    if (!negated) best = true;
    else if (!FIXED_GOOD.test(found.clause)) bad = true;
  }
  for (const { found, negated } of allMatches(GOOD, clauses)) {
    if (!negated) good = true;
    else if (!FIXED_GOOD.test(found.clause)) bad = true;
  }
  if (bad) return 'bad';
  if (best) return 'best';
  return good ? 'good' : undefined;
}
