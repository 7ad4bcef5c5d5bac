/**
 * Pain that changes how a runner moves, heard anywhere in what they said: a joint, tendon or bone that hurts or
 * is sore ("my knee hurts", "sore shins", "my achilles is killing me"), a muscle that is pulled or hurts ("I think
 * I pulled my hamstring"), or words that say the movement changed ("limping", "can't put weight on it").
 * Plain muscle soreness ("sore quads", "I've got DOMS") is soreness, not pain: the coach handles it as sore legs.
 */
import { allMatches, native, words, type Found } from './negation.js';

/** Where soreness is pain: joints, tendons, bones and feet do not get DOMS. */
const JOINT = [
  'knees?', 'kneecaps?', 'shins?', 'achilles(?: tendons?)?', 'tendons?', 'ankles?', 'foot', 'feet', 'heels?', 'arch(?:es)?',
  'toes?', 'hips?(?! flexor| down)', 'groin', 'it band', 'itb', 'lower back', 'my back', 'bones?', 'joints?', 'plantar', 'metatarsals?',
  'soles?', 'ball of my foot', 'shinnies',
];
/** Muscles: sore is soreness; hurt, pulled or strained is pain. */
const MUSCLE = [
  'hamstrings?', 'hamm(?:y|ies)', 'calf', 'calves', 'quads?', 'quadriceps?', 'glutes?', 'thighs?', 'hip flexors?',
  'adductors?', 'groin muscles?', 'muscles?', 'bum', 'butt', 'piriformis',
];
const LEGS = ['legs?'];

const BODY = new RegExp(
  `\\b(?:(${MUSCLE.join('|')})|(${JOINT.join('|')})|(${LEGS.join('|')}))\\b`,
  'g',
);

/** Words that mean pain wherever they are said. */
const HURT = [
  'hurts', 'hurting', 'pain', 'pains', 'painful', '(?:went|gone|turned) sharp', 'grabbed on me', 'in pain', 'injured', 'injury', 'injuries', 'niggles?', 'niggling', 'niggly',
  'twinges?', 'twinging', 'twinged', 'twingey', 'twingy', 'in agony', 'excruciating', 'throbbing', 'throbs', 'swollen', 'swelling', 'sprained', 'sprain',
];
/** Words that are pain when a body part is near ("my knee is killing me"; "the hills were killing me" is effort). */
const HURT_NEAR_PART = [
  ...HURT, 'hurt', 'killing me', 'killing', 'agony', 'strained', 'strain', 'pulled', 'tweaked', 'torn', 'tore', 'tear',
  'twisted', 'rolled', 'gave way', 'gave out', 'giving way', 'giving out', 'playing up', 'acting up', 'flared up', 'flaring up',
  'flare up', 'giving me (?:grief|gyp|jip|trouble|hell|problems)', 'bothering me', 'bugging me', 'stabbing', 'shooting', 'sharp',
  'locked up', 'popped', 'spasm(?:s|ing)?', 'in spasm', 'pulls every step', 'pulling every step', 'pull(?:ing)?(?! up)', 'pinch(?:ing|es|ed|y)?', 'catching', 'clicking and (?:it )?hurts', 'tightened up and (?:i )?(?:had to|could not)',
];
/** Words that are pain for a joint and soreness for a muscle. */
const SORE = ['sore', 'soreness', 'achy', 'achey', 'aching', 'ache', 'aches', 'tender', 'bruised'];
/** A joint that is "bad" or "dodgy" is an injury; legs that are "shot" are tired legs. */
const DAMAGED = ['bad', 'dodgy', 'crook', 'buggered', 'knackered', 'wrecked', 'shot', 'stuffed', 'busted', 'done', 'rooted', 'cactus', 'munted', 'cooked', 'ruined', 'smashed', 'hammered', 'trashed', 'destroyed', 'battered', 'fried', 'toast', 'wasted', 'blown', 'iffy', 'wonky', 'funny', 'weird', 'dicky', 'gammy', 'manky', 'banged up', 'messed up', 'not right', 'not great', 'not happy'];

