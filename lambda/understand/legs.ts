/**
 * "How do your legs feel?" in the runner's words -> fresh | okay | heavy | sore | painful.
 * The worst thing said wins ("fine, a bit heavy" is heavy; "sore but okay" is sore); pain anywhere is painful.
 * Coach's choices: stiff and tight are heavy (tired legs that want an easy loosen-up, not an injury); DOMS and
 * muscle aches are sore; a denied complaint ("not sore", "not tired") is okay unless something better is said;
 * a denied good word ("not great", "not fresh", "not 100%") is heavy.
 */
import type { Legs } from '../coach/types.js';
import { affirmed, allMatches, native, withoutLeadingAnswer, words, type Found } from './negation.js';
import type { PainHeard } from './pain.js';
import { CLASS_AS_PRAISE, sentimentOf } from './sentiment.js';

const FRESH = words([
  'fresh', 'great', 'amazing', 'brilliant', 'fantastic', 'awesome', 'excellent', 'perfect', 'springy', '(?:a )?spring in (?:my|the) step', 'bouncy', '(?:heaps|lots|plenty|loads|a lot|full) of bounce', 'bounce in (?:them|my legs|my step)', '(?:feel like i )?could (?:run|go) (?:all day|forever|for mile|for ages|for hour|for days)',
  'light', 'loose', 'supple', 'limber', 'strong', 'rested', 'recovered', 'raring(?: to go)?', 'ready to (?:go|run|rock|roll)', 'like new', 'brand new', 'good as new',
  'full of beans', 'full of energy', 'never better', 'could not be better', 'on fire', 'flying', 'sharp', 'lively', 'zippy', 'peppy',
  'mint', 'unreal', 'grouse', 'ace', 'tip top', 'spot on', 'champion', 'epic', 'incredible', 'superb', 'stellar', 'bang on', 'firing',
  '100 percent', 'primed', 'itching to (?:go|run)', '(?:really|very|so|super|bloody|damn|pretty damn|proper|well|dead|real|mega|extremely|incredibly|wicked|hella|crazy) (?:good|great|well|nice)', 'good to go', 'top notch',
  'like a million (?:bucks|dollars)', 'sprightly', 'spritely', 'ripper', 'energi[sz]ed', 'pumped', 'keen', 'champing at the bit', 'chomping at the bit',
  'heaps good', 'bonza', 'beaut', 'wonderful', 'terrific', 'tremendous', 'outstanding', 'phenomenal', CLASS_AS_PRAISE, 'cracking', 'smashing',
  'top form', 'buzzing', 'perky', 'full of running', 'bright eyed', 'powerful', 'quick', 'fast', 'zingy', 'good to go', 'great nick',
  'in (?:great|top|fine) (?:shape|nick|form)', 'best (?:they|it|my legs|i) (?:have |ve |has |s )?(?:felt|been|feel)', 'feel(?:ing)? strong', 'like i could run forever', 'itchy feet', 'stoked', 'unbelievable',
]);
const OKAY = words([
  'okay', 'ok', 'fine', 'alright', 'all right', 'good', 'decent', 'normal', 'average', 'fair', 'so so', 'middling', 'meh',
  'reasonable', 'solid', 'standard', 'usual', 'as usual', 'same as (?:usual|always|ever|normal)', 'nothing special', 'all good',
  'good as gold', 'grand', 'sweet as', 'she will be right', 'no worries', 'not too shabby', 'could be worse', 'no complaints',
  'can not complain', 'mustn t grumble', 'not bad', 'not too bad', 'not that bad', 'not so bad', 'not the worst', 'not terrible',
  'not awful', 'passable', 'manageable', 'fine thanks', 'pretty much normal', 'back to normal', 'nothing to report', 'nothing wrong',
  'right as rain', 'no dramas?', 'sweet', 'she will be apples', 'ticking over', 'holding up', 'comfortable', 'stable', 'so far so good',
  'tolerable', 'fair to middling', 'better', 'improving', 'improved', 'better than (?:yesterday|before|last week)', 'good as', 'nothing to complain about', 'good nick', 'in (?:good|ok|okay|decent) (?:shape|nick)', 'workable',
  'ready', 'happy', 'not too tired', 'not tired', 'can not grumble', 'mustn t complain', 'hunky dory', 'tickety boo', 'surviving',
]);
const HEAVY = words([
  'heavy', 'heavier', 'heaviness', 'tired', 'tiredness', 'weariness', 'tiring', 'dead(?! (?:good|great|fresh|easy|chuffed|nice|happy|well|keen|strong|springy|light)\\b)', 'deadish', 'lead', 'leaden', 'bricks', 'concrete', 'stiff', 'stiffness', 'tight', 'tightness',
  'sluggish', 'flat', 'jello', 'fatigued', 'fatigue', 'wooden', 'jelly', 'worn out', 'trashed', 'cooked', 'cactus', 'rooted', 'fried', 'toast', 'weary', 'drained',
  'exhausted', 'knackered', 'shattered', 'wrecked', 'stuffed(?! up)', 'buggered', 'crook', 'rooted', 'done in', 'done(?! (?:nowt|nothing|no|none|any|a|an|my|the|some|it|that|this|all|for|\\d+|loads|heaps|lots|plenty|every)\\b)', 'cream crackered', 'beat', 'wiped(?: out)?',
  'pooped', 'gassed', 'shot', 'spent', 'had it', 'empty', 'running on empty', 'zonked', 'zapped', 'lifeless', 'dragging', 'smashed',
  'blown', 'hammered', 'rubbish', 'crap', 'crappy', 'lousy', 'awful', 'terrible', 'horrible', 'rough', 'groggy', 'slow', 'lethargic',
  'bleh', 'blah', 'feel(?:ing)? the (?:miles|mileage|distance|week|load|training|kms?|hills|race|session|long run)', 'nothing in them', 'nothing in the tank', 'tree trunks', 'could be better', 'seen better days',
  'not (?:quite |a )?100(?: percent)?', 'bit off', 'feel off', 'feels off', 'feeling off', 'a little off', 'fatigued', 'weak', 'wobbly', 'jelly legs',
  'not quite there', 'not recovered', 'sapped', 'burnt out', 'burned out', 'tuckered out', 'creaky', 'rusty', 'clunky',
  'jaded', 'ropey', 'ropy', 'leggy', 'flogged', 'thrashed', 'shagged', 'jiggered', 'goosed', 'banjaxed', 'cabbaged', 'kaput', 'ruined', 'destroyed', 'bushed', 'whacked', 'ordinary', 'lumpy',
  'not (?:the |that |so |very )?fresh(?:est)?', 'getting there', 'worse for wear', 'like i (?:have )?(?:run|ran|did) a marathon',
  'tired as', 'dead as', 'spent', 'on my last legs', 'running on fumes', 'no (?:spring|bounce|zip|pop|life|energy|juice|gas)',
  'tight as', 'stiff as', 'heavy as', 'been better', 'in bits', 'in pieces', 'falling apart', 'lacklustre', 'lackluster', 'listless', 'overcooked', 'overdone', 'tender and tired',
]);
const SORE = words([
  'sore', 'soreness', 'domsy', 'domsey', 'screaming', 'achy', 'achey', 'aching', 'ache', 'aches', 'doms', 'tender', 'beaten up', 'battered', 'bruised', 'pummel?led',
  'feel(?:ing)? it in', 'crampy', 'cramping', 'cramped', 'cramps?', 'stiff and sore', 'sore and stiff', 'beat up', 'corky', 'corked', 'a cork',
  'knots?', 'knotted', 'knotty', 'sorey', 'achiness', 'tight and achy', 'bruisy', 'worked', 'worked over', 'beaten',
  'hit by a (?:bus|truck|train|lorry)', 'run over', 'been kicked',
  // "they hurt, but in a good way": the ache of a good session, not an injury.
  'in a good way', 'a good (?:hurt|sore|ache|pain)',
]);
/** A good word denied: "not great", "not fresh", "not fully recovered". */
const GOOD = words(['great', 'good', 'fresh', 'fine', 'okay', 'ok', 'alright', 'recovered', 'amazing', 'the best', 'brilliant', 'fantastic', 'strong', 'springy', 'rested', 'perfect', 'awesome']);
const SUPERLATIVE = /^(?:great|amazing|the best|brilliant|fantastic|perfect|awesome|fresh|springy)$/;
/** A complaint denied: "not sore", "no soreness", "not tired at all". */
const COMPLAINT = words(['sore', 'soreness', 'tired', 'heavy', 'stiff', 'tight', 'achy', 'aching', 'doms', 'dead', 'fatigued', 'pain', 'painful', 'hurt', 'hurting', 'hurts', 'niggles?', 'aches?']);
/** "not bad", "could not be better": phrases whose negation is the meaning, read as they are. */
const FIXED = /\b(?:not (?:too |that |so )?bad|not the worst|not terrible|not awful|not too shabby|could not be better|can not complain|no complaints|nothing (?:special|wrong|to report)|never better)\b/;

