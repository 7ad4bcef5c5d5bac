/**
 * "How are you in yourself?" -> fine | run-down | ill-above-neck | ill-below-neck. Illness wins over tiredness,
 * below the neck over above it (the coach's neck check), and a denied symptom ("no fever") is not one.
 */
import type { Safety } from './safety.js';
import { affirmed, allMatches, says, withoutLeadingAnswer, words } from './negation.js';
import { CLASS_AS_PRAISE, sentimentOf } from './sentiment.js';

type Feeling = 'fine' | 'run-down' | 'ill-above-neck' | 'ill-below-neck';

const RUN_DOWN = words([
  'run down', 'rundown', 'drained', 'exhausted', 'wiped(?: out)?', 'low energy', 'no energy', 'lacking energy', 'low on energy', 'tired',
  'fatigued', 'stressed(?: out)?', 'stress(?! fracture| reaction)', 'burnt out', 'burned out', 'washed out', 'lethargic', 'worn out', 'not (?:quite )?myself',
  'not (?:quite )?(?:100|a 100|one hundred) percent', 'under the weather', 'flat', 'meh', 'sluggish', 'out of sorts', 'a bit off', 'bit off',
  'feel(?:ing)? off', 'off colou?r', 'shattered', 'knackered', 'done in', 'running on empty', 'rough', 'hung ?over', 'hanging',
  'seedy', 'dragging', 'zonked', 'beat', 'spent', 'weary', 'sleepy', 'groggy', 'foggy', 'brain fog', 'low', 'down', 'blah', 'bleh',
  'rubbish', 'crap', 'crappy', 'lousy', 'awful', 'terrible', 'horrible', 'dreadful', 'not great', 'not good', 'not (?:too |so )?good',
  'not the best', 'could be better', 'seen better days', 'overworked', 'overtired', 'jet ?lagged', 'jet lag', 'busy', 'frazzled',
  'cooked', 'fried', 'toast', 'stuffed', 'buggered', 'rooted', 'knackered', 'pooped', 'whacked', 'wrecked', 'empty', 'sapped',
  'struggling', 'dead on my feet', 'dead tired', 'bushed', 'cream crackered', 'wiped', 'zapped', 'fatigue', 'anxious', 'overwhelmed',
  'jaded', 'peaky', 'peely wally', 'green around the gills', 'off it', 'lacklustre', 'lackluster', 'listless', 'unmotivated', 'demotivated', 'no motivation', 'overtrained', 'overreached', 'emotional',
  'fragile', 'delicate', 'worse for wear', 'need a nap', 'fuzzy', 'out of it', 'zombie', 'running on fumes', 'on my last legs',
  'could sleep for a week', 'wrung out', 'worn down', 'not feeling it', 'not quite right', 'blue', 'grumpy', 'cranky', 'irritable',
  'ordinary', 'average', 'so so', 'tired as', 'bit rough', 'frazzled', 'strung out', 'overloaded', 'stressy', 'pressure', 'knackered',
]);
const FINE = words([
  'fine', 'good', 'great', 'well', 'okay', 'ok', 'alright', 'all right', 'healthy', 'all good', 'normal', 'not bad', 'not too bad',
  'fighting fit', 'fit', 'fit as a fiddle', 'right as rain', 'happy', 'never better', 'could not be better', '100 percent', 'full of energy', 'full of beans', 'raring to go', '(?:a )?million (?:bucks|dollars|quid)', 'bright eyed',
  'on top of the world', 'no complaints', 'can not complain', 'mustn t grumble', 'sweet as', 'good as gold', 'grand', 'champion',
  'tip top', 'top notch', 'brilliant', 'fantastic', 'amazing', 'awesome', 'excellent', 'perfect', 'energi[sz]ed', 'energetic', 'fresh',
  'rested', 'chipper', 'peachy', 'dandy', 'in good (?:shape|health|nick|form)', 'sound', 'solid', 'decent', 'cracking', 'tops', 'mint',
  'healthy as a horse', 'fit as a (?:fiddle|butcher s dog|mallee bull)', 'nothing wrong', 'no problems', 'no issues', 'not sick', 'not ill', 'no (?:sniffles|snif+les|colds?|bugs?|lurgy|germs|illness|symptoms)(?: or anything)?', 'fully recovered', 'recovered', 'better', 'all better', 'fine now',
  'no dramas?', 'sweet', 'tickety boo', 'hunky dory', 'top of the world', 'fit and well', 'bright', 'cheerful', 'buzzing', 'stoked',
  'pumped', 'keen', 'motivated', 'relaxed', 'calm', 'content', 'fair', 'can not grumble', 'good nick', 'ripper', 'bonza', 'heaps good',
  'ready to go', 'raring to go', 'well thanks', 'lovely', 'wonderful', 'terrific', 'superb', 'fab', 'fabulous', CLASS_AS_PRAISE, 'cracking',
]);
/** A good word denied: "not great", "not 100%", "not well". */
const GOOD = words(['great', 'good', 'well', 'fine', 'okay', 'ok', 'alright', 'myself', 'the best', 'brilliant', 'fantastic', 'amazing', '100 percent', 'healthy']);
const COMPLAINT = words(['tired', 'run down', 'stressed', 'exhausted', 'drained', 'sick', 'ill', 'unwell', 'fatigued', 'low']);
const FIXED = /\b(?:not (?:too |that |so )?bad|could not be better|can not complain|no complaints|nothing wrong|no (?:problems|issues)|not sick|not ill)\b/;
/** "cold" as a whole answer (or nearly): the runner has a cold. Inside a sentence it may be the weather. */
/** "not well" is unwell (below the neck: symptom unnamed, safer side); "not great" is only run down. */
const NOT_WELL = /\bnot (?:feeling |very |too |so |that )?well\b|\bnot feeling (?:100 percent )?right\b/;
/** British "poorly" on its own is ill (inside a sentence it may be how someone slept or ran). */
const BARE_POORLY = /^(?:i am |i have been |been |feeling |feel |a bit |bit |quite |very |rather |real |pretty |proper |really |so |well |a little )*(?:poorly|crook)$/;
const LEGS_ARE = /\b(?:my |the )?(?:legs?|quads?|calf|calves|hamstrings?) (?:are|is|feel|feels|felt|were|was)(?: (?:a bit|a little|pretty|really|very|quite|absolutely|totally|so|properly|kind of|kinda))? \w+\b/g;
/** "a bit of tired legs", "slept rubbish": the legs' word and the night's word, not how the runner is. */
const LEGS_WORD = /\b(?:tired|heavy|dead|sore|stiff|achy|tight|flat) (?:legs?|quads?|calf|calves|hamstrings?)\b/g;
const NIGHTS_WORD = /\b(?:slept|sleep was|night was)(?: (?:really|so|pretty|super|very|quite|absolutely))?(?: like(?: a| the)?)? \w+\b/g;
const BARE_COLD = /^(?:i have |i have got |i am |got |have |just |a bit of |bit of )*(?:a )?(?:cold|colds|cold i think)$/;

