/**
 * Illness, heard anywhere in what was said, on either side of the coach's neck check: above the neck (head cold,
 * runny or blocked nose, sore throat, sneezing) allows easy movement at most; below the neck (fever, chest,
 * cough, aching all over, flu, stomach) means rest. General words for being ill ("sick", "unwell", "poorly",
 * Australian "crook") count as below the neck: without the symptom, the coach takes the safer side. "Crook" with a
 * head-cold symptom named ("a bit crook with a sore throat") is that symptom, above the neck.
 */
import { allMatches, native, words, type Found } from './negation.js';

const BELOW = words([
  // fever
  '(?<!hay )fever(?:ish|s)?', 'febrile', 'chills', 'shivery', 'shivering (?:all night|in bed|under|with|and (?:achy|hot|sweating))', 'the shivers', 'hot and cold', 'burning up', 'night sweats', 'the sweats',
  '(?:a|high|slight|little|bit of a|running|got|have|has|had|raised|spiked a|spiking a) (?:(?:bit of a|slight|high|low grade|mild|little|raised) )?temp(?:erature)?(?! (?:was|outside|is|of the (?:air|water)|today)\\b)',
  // "temperature of thirty eight", "a temp of 101": a body temperature above normal said as a number.
  'temp(?:erature)? (?:of |is |was |at |reading )?(?:(?:about|around|nearly|almost|over|like) )?(?:3[7-9](?:\\.\\d)?|4[0-2]|99(?:\\.\\d)?|10[0-4](?:\\.\\d)?)(?! (?:degrees? )?(?:outside|out|today)\\b)',
  // chest and breathing
  'cough(?:s|ing|ed|y)?', 'chesty', 'chest(?! (?:strap|day|press|fly|flies|workout|exercises?|muscles?|high)\\b)', 'wheez(?:e|y|ing)',
  'short of breath', 'breathless', '(?:can not|could not|struggling to|hard to) breathe(?! (?:through|out of|with) (?:my|me|the) nose)', 'bronchitis', 'pneumonia', 'phlegm',
  'caught (?:it|the bug|their bug|the lurgy|what(?:ever)? (?:they|the kids|he|she) (?:had|has|have))', 'covid', 'coronavirus', 'corona', 'influenza', 'glandular fever',
  '(?<!man )flu(?! (?:jab|shot|vaccine|vaccination|injection|season)\\b)', 'flu like', 'flu ish',
  // aching all over
  '(?<!\\b(?:legs?|quads?|calves|calf|hamstrings?|glutes?) (?:are |is |feel |feels |)(?:\\w+ )?)(?:aching|achy|achey|aches|ache|sore|hurting|hurts) (?:all over|everywhere)(?! (?:my |the |in my )?(?:legs|quads|calves|hamstrings))(?! my$)', 'body aches?', 'aching body', 'achy body',
  'whole body (?:aches|is aching|hurts|is sore|feels achy)', 'everything aches(?! from (?:the|my) (?:hips|waist|knees|bum|glutes|belly button) down)', 'aches and pains', 'achy and (?:shivery|feverish|hot)',
  // stomach
  '(?:stomach|tummy|belly|guts?) (?:bug|upset|ache|aches|cramps?|virus|is off|off|bad|is bad|dodgy|is dodgy|playing up|issues|problems|trouble|troubles|is not right|not right|pain|pains|hurts|churning|flu|is upset|feels off|feels funny)',
  '(?:upset|dodgy|bad|dicky|funny|crook|sore) (?:stomach|tummy|belly|guts?)', '(?:on|running to|back and forth to|up and down to) the (?:toilet|loo|dunny|bathroom|john)', 'on the throne', '(?:stomach|tummy|guts?) (?:is )?not (?:so much|great|good|right|happy|the best|too good)', 'gastro', 'gastroenteritis',
  'diarrh(?:o)?ea', '(?:got|had|have|has|with|bout of|a dose of) the runs', 'vomit(?:s|ing|ed)?', 'throw(?:ing|n)? up', 'threw up', 'puk(?:e|es|ed|ing)', 'chucking up', 'chucked up',
  '(?:being|been|was|were|got) sick', 'sick (?:all night|last night|this morning|in the night|overnight)', 'nause(?:a|ous|ated)', 'queasy',
  'food poisoning', 'norovirus', 'noro', 'sickness bug', 'sick bug', '(?:a|the|stomach|tummy|winter|vomiting|nasty|horrible|some) bug(?! going round)',
  'virus', 'viral', '(?<!(?:sinus|ear|eye|throat|tooth) )infection', 'the lurg(?:y|ie|i)', 'lurg(?:y|ie|i)',
  // being ill, symptom unnamed
  'ill', 'illness', 'sick(?! (?:of|and tired|to death))', 'unwell', 'poorly',
  '(?:feel|feeling|felt|am|been|was|is|are|gone|went) (?:a bit |a little |quite |very |really |pretty |real )?crook', 'crook as', 'laid up', 'bedridden', 'in bed (?:all day|sick|ill)',
  'feel(?:ing)? like death', 'death warmed up', 'rough as guts', '(?:crook|sick|bad|upset|funny|dodgy) in the (?:guts|stomach|tummy|belly)',
  'the trots', 'the squits', 'gippy tummy', 'delhi belly', 'spew(?:ing|ed|s)?', 'chunder(?:ing|ed)?', 'hurl(?:ing|ed)', 'barf(?:ing|ed)?', '(?<!\\b(?:it|place|town|course|pub|park|was|were|is) )heaving(?! with)',
  'retching', 'flu(?:ey|ish|y)', 'cold sweats?', 'clammy', 'hacking', 'barking cough', 'mono', 'rsv', 'sick as a dog', 'called in sick',
  'off (?:work )?sick', 'proper ill', 'my body (?:aches|is aching|hurts)', 'aching joints', 'achy joints', 'coming down with (?:something|a bug|a virus)', 'fighting (?:something|a bug|a virus) off',
]);