/** "a sore throat", "my chest is tight": the word is about another part of the body, not the legs. */
const ELSEWHERE = /\b(?:chest|chesty|cough|coughing|cold|flu|bug|virus|throat|nose|head|stomach|tummy|belly|eyes?|ears?|neck|shoulders?|arms?|wrists?|hands?)\b/;

/** "legs feel normal, slept great": the night's word is not the legs'. */
function notAboutTheNight(f: Found): boolean {
  return !/\b(?:slept|sleep|night|kip)(?: was| is| has been| been)?(?: (?:really|so|pretty|super|very|quite|like))? $/.test(f.clause.slice(0, f.index));
}

function aboutLegs(f: Found): boolean {
  return !ELSEWHERE.test(f.clause.slice(Math.max(0, f.index - 16), f.end + 16));
}

/** "not bad, a bit tight but nothing major": a little tightness the runner shrugs off is okay legs. */
const MILD_HEAVY = /^(?:tight|tightness|stiff|stiffness)$/;
const SHRUGGED = /\bnothing (?:major|crazy|serious|much|big|bad|too bad|to worry about|dramatic|drastic)\b/;

/** The legs or a part of them named, or "they" (the legs asked about). */
const LEG_PART = /\b(?:legs?|calf|calves|quads?|hamstrings?|hamm(?:y|ies)|shins?|knees?|thighs?|glutes?|hips?|feet|foot|ankles?|achilles|they|them|it)\b/;
/** "legs are fine tho", "my legs feel good": the legs' own state, said of them (a denial is no such statement). */
const LEGS_SAID_WELL = new RegExp(
  `\\b(?:(?:my |the )?legs?|they) (?:are |is |feel |feels |feeling |are feeling |seem |seem to be |felt )?(?:(?:just|pretty|actually|really|quite|totally|completely|fairly|all|absolutely|feeling|surprisingly|still) )*(?:${OKAY.source}|${FRESH.source})(?: (?:tho|though|thankfully|actually|really|enough))?`,
  'g',
);