export function understandFeeling(clauses: readonly string[], safety: Safety, core: string): Feeling | undefined {
  if (safety.illBelowNeck || clauses.some((c) => NOT_WELL.test(c)) || BARE_POORLY.test(core)) return 'ill-below-neck';
  if (safety.illAboveNeck || BARE_COLD.test(core)) return 'ill-above-neck';
  // "nothing, healthy as a horse": a leading "nothing" answers the question (no bug), it denies nothing after it.
  const answered = withoutLeadingAnswer(clauses);
  const deniedGood = allMatches(GOOD, answered).some((m) => m.negated && !FIXED.test(m.found.clause));
  // "fine in myself, legs are knackered though": tired legs are the legs' answer, not how the runner is.
  const aboutMe = answered.map((c) => c.replace(LEGS_ARE, ' ').replace(LEGS_WORD, ' ').replace(NIGHTS_WORD, ' '));
  if (deniedGood || says(RUN_DOWN, aboutMe)) return 'run-down';
  if (affirmed(FINE, aboutMe).length > 0 || clauses.some((c) => FIXED.test(c)) || /^100(?: percent)?$/.test(core)) return 'fine';
  if (allMatches(COMPLAINT, clauses).some((m) => m.negated)) return 'fine';
  // The mood of what was said of the runner, not of the legs or the night ("I slept like rubbish" is the night's).
  const mood = sentimentOf(aboutMe.filter((c) => c.trim().length > 0));
  return mood === 'bad' ? 'run-down' : mood ? 'fine' : undefined;
}