const ABOVE = words([
  'head cold', 'cold coming on', 'cold on the way', 'start of a cold', 'beginnings of a cold', 'caught (?:a |the )?cold', 'got (?:a )?cold(?! (?:feet|hands|legs))',
  '(?:a|bit of a|heavy|stinking|streaming|nasty|horrible|bad|slight|little|common|my|this|summer|winter|fighting off a|fighting a|have a|had a|has a) cold(?! (?:weather|morning|day|night|out|outside|air|wind|water|showers?|baths?|plunge|snap|spell|front|sores?|hands|feet|legs|start|rain|temperatures?|conditions|brew|drink|beer|run|jog|race|parkrun|one|session|km|mile|\\d|wet|windy|rainy|frosty|icy|snowy|dark|crisp|bright|clear|miserable|damp|foggy|misty|grey|gray|blustery|raw|bitter|early|evening|outing)\\b)',
  'sniffl(?:e|es|y|ing)', 'snuffl(?:e|es|y|ing)', 'runny nose', 'running nose', 'streaming nose', 'drippy nose',
  'nose (?:is |s )?(?:still |always |constantly |non stop )?(?:running|streaming|runny|blocked|stuffy|stuffed|congested|dripping|bunged up)', 'blocked (?:up )?nose', 'stuffy (?:nose|head)', 'stuffed up',
  'bunged up', '(?<!\\bchest )congest(?:ed|ion)(?! (?:chest|on my chest))', 'sneez(?:e|es|y|ing)', 'sore throat', 'throat (?:is |s |was |feels |felt )?(?:(?:a )?(?:bit|little|really|very|quite|so|pretty|a bit|all|that|dead|super|proper|kinda|kind of|sort of|slightly|a little|getting|a little bit) )?(?:sore|scratchy|raw|killing me|hurts|hurting|tickly|is on fire)',
  'scratchy throat', 'tickly throat', 'tickle in (?:my|the) throat', '(?:a )?(?:bit of a )?tickle in (?:my|the) throat', 'raw throat', 'croaky', 'hoarse', 'lost my voice', 'sinus(?:es|itis|y)?', 'hay ?fever',
  'allerg(?:y|ies)', 'headache', 'head ache', 'migraine', 'head (?:is )?(?:pounding|killing me|throbbing|hurts|aches|is sore|sore)', 'sore head',
  'earache', 'ear ache', 'ear infection', 'man flu', 'snotty', 'snot', 'tonsillitis', 'strep(?: throat)?', 'sinus infection',
  'full of (?:a )?cold', 'heavy head', 'blocked sinuses', 'sinus pressure', 'post nasal drip', 'watery eyes', 'streaming eyes', 'sneezy',
  'coldy', 'laryngitis', 'swollen glands', 'glands are up', 'throat (?:is )?(?:dry|itchy|swollen|painful|rough|burning|a bit sore)',
  '(?:dry|itchy|swollen|painful|rough|burning) throat', 'runny', 'blocked up', 'blocked nose', '(?:nose|sinuses) (?:is |was |are |were |s |all |totally |completely |so |really |very |badly |that )*(?:blocked|stuffed|bunged)', 'stuffy',
]);

/** "a head cold" is above the neck; its "cold" must not also count as "chest". */
const NOT_ILL = /\b(?:cold sores?|sick of|sick and tired|sick session|sick run|ill fitting|chest strap|(?:slept|sleep|sleeping|ran|run|raced|race|went|performed|paced|played|did|done)(?: \w+){0,2} poorly)\b/;

