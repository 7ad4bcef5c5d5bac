/**
 * "How did you sleep?" -> good | bad. Under seven hours is a short night (the usual adult guidance is seven to
 * nine); a denied good word ("not well", "didn't sleep great") is bad; "well enough", "okay", "not bad" are good.
 */
import { affirmed, allMatches, says, words } from './negation.js';
import { hoursSaid } from './numbers.js';
import { sentimentOf } from './sentiment.js';

/** Fewer hours than this is a short night. */
export const SHORT_NIGHT_HOURS = 7;

const BAD = words([
  'badly', 'bad', 'poorly', 'poor', 'terrible', 'terribly', 'awful', 'awfully', 'horrible', 'horribly', 'dreadful', 'dreadfully', 'rubbish', 'garbage', 'trash',
  'crap', 'crappy', 'shocking', 'woeful', 'lousy', 'rough', 'restless', 'restlessly', 'broken', 'on and off', 'in fits and starts', 'fitful',
  'tossed and turned', 'tossing and turning', 'toss and turn', 'up all night', 'awake all night', 'wide awake', 'kept waking', '(?:woke|waking|woken) (?:up )?(?:(?:a )?heaps? of times|(?:a bunch|lots|loads|a load|a few|several|multiple) of times|a few times|several times|multiple times|a lot|loads|lots|heaps|every|several|many|multiple|a few|a couple|constantly|all the time|at|too early|(?:a )?(?:million|thousand|hundred|zillion) times|\\d+ times|on and off|through the night)',
  'kept (?:me )?(?:up|awake)', 'kept waking me', 'woke me (?:up )?(?:a lot|loads|all night|every)', 'waking up (?:a lot|every|all night)', 'insomnia',
  'barely', 'hardly', 'not much', 'not a lot', 'not enough', 'too little', '(?<!\\ba )little(?! (?:bit|while|stressed|tired|achy|sore|run down|anxious|worried|off|groggy))', 'slept a little', 'only a little', 'not a wink', 'no sleep', 'short night', 'late night',
  'night shift', 'jet ?lag', '(?:could not|can not|did not|unable to|struggled to|struggling to|took ages to|took forever to) (?:fall |get to |get |drop |go to |get back to )?(?:a)?sleep', 'could not sleep', 'could not get to sleep', 'could not drop off', 'could not nod off', 'did not sleep', 'not sleep',
  'not great', 'not good', 'not well', 'not very well', 'not the best', 'not brilliant', 'could have been better', 'could be better',
  'disturbed', 'interrupted', 'light sleep', 'slept light', 'nightmares?', 'so so', 'meh', 'average at best', 'not brilliantly', 'baby',
  'kids? (?:was|were|had|kept|woke)', 'ordinary', '(?:pretty |just |bit )?average', 'up and down', '(?:awake|up|coughing|crying|sick|restless|tossing|sweating)(?: \\w+){0,4} all night', 'long night', 'shocker', '(?:awake|up) (?:half|most of) the night', 'half the night',
  'staring at the ceiling', 'fitful(?:ly)?', '(?<!\\b(?:considering|given|despite|spite of|through)(?: the| my| all the| those| all)?(?: race| pre race)? )(?:pre race |race day |race )?nerves', 'nervous', 'counting sheep', 'could not switch off', 'mind (?:was )?racing', 'patchy', 'choppy', 'bitty', 'woken(?: up)?',
  '(?:dog|cat|baby|kids?|partner|neighbou?rs?|alarm) woke', 'sleepless', 'lightly', 'early start', 'up early', 'two hours', 'partying', 'noisy', 'noise', 'not (?:real |too |very |that )?flash', '(?:never|not|could not|can not) (?:get|got|getting) back to sleep',
  '(?:up|awake) (?:at|from|since) [1-4]', 'woke (?:up )?(?:coughing|sick|sweating|in pain|with(?! (?:a |my )?(?:bit of (?:a )?|little )?(?:stuffy|blocked|runny|sniffly|bunged up) nose| (?:a )?(?:bit of (?:a )?|little )?(?:sniffle|sniffles|sore throat|scratchy throat|tickly throat|head cold|(?:streaming |stinking |rotten |horrible |bad |stuffy )?cold))|feeling sick|shivering|drenched)', 'teething', 'a few hours', 'early shift', 'all over the place', '(?:bugger|sod|naff) all(?: sleep)?', 'zero sleep', 'hardly any sleep', 'barely any sleep', 'not (?:been )?sleeping (?:well|great|good|much|properly|brilliantly|enough)', 'all nighter', 'pulled an all nighter', 'no shut ?eye', 'did not really(?: sleep)?', 'fever', 'feverish', 'chills', 'night sweats', 'sweats', 'throwing up', 'vomiting', 'on the toilet', 'couple of hours', 'hot night', 'too hot', 'snoring', 'cramp',
]);
const GOOD = words([
  'well', 'good', 'great', 'fine', 'okay', 'ok', 'alright', 'all right', 'like (?:a |the )?(?:\\w+ )?(?:log|baby|rock|top|dream|champ|champion|dead|dead man|corpse|stone)', 'like the dead', 'dead to the world',
  'soundly', 'sound', 'deeply', 'deep', 'solid', 'solidly', 'plenty', 'loads', 'heaps', 'a lot', 'lots', 'all night', 'through the night',
  'slept through', 'out like a light', 'not bad', 'not too bad', 'decent', 'brilliant', 'brilliantly', 'amazing', 'amazingly', 'fantastic',
  'lovely', 'excellent', 'perfect', 'perfectly', 'best sleep', 'slept in', 'in (?:till|until|til) \\d+', 'lie in', 'lay in', 'through(?: for once)?', 'long sleep', 'early night', 'enough',
  'well enough', 'reasonably', 'reasonable', 'normal', 'as usual', 'usual', 'average', 'no problems', 'nice', 'nicely', 'grand',
  'could not have slept better', 'never slept better', 'sweet as', 'refreshed', 'rested', 'restful', 'uninterrupted', 'unbroken', 'mint',
  'like a (?:champ|champion)', 'champion', 'good kip', 'kipped', 'zonked out', 'crashed out', 'conked out', 'a full night', 'full night',
  'got my 8', '(?:a )?(?:cracker|ripper|beauty|belter|corker|cracking|blinder|beaut) (?:of a )?(?:sleep|night|kip)', 'bliss', 'blissful', 'heavenly', 'glorious', 'sound as', 'slept sound', 'terrific', 'wonderful', 'superb', 'fab', 'fabulous', 'ta', 'no complaints', 'can not complain',
]);
/** Good words that a "not" turns bad, and phrases whose "not" is their meaning. */
const GOOD_DENIABLE = words(['well', 'good', 'great', 'fine', 'okay', 'ok', 'alright', 'soundly', 'much', 'enough', 'a lot', 'brilliant', 'brilliantly', 'deeply', 'slept', 'sleep', 'a wink', 'the best', 'properly', 'flash']);
const FIXED_GOOD = /\b(?:not (?:too |that |so )?bad|could not have slept better|never slept better|no problems|not badly|not too badly)\b/;
const BABY_GOOD = /\blike a baby\b/;