/** The movement changed: pain whatever the body part. */
const MOVEMENT = words([
  'limp(?:s|ing|ed|y)?', 'hobbl(?:e|es|ed|ing)',
  '(?:walking|walk|running|run|moving|stepping) (?:a bit |a little |kind of |kinda |sort of |really |quite )?(?:funny|funnily|weird|weirdly|strange|strangely|oddly|awkwardly|lopsided|wonky|gingerly|with a limp)',
  'favou?ring (?:my |one |the )?(?:left |right )?(?:leg|foot|side|knee|ankle)', 'can not (?:put|bear|take) (?:any |much )?weight', '(?:put|putting|bear|bearing) (?:any )?weight on',
  '(?:can|could) (?:not|barely|hardly) (?:walk|stand|bend|weight bear|straighten)', '(?:can|could) not (?:run|jog) properly', 'struggl(?:e|ing|ed) to (?:walk|stand|put)',
  'hurts? (?:to|when i|if i|every time i) (?:walk|run|put|step|stand|go|jog|bend|climb|land)',
  // "it's still catching when I walk", "pinching every time I lift my leg": the movement itself is what hurts.
  '(?:catching|catches|pinching|pinches|clicking|twinging|twinges|throbbing|grabbing|grabs|pulls|pulling) (?:when i|every time i|if i|as i|whenever i) (?:try (?:and |to ))?(?:walk|run|step|put|stand|jog|bend|climb|land|lift|go up|go down|stride|push off|sprint)',
  '(?:sharp|stabbing|shooting|searing) (?:pain|ache|twinge|stab|feeling)', 'shin splints', 'stress fracture', 'fractured?', 'broken (?:toe|foot|ankle|bone)',
  'shinnies', 'plantar fasciitis', 'fasciitis', 'tendinitis', 'tendonitis', 'tendinopathy', 'bursitis', 'runners knee', 'it band syndrome', 'itbs',
  'pulled (?:a|my|something|some|the)', 'tweaked (?:a|my|something|the)', 'strained (?:a|my|something|the)', 'twisted (?:a|my|the)', 'rolled (?:a|my|the)',
  'felt (?:a|something) (?:pop|go|snap|twang|tear|rip)', 'something (?:popped|went|snapped|twanged|tore|gave)', 'hurt (?:myself|it|my)',
  '(?:had to|ended up|forced to) (?:walk|walking|hobble|hobbling|limp|limping|stop|stopping|pull out|drop out)(?: it)? (?:home|back|the rest|in|because|with)',
  // "it's throwing my stride off", "can't lift my leg properly": the gait changed.
  '(?:throwing|threw|thrown|messing|messed|mucking) (?:up )?my (?:stride|gait|form|running)(?: off| out| up)?', '(?:my )?(?:stride|gait) (?:is|was|feels|felt) (?:a bit |a little |slightly |kind of |all )?(?:off|wrong|shortened|short|weird|funny|all wrong)',
  '(?:changing|changed|altering|altered|shortening|shortened) my (?:stride|gait)', '(?:can|could) not (?:lift|raise|bend) my (?:leg|knee|foot)',
  '(?:can|could) not (?:really |properly )?stride out', '(?:can|could) not (?:really |properly )?(?:run|jog|stride out|stride|push off|walk|sprint|run properly) without (?:pain|it hurting|hurting|it hurts|it twinging)', 'could not (?:finish|carry on|keep going) because of (?:the )?pain',
]);
/** "I've done my hammy", "wrecked my knee", "hurt my back": an injury to a named part. */
const INJURED_PART = new RegExp(
  `\\b(?:done|did|wrecked|stuffed|busted|buggered|knackered|hurt|injured|tweaked|strained|pulled|tore|torn|twisted|rolled|sprained|jarred|jammed|stubbed|banged|bashed|smashed|cooked|rooted|munted|damaged|aggravated|flared) (?:up )?(?:my|me|the|a|both|his|her) (?:(?:left|right|bad|dodgy|good) )?(?:${[...MUSCLE, ...JOINT].join('|')})\\b`,
  'g',
);
/** "my calf went", "my knee gave way": a named part that failed mid-run. */
const PART_FAILED = new RegExp(
  `(?:\\b(?:my|the|his|her|left|right) |^)(?:(?:left|right) )?(?:${[...MUSCLE, ...JOINT].join('|')}) (?:just |completely |totally )?(?:went|has gone|is gone|gave out|gave way|popped|snapped|seized(?: up)?|locked(?: up)?|twanged|tore|went on me|went pop)\\b`,
  'g',
);
/** "my back's gone", "my lower back went": the back, which the part lists name only with its "my". */
const BACK_WENT = /\b(?:my|the) (?:lower )?back (?:has |is )?(?:gone|went|locked up|seized up|gave out|popped|is out|went out|has gone out)\b/g;
const TIRED_MUSCLE = /^(?:knackered|shot|done|rooted|cactus|cooked|fried|toast|wasted|blown|buggered|stuffed)$/;
const HURT_ALONE = words(HURT);
const HURT_WITH_PART = words(HURT_NEAR_PART);
const SORE_WORD = words(SORE);
const DAMAGED_WORD = words(DAMAGED);
/** Not pain: "pulled up" (finished), "sharp" legs (fresh), "a sore throat", "sore head". */
const NOT_PAIN = /\b(?:pulled up|foam roll\w*|feel(?:s|ing)? sharp|sharp legs|legs (?:feel|felt|are) sharp|sore (?:throat|head|eyes|chest)|throat|chest|stomach|tummy|pain in the (?:neck|arse|butt))\b/;
/** How far (in words) a pain word may be from the body part it belongs to. */
const NEAR = 4;