export interface IllnessHeard {
  illBelowNeck: boolean;
  illAboveNeck: boolean;
}

/** "a cold, wet run": the weather, though the comma split "a cold" from what it described. */
const COLD_WEATHER = /\bcold (?:wet|windy|rainy|frosty|icy|snowy|dark|crisp|bright|clear|miserable|damp|foggy|misty|grey|gray|blustery|raw|bitter|early|morning|night|day|evening|start|one|run|race|jog|session|outing)\b/;

/** Whether a "not ill" phrase ("slept poorly", "sick of") covers the word found, not merely stands near it. */
const NOT_ILL_ALL = new RegExp(NOT_ILL.source, 'g');
function notIll(f: Found): boolean {
  const from = Math.max(0, f.index - 24);
  const around = f.clause.slice(from, f.end + 8);
  const re = native(NOT_ILL_ALL);
  re.lastIndex = 0;
  for (let m = re.exec(around); m !== null; m = re.exec(around)) {
    const start = from + m.index;
    if (start < f.end && start + m[0].length > f.index) return true;
  }
  return false;
}

function heard(re: RegExp, clauses: readonly string[]): boolean {
  const joined = clauses.join(' ');
  const ok = (f: Found) =>
    !notIll(f) &&
    !(f.text.endsWith('cold') && f.clause.endsWith(f.text) && COLD_WEATHER.test(joined));
  return allMatches(re, clauses).some(({ found, negated }) => !negated && ok(found));
}

/** A body part next to "crook" is an injury ("a crook knee"), not illness. */
const CROOK_PART = /\bcrook (?:knee|ankle|back|hip|foot|hamstring|calf|shin|achilles|leg)s?\b|\b(?:knee|ankle|back|hip|foot|hamstring|calf|shin|achilles|leg)s? (?:is |are |feels? )?(?:a bit |real |pretty )?crook\b/;

/** "Crook", "coming down with something" or "laid up" said of the runner as a whole: only unwell, with no symptom named. */
const CROOK_UNWELL = /\b(?:feel|feeling|felt|am|been|was|is|are|gone|went) (?:a bit |a little |quite |very |really |pretty |real )?crook\b|\bcrook as\b|\b(?:coming down with|fighting) (?:something|a bug|a virus)(?: off)?\b|\blaid up\b|\b(?:caught |got |picked up |have |has )?(?:the |a )?lurg(?:y|ie|i)\b/g;

/**
 * Someone else's illness ("up all night with a poorly toddler", "the kids have been ill") is not the runner's: the
 * words are set aside. Catching it ("I think I've caught what the kids had") is the runner's, and stays.
 */
const OTHERS = '(?:kids?|children|child|toddler|baby|(?:\\d+|one|two|three|four|five) year old|youngest|eldest|oldest|bub|bubs|dog|dogs|puppy|pup|cat|son|daughter|little (?:ones?|1)|partner|husband|wife|hubby|missus|boyfriend|girlfriend|flatmate|housemate|mum|dad|family|whole house|household)';
const SOMEONE_ELSE_ILL = new RegExp(
  `\\b(?:(?:poorly|sick|ill|unwell|crook|feverish) (?:little )?${OTHERS}|(?:my |the |our )?${OTHERS} (?:(?:has|have|is|are|was|were|had|been|got|s) )+(?:(?:a|the|all|really|very|so|quite|a bit|bit|been|up|home|off) )*(?:ill|sick|poorly|unwell|crook|a cold|colds|the flu|flu|a bug|a virus|a fever|a temperature|throwing up|vomiting))\\b`,
  'g',
);

const NASAL = /\b(?:nose|nasal|stuffy|stuffed up|bunged up|blocked up|sinus(?:es)?)\b/;
const NOSE_BREATHING = /\b(?:can not|could not|struggling to|struggled to|hard to|barely|hardly) breathe\b/g;

export function hearIllness(heardClauses: readonly string[]): IllnessHeard {
  const clauses = heardClauses.map((c) => c.replace(SOMEONE_ELSE_ILL, ' '));
  const crookPart = clauses.some((c) => CROOK_PART.test(c));
  const said = crookPart ? clauses.map((c) => c.replace(CROOK_PART, ' ')) : clauses;
  const above = heard(ABOVE, clauses);
  // "Crook" counts below the neck for want of a symptom; with a head cold named, the symptom says where it is.
  // "stuffy nose, couldn't breathe through it": with the nose named, the breathing is the nose's.
  const nasal = said.some((c) => NASAL.test(c));
  const breathing = nasal ? said.map((c) => c.replace(NOSE_BREATHING, ' ')) : said;
  const below = heard(BELOW, above ? breathing.map((c) => c.replace(CROOK_UNWELL, ' ')) : breathing);
  return { illBelowNeck: below, illAboveNeck: above };
}