/**
 * "stressed and flat legs are fine tho" (speech has no commas): when the legs are said to be fine or fresh, a tired
 * word said of something else (the runner, the week) does not make them heavy. The clauses without that statement,
 * and whether one was made; a tired word stays only with a leg part near it ("legs are fine but they feel heavy").
 */
function legsSaidWell(clauses: readonly string[]): { well: boolean; own: string; rest: string[] } {
  let well = false;
  const own: string[] = [];
  const rest = clauses.map((c, i) => {
    // "{fine}, but I've been a bit crook": an answer that opens on a good word alone says it of the legs.
    if (i === 0 && clauses.length > 1 && ANSWER_WELL.test(c)) {
      well = true;
      return ' ; ';
    }
    return c.replace(native(LEGS_SAID_WELL), (statement: string) => {
      well = true;
      own.push(statement);
      return ' ; ';
    });
  });
  return { well, own: own.join(' '), rest };
}
const ANSWER_WELL = new RegExp(`^(?:(?:yeah|yes|yep|oh|well|pretty|really|all|they are|legs are|actually) )*(?:${OKAY.source}|${FRESH.source})(?: (?:thanks|tho|though|really|actually|enough))?$`);

/** A tired word said of the runner or their week, not of the legs: "I'm fried from work", "tired in myself". */
const PERSON_BEFORE = /\b(?:i am|i have been|i feel|i felt|i was|been|i m)(?: \w+){0,3} $/;
const OTHER_AFTER = /^(?: \w+){0,2} (?:in myself|myself|mentally|in the head|from work|with work|at work|from the week|this week|from exams|from uni|from the kids)\b/;