type Part = 'muscle' | 'joint' | 'legs';

function nearestPart(clause: string, at: Found): Part | undefined {
  const wordIndex = (charIndex: number) => clause.slice(0, charIndex).split(/\s+/).filter(Boolean).length;
  const here = wordIndex(at.index);
  const hereEnd = wordIndex(at.end);
  let best: { part: Part; distance: number } | undefined;
  native(BODY).lastIndex = 0;
  for (let m = BODY.exec(clause); m !== null; m = BODY.exec(clause)) {
    const start = wordIndex(m.index);
    const end = wordIndex(m.index + m[0].length);
    const distance = end <= here ? here - end : start >= hereEnd ? start - hereEnd : 0;
    if (distance > NEAR) continue;
    const part: Part = m[1] ? 'muscle' : m[2] ? 'joint' : 'legs';
    if (!best || distance < best.distance || (distance === best.distance && rank(part) > rank(best.part))) best = { part, distance };
  }
  return best?.part;
}

/**
 * The part a pain word belongs to, in its clause or, when it opens its clause, at the end of the clause before
 * ("my left knee, which aches").
 */
function partOf(clauses: readonly string[], at: Found): Part | undefined {
  const here = nearestPart(at.clause, at);
  if (here) return here;
  const i = clauses.indexOf(at.clause);
  const before = i > 0 ? clauses[i - 1] : undefined;
  if (!before || at.clause.slice(0, at.index).split(/\s+/).filter(Boolean).length > 2) return undefined;
  const tail = before.split(/\s+/).slice(-3).join(' ');
  return nearestPart(tail, { clause: tail, index: tail.length, end: tail.length, text: '' });
}

function rank(part: Part): number {
  return part === 'joint' ? 2 : part === 'muscle' ? 1 : 0;
}

export interface PainHeard {
  /** Pain that changes movement. */
  pain: boolean;
  /** Muscle soreness ("sore quads", "my legs ache"): not pain. */
  soreness: boolean;
}

/**
 * "coming back from a hamstring strain", "first week back after the stress fracture": an injury the runner is
 * back from is history, not pain today. Only the injury's own words are set aside; anything said of today
 * ("back after the fracture and my shin aches") is still heard.
 */
const INJURY_BEHIND = /\b(?:coming back|came back|back running|returning|getting back|back|comeback) (?:from|after) (?:a |an |my |the |that |this )?(?:\w+ ){0,3}?(?:injury|strain|fracture|sprain|tear|break|surgery|op|operation|shin splints|tendinitis|tendonitis|fasciitis|niggle)\b/g;

export function hearPain(said: readonly string[]): PainHeard {
  const clauses = said.map((c) => c.replace(INJURY_BEHIND, ' '));
  let pain = false;
  let soreness = false;
  const fine = (f: Found) => !NOT_PAIN.test(f.clause.slice(Math.max(0, f.index - 12), f.end + 12));
  for (const { negated } of allMatches(MOVEMENT, clauses)) if (!negated) pain = true;
  for (const { negated } of allMatches(INJURED_PART, clauses)) if (!negated) pain = true;
  for (const { negated } of allMatches(PART_FAILED, clauses)) if (!negated) pain = true;
  for (const { negated } of allMatches(BACK_WENT, clauses)) if (!negated) pain = true;
  if (!pain) {
    for (const { found, negated } of allMatches(HURT_ALONE, clauses)) if (!negated && fine(found)) pain = true;
  }
  for (const { found, negated } of allMatches(HURT_WITH_PART, clauses)) {
    if (negated || pain || !fine(found)) continue;
    if (partOf(clauses, found) !== undefined) pain = true;
  }
  for (const { found, negated } of allMatches(SORE_WORD, clauses)) {
    if (negated || !fine(found)) continue;
    const part = partOf(clauses, found);
    if (part === 'joint') pain = true;
    else soreness = true;
  }
  for (const { found, negated } of allMatches(DAMAGED_WORD, clauses)) {
    if (negated) continue;
    const part = partOf(clauses, found);
    if (part === 'joint') pain = true;
    // "quads are toast": a tired muscle is heavy legs (the legs' own words say so), not sore ones.
    else if (part === 'muscle' && !TIRED_MUSCLE.test(found.text)) soreness = true;
  }
  return { pain, soreness };
}