const MILD_BAD = /^(?:restless|disturbed|interrupted|light sleep|slept light|woken(?: up)?|up and down|patchy|choppy|bitty)$/;

export function understandSleep(clauses: readonly string[], normalised: string): 'good' | 'bad' | undefined {
  const fixedGood = clauses.some((c) => FIXED_GOOD.test(c));
  const hours = hoursSaid(normalised);
  if (hours !== undefined) {
    // "more than 6 hours" is about 7; "less than 7", "barely 7" is short.
    if (/\b(?:more than|over|at least|a good|a solid|a full)\b/.test(normalised)) return hours + 1 < SHORT_NIGHT_HOURS ? 'bad' : 'good';
    if (/\b(?:less than|under|barely|only|not even|hardly|just)\b/.test(normalised)) return hours <= SHORT_NIGHT_HOURS ? 'bad' : 'good';
    return hours < SHORT_NIGHT_HOURS ? 'bad' : 'good';
  }
  const deniedGood = allMatches(GOOD_DENIABLE, clauses).some((m) => m.negated && !FIXED_GOOD.test(m.found.clause));
  const bad = affirmed(BAD, clauses).filter((f) => !(f.text === 'baby' && BABY_GOOD.test(f.clause)) && !(f.text === 'bad' && FIXED_GOOD.test(f.clause)));
  // "decent, bit restless around five but fine": a mild complaint between two good words is a good night.
  const first = clauses[0] ?? '';
  const opensGood = affirmed(GOOD, [first]).some((f) => f.index === 0);
  const shrugged = bad.length > 0 && bad.every((f) => MILD_BAD.test(f.text)) && clauses.length > 1 && opensGood && says(GOOD, [clauses[clauses.length - 1] ?? '']);
  if (!deniedGood && shrugged) return 'good';
  if (deniedGood || bad.length > 0) return 'bad';
  if (fixedGood || says(GOOD, clauses)) return 'good';
  const mood = sentimentOf(clauses);
  return mood === 'bad' ? 'bad' : mood ? 'good' : undefined;
}