/** A tired word that stays beside a statement that the legs are fine: said of a leg part, or of no one else. */
function stillTheLegs(f: Found): boolean {
  return nearLegPart(f) || !(PERSON_BEFORE.test(f.clause.slice(0, f.index)) || OTHER_AFTER.test(f.clause.slice(f.end)));
}

function nearLegPart(f: Found): boolean {
  const before = f.clause.slice(0, f.index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const after = f.clause.slice(f.end).split(/\s+/).filter(Boolean).slice(0, 3).join(' ');
  return LEG_PART.test(`${before} ${f.text} ${after}`.replace(/ ; /g, ' '));
}

export function understandLegs(clauses: readonly string[], pain: PainHeard): Legs | undefined {
  if (pain.pain) return 'painful';
  if (pain.soreness || affirmed(SORE, clauses).some(aboutLegs)) return 'sore';
  const anyFixed = clauses.some((c) => FIXED.test(c));
  // "good, not great, just average": a denied superlative beside an okay word is okay, not heavy.
  const okaySaid = affirmed(OKAY, clauses).length > 0;
  const deniedGood = !anyFixed && allMatches(GOOD, withoutLeadingAnswer(clauses)).some((m) => m.negated && !(okaySaid && SUPERLATIVE.test(m.found.text)));
  const said = legsSaidWell(clauses);
  const heavy = affirmed(HEAVY, said.well ? said.rest : clauses).filter((f) => aboutLegs(f) && notAboutTheNight(f) && (!said.well || stillTheLegs(f)));
  if (!deniedGood && heavy.length > 0 && heavy.every((f) => MILD_HEAVY.test(f.text)) && clauses.some((c) => SHRUGGED.test(c)) && clauses.some((c) => FIXED.test(c))) return 'okay';
  if (deniedGood || heavy.length > 0) return 'heavy';
  // "I'm keen, legs are alright": the legs' own word decides between fresh and okay, not one said of the runner.
  if (said.well) {
    const freshElsewhere = affirmed(FRESH, said.rest).filter((f) => notAboutTheNight(f) && stillTheLegs(f)).length > 0;
    if (said.own.length > 0) return freshElsewhere || affirmed(FRESH, [said.own]).length > 0 ? 'fresh' : 'okay';
  }
  const fixedOkay = clauses.some((c) => FIXED.test(c) && !/could not be better|never better/.test(c));
  const fresh = affirmed(FRESH, clauses).filter(notAboutTheNight).length > 0;
  const okay = fixedOkay || affirmed(OKAY, clauses).filter(notAboutTheNight).length > 0;
  if (okay && !fresh) return 'okay';
  if (fresh) return okay && fixedOkay ? 'okay' : 'fresh';
  if (allMatches(COMPLAINT, clauses).some((m) => m.negated)) return 'okay';
  const mood = sentimentOf(clauses);
  return mood === 'best' ? 'fresh' : mood === 'good' ? 'okay' : mood === 'bad' ? 'heavy' : undefined;
}
