/**
 * What the runner did ("yesterday", or a session they log) -> the SessionType ids, with the distance and the
 * minutes the words carry. The coach's reading:
 * - a named race or a race word makes a race; its distance picks the race id ("a 10k race" is race-10k, "a 15k
 *   race" is race with 15 km); "parkrun" is a 5 km race; a marathon, an ultra or 40 km and more is race-marathon;
 * - a distance alone is a run, not a race ("I ran 10k" is a 10 km easy run);
 * - an easy run of LONG_RUN_MINUTES or LONG_RUN_KM or more is a long run ("two hours", "a 20 miler");
 * - tempo, threshold, fartlek, track, hill repeats, intervals: a workout; swim, bike, gym, yoga and team
 *   sports: cross-training; walking the dog: a walk; nothing, a day off: rest;
 * - several sessions: the most demanding running session counts (a long run then yoga is a long run), and a
 *   session denied ("didn't do my long run", "skipped intervals") does not count.
 */
import type { SLOT_TYPE_IDS } from '../conversation/contract.js';
import { allMatches, says, words, type Found } from './negation.js';
import { distanceKm, durationMinutes } from './numbers.js';

export type SessionId = (typeof SLOT_TYPE_IDS.SessionType)[number];

/** A plain run this long is a long run: ninety minutes is the usual floor coaches give for a long run. */
export const LONG_RUN_MINUTES = 90;
/** The same floor as a distance: about 11 miles, beyond most recreational runners' usual weekday run (a steady 10 miles is not yet long). */
export const LONG_RUN_KM = 18;
/** From this distance a session is marathon-length or more: the coach treats it as a long race (walk or rest first). */
export const MARATHON_OR_MORE_KM = 40;

export interface SessionHeard {
  id?: SessionId;
  distanceKm?: number;
  minutes?: number;
}

const NOT_A_RACE_AFTER = '(?!s? (?:training|plan|pace|prep|block|build|programme|program|schedule|effort|simulation|sim|distance training)\\b)';
/** "getting ready for the marathon": a race ahead, not one run. */
const RACE_AHEAD = /\b(?:getting ready|preparing|prepping|training|building up|build up|tapering|peaking) for (?:the|a|my|an) (?:\w+ )?$/;

const PATTERNS: readonly [SessionId, RegExp][] = [
  ['race-half-marathon', words([`half (?:marathon|mara)${NOT_A_RACE_AFTER}`, 'halfmarathon', 'half marathons', 'great north run', 'big half',
    '(?<!(?:and a|and) )half(?! (?:an|a|hour|min|mile|km|way|time|of|day|the|as|my|way|\\d+(?!\\.?\\d* hour)|pace|effort|session|speed)\\b)(?!way)', 'ran (?:a|the) half', '(?<=\\ba )half(?= the\\b)', '(?<=^|\\bthe )half(?= the (?:\\w+ ){1,4}(?:one|1)\\b)'])],
  ['race-marathon', words([`(?<!half )marathon${NOT_A_RACE_AFTER}`, `(?<!half )mara${NOT_A_RACE_AFTER}`, `(?<!for (?:my|the|an|a|our) )ultra(?: ?marathon)?s?${NOT_A_RACE_AFTER}`, `ultramarathon${NOT_A_RACE_AFTER}`, '26\\.2(?: mile)?', '42(?:\\.2)? km',
    '50 km', '100 km', '50 mile', '100 mile', 'comrades', 'backyard ultra', '(?:ran|raced|did|finished|completed) (?:the )?(?:london|boston|berlin|chicago|new york|nyc|tokyo|sydney|melbourne|paris|valencia|amsterdam|manchester|brighton|edinburgh|dublin)(?! half)'])],
  ['race-5k', words(['park ?runs?', 'parkrun', '5 km race', '5 km fun run', 'junior parkrun'])],
  ['race-10k', words(['10 km race', '10 km fun run'])],
  ['race', words([`rac(?:e|ed|es|ing)(?! (?:pace|effort|simulation|sim|day prep|prep))`, 'fun run',
    // "did the Gold Coast 10k": an event named before its distance.
    '(?:(?<=^)|(?<=\\b(?:did|ran|raced|finished|completed) ))the (?!(?:usual|normal|regular|same|standard|long|short|easy|old|weekly|morning|evening|lunchtime|lunch|quick|slow|hilly|flat|local|river|canal|park|beach|trail|first|last|whole|full|recovery|club) )(?:[a-z]+ ){1,3}(?:5|10|15|21(?:\\.1)?|42(?:\\.2)?) (?:km|mile)(?! (?:loop|route|course|circuit|trail|lap|run|jog|round|out and back|there and back|pace|effort))',
    // "the 10k in town", "did the 5k at the weekend": the event, named by its distance (a route is "the 10k loop").
    '(?:(?<=^)|(?<=\\b(?:did|ran|raced|finished|completed|in|at|for) ))the (?:5|8|10|12|15|16) (?:km|mile)(?! (?:loop|route|course|circuit|trail|lap|run|jog|round|out and back|there and back|pace|effort))', 'time trial', 'tt', 'relay', 'cross country', 'xc', 'turkey trot',
    'city (?:to|2) surf', 'bay run', 'fell race', 'track meet', 'cross country meet', 'xc meet',  `(?<!for (?:my|the|a|our) )(?:triathlon|tri|duathlon|aquathlon)${NOT_A_RACE_AFTER}`, 'pb', 'pr', 'personal best', 'personal record',
    'medal', 'bib', 'charity (?:run|race|event|\\d+ (?:km|mile))', 'charity', 'competition', 'competed', 'event', 'entered', 'start line', 'finish line', 'crossed the line', 'road race', 'trail race', 'colou?r run', 'mud run', 'tough mudder', 'obstacle race', 'spartan'])],
  ['long-run', words(['long (?:slow |easy |steady |trail |sunday |saturday |weekend |endurance |aerobic )?(?:run|jog|one|1|un|distance|runs|miles|km|effort|trot|plod|outing)',
    'long run', 'lsd', 'big run', 'long slow', 'long steady', 'long easy', 'long', 'longest run', 'went long', 'long day on my feet', 'time on feet'])],
  ['workout', words(['tempo', 'threshold', 'fartlek', 'intervals?', 'repeats', 'reps', 'hill (?:reps|repeats|sprints|session|workout|intervals)', '(?<!(?:in|on|through|over|around|up|into|across|the) (?:the )?)hills', '(?:from|did|after) (?:the |those |all the |all those )?hills',
    '(?<!on |back on )track(?! of)', 'speed ?work', 'speed (?:session|workout|training)', 'sprints?', 'sprinting', 'strides', 'progression', 'race pace', 'marathon pace',
    'half marathon pace', '\\d+ km pace', 'goal pace', 'yasso', '\\d{3,4} s', '\\d{3,4} (?:m|metre|meter|metres|meters)', 'ladder', 'pyramid', 'cruise',
    'vo 2', 'vo2', 'lactate', 'brick(?: session| workout)?', 'quality (?:session|run|workout)', 'hard (?:run|session|workout|effort|one|1|day)', 'hard', 'club session', 'track night',
    '(?<!(?:gym|weights?|strength|core|hiit|crossfit|leg|legs|upper body|lower body|yoga|spin|swim|swimming|pilates|rowing|bike|circuits|boxing|f 45) )(?:session|workout)',
    'a session', 'speed', 'surges', 'pick ?ups', 'negative split', 'kenyan hills', 'mile repeats', 'km repeats', 'efforts'])],
  ['recovery-run', words(['recovery(?! (?:day|week|drink|shake|boots)\\b)', 'shake ?out', 'shakeout', '(?:very|really|super|extra|ultra) (?:easy|slow|gentle|light)(?! pace)',
    'slow (?:run|jog|trot|shuffle|plod)', 'light jog', 'gentle jog', 'run walk', 'walk run', 'jog walk', 'jeffing', 'jeff', 'shuffle', 'plod'])],
  ['easy-run', words(['easy', 'easy (?:run|jog|miles|km)', 'ran', 'run', 'runs', 'running', 'jog', 'jogs', 'jogged', 'jogging', 'treadmill', 'dreadmill',
    'trail run', 'trails?', 'steady', 'usual', 'normal', 'regular', 'standard', 'morning run', 'evening run', 'lunch run', 'run club', 'club run',
    '(?<!(?:bike|cycle|cycling|cycled|rode|ride|riding|bus|train|drive|driving) )commute(?! (?:by|on) (?:bike|the bike|bus|train))', 'run commute', 'miler', 'ran to work', 'ran home', 'miles', 'km', 'trot', 'a few km', 'a few mile', 'the usual loop', 'loop', 'base', 'aerobic', 'zone 2'])],
  ['cross-training', words(['cross ?train(?:ing|ed)?', 'crosstraining', 'bike', 'biked', 'biking', 'bikes', 'cycl(?:e|ed|ing|es)', 'rode', 'ride', 'riding',
    'spin(?:ning)?(?: class)?', 'peloton', 'swim(?:s|ming)?', 'swam', 'pool', 'laps', 'gym', 'weights', 'lifting', 'lifted', 'strength', 'leg day', 'squats',
    'deadlifts', 'yoga', 'pilates', 'barre', 'tennis', 'squash', 'padel', 'pickleball', 'badminton', 'football', 'soccer', 'footy', 'five a side', '5 a side',
    'rugby', 'netball', 'basketball', 'hockey', 'cricket', 'volleyball', 'row(?:ing|ed)', 'erg', 'elliptical', 'cross trainer', 'stair (?:climber|master)',
    'stairmaster', 'crossfit', 'hiit', 'bootcamp', 'boot camp', 'circuits', 'surf(?:ing|ed)?', 'paddle ?board(?:ing)?', 'paddling', 'paddle', 'sup', 'stand up paddle', 'kayak(?:ing)?',
    'ski(?:ing|ed)?', 'skied', 'climbing', 'bouldering', 'danc(?:e|ing|ed)', 'zumba', 'boxing', 'kickboxing', 'martial arts', 'karate', 'judo', 'jiu jitsu',
    'mobility', 'stretch(?:ing|ed)?', 'foam roll(?:ing|ed|er)?', 'aqua jog(?:ging)?', '(?:water |aqua )?aerobics', 'aqua ?fit', 'aqua class', 'pool running', 'water running', 'f 45', 'orangetheory', 'body pump', 'bodypump',
    'core (?:work|session|workout)', 'golf', 'rock climbing', 'mountain bik(?:e|ing)', 'mtb', 'gravel ride', 'turbo', 'zwift', 'indoor bike', 'exercise bike', 'step class'])],
  ['walk', words(['(?<!\\b(?:when|if|as|whenever) i |time i |to )walk(?:s|ed|ing)?', 'hike(?:d|s)?', 'hiking', 'stroll(?:ed|ing)?', 'rambl(?:e|ed|ing)', 'bush ?walk(?:ed|ing)?', 'tramp(?:ed|ing)', 'trek(?:ked|king)?',
    'dog walk', 'walked the dog', 'took the dog out', 'the dog', 'dogs?', 'on my feet all day', 'steps'])],
  ['rest', words(['(?:two|three|four|a few|a couple of|couple of|couple|2|3|4) days off', 'in bed', 'bed ?ridden', '(?:zero|0) (?:running|runs|exercise|activity|km|miles)', 'no running', 'stayed in bed', 'laid up', 'off sick', 'nothing(?! (?:special|major|fancy|serious|wrong|new|exciting|unusual|crazy|mad|hard|too hard|to report))', 'nowt', 'nothin', 'nuthin', 'nada', 'rest(?! of)', 'rested', 'resting', 'rest day', 'day off', 'off day', 'took (?:the day|it|yesterday)(?: completely| totally| fully| right)? off', '(?:the day|yesterday|it|a day|the whole day)(?: completely| totally| fully)? off', 'took a break', 'a break',
    'sweet (?:fa|fanny adams)', 'fa', 'not much', 'nothing much', 'lazy',
    'couch', 'sofa', 'no (?:run|running|exercise|training|workout|activity|sport)', 'did not (?:run|do|train|go|exercise|get out|manage|bother|move)',
    'skipped', 'missed', 'zero', 'not a thing', 'nada', 'zilch', 'sat around', 'recovery day', 'total rest', 'complete rest', 'off', 'slacked off',
    'put my feet up', 'feet up', 'potter(?:ed|ing)?(?: about| around)?', 'gardening', 'housework', 'diy', 'errands', 'chores', 'just work',
    'worked all day', 'travel(?:l?ed|l?ing)?', 'a travel day', 'busy day at work', 'moved house', 'sat at a desk', 'chilled', 'had a break', 'took a rest', 'no activity', 'did sod all', 'sod all', 'bugger all', 'naff all'])],
];

/** A session planned or dropped is not a session done ("skipped my long run", "was meant to do intervals"). */
const DROPPED = /\b(?:skipped|skip|missed|cancell?ed|bailed on|instead of|rather than|planned|supposed to|meant to|was going to|wanted to|hoping to)(?:\s+\S+){0,3}\s*$/;

/** The most demanding first; within running, the most specific kind wins over a plain run. */
const ORDER: readonly SessionId[] = [
  'race-marathon', 'race-half-marathon', 'race-10k', 'race-5k', 'race', 'long-run', 'workout', 'recovery-run', 'easy-run',
  'cross-training', 'walk', 'rest',
];

const CROSS = (PATTERNS.find(([id]) => id === 'cross-training') as [SessionId, RegExp])[1];
const AMBIGUOUS_WORKOUT = /^(?:session|workout|a session|hard|speed|efforts|intervals?|reps|repeats|sprints?|sprinting|ladder|pyramid|hard (?:session|workout|effort|one|1|day))$/;
const RUN_WORD = /\b(?:run|ran|runs|running|jog\w*|track|tempo|fartlek|threshold|hills|treadmill)\b/;

/** Words that say a run only when nothing else was done: an effort or a distance describes a swim or a ride too. */
const NOT_A_RUN_ALONE = /^(?:easy|steady|km|miles|trail|trails|commute)$/;

/** Words that make a plain run only when they describe one: "my usual loop", but not "my legs feel normal". */
const PLAIN = /^(?:normal|usual|regular|standard|steady)$/;
const ABOUT_LEGS = /\b(?:legs?|feel|feels|feeling|felt|body|quads?|calf|calves|hamstrings?)\b/;

function done(f: Found): boolean {
  return !DROPPED.test(f.clause.slice(0, f.index));
}

function raceByDistance(km: number | undefined): SessionId {
  if (km === undefined) return 'race';
  if (km >= 4.5 && km <= 5.5) return 'race-5k';
  if (km >= 9.5 && km <= 10.5) return 'race-10k';
  if (km >= 20.5 && km <= 21.5) return 'race-half-marathon';
  if (km >= MARATHON_OR_MORE_KM) return 'race-marathon';
  return 'race';
}

export function understandSession(clauses: readonly string[], normalised: string, core: string): SessionHeard {
  const km = distanceKm(normalised);
  const minutes = durationMinutes(normalised);
  const heard = new Set<SessionId>();
  const easyRunWords: Found[] = [];
  const otherSession = new Set<string>();
  let denied = false;
  for (const [id, re] of PATTERNS) {
    for (const { found, negated } of allMatches(re, clauses)) {
      // "long" alone only as the whole answer or next to a run word ("a long day at work" is not a long run)
      if (id === 'long-run' && found.text === 'long' && core !== 'long' && !/\blong\b.{0,12}\b(?:run|jog|ran|one|1)\b/.test(found.clause)) continue;
      if (id === 'workout' && found.text === 'hard' && !/^(?:(?:it was|something|a|was|really|very) )*hard$/.test(core)) continue;
      if (id === 'rest' && found.text === 'off' && core !== 'off' && core !== 'i was off') continue;
      // "long run, 30 ks, getting ready for the marathon": the race named is ahead, not what was done.
      if (id.startsWith('race') && RACE_AHEAD.test(found.clause.slice(Math.max(0, found.index - 30), found.index))) continue;
      if (id === 'easy-run' && (found.text === 'km' || found.text === 'miles') && km === undefined) continue;
      // "nose running like a tap", "a running nose": a cold, not a run
      if (id === 'easy-run' && /^run/.test(found.text) && /\b(?:nose|eyes) $|^running (?:nose|eyes)\b/.test(`${found.clause.slice(Math.max(0, found.index - 6), found.index)}`) ) continue;
      if (id === 'easy-run' && /^running$/.test(found.text) && /^ (?:nose|eyes)\b/.test(found.clause.slice(found.end, found.end + 6))) continue;
      // "rode 50 miles": an ultra's distance said of a ride is the ride
      if (id === 'race-marathon' && /^\d+ (?:km|mile)$/.test(found.text) && says(CROSS, [found.clause])) continue;
      // "feeling a bit run down": how the runner is, not a run
      if (id === 'easy-run' && found.text === 'run' && /^ (?:down|ragged)\b/.test(found.clause.slice(found.end, found.end + 8))) continue;
      // "zero running" (the digit, as "zero" arrives): no run
      if (id === 'easy-run' && /(?:^|\s)0 $/.test(found.clause.slice(0, found.index))) continue;
      // "my legs feel normal" is the legs, not "my normal run"
      if (id === 'easy-run' && PLAIN.test(found.text) && ABOUT_LEGS.test(found.clause)) continue;
      // "a spin class with intervals", "a gym session", "my session, rode the bike": the session words belong to the
      // cross-training when no run is said
      if (id === 'workout' && AMBIGUOUS_WORKOUT.test(found.text) && says(CROSS, clauses) && !clauses.some((c) => RUN_WORD.test(c))) continue;
      // strides are a few short pick-ups on an easy run, not a session of their own
      if (id === 'workout' && found.text === 'strides' && /\b(?:easy|recovery|steady|jog)\b/.test(found.clause)) continue;
      if (negated || !done(found)) {
        if (id !== 'rest') denied = true;
        continue;
      }
      heard.add(id);
      if (id === 'easy-run') easyRunWords.push(found);
      // ("laps" may be laps of a lake on foot)
      if ((id === 'cross-training' && found.text !== 'laps') || id === 'walk') otherSession.add(found.clause);
    }
  }
  const out: SessionHeard = {};
  if (minutes !== undefined) out.minutes = minutes;

  // "swam for forty five minutes fairly easy", "cycled 30 k": how hard and how far describe the swim or the ride said
  // in the same breath ("an easy 10 k, then a swim" is still a run).
  // A bare effort said on its own ("swam for 45 minutes, fairly easy") describes the swim too.
  // So does a distance or "trail" said in a clause of its own with no run in it ("went hiking, about 8 miles of trail").
  const describesOther = (f: Found) =>
    otherSession.has(f.clause) ||
    (otherSession.size > 0 && (f.text === 'easy' ? distanceKm(f.clause) === undefined : !RUN_WORD.test(f.clause)));
  if (easyRunWords.length > 0 && easyRunWords.every((f) => NOT_A_RUN_ALONE.test(f.text) && describesOther(f))) heard.delete('easy-run');
  const running = ORDER.find((id) => heard.has(id) && id !== 'cross-training' && id !== 'walk' && id !== 'rest');
  let id: SessionId | undefined = running ?? ORDER.find((k) => heard.has(k));
  if (id === undefined && denied) id = 'rest';
  if (id === undefined && km !== undefined) id = 'easy-run'; // "10k", "5 miles": a distance on its own is a run

  if (id === 'race') id = raceByDistance(km);
  if (id === 'easy-run' || id === 'recovery-run') {
    if (km !== undefined && km >= MARATHON_OR_MORE_KM) id = 'race-marathon';
    else if (id === 'easy-run' && ((km !== undefined && km >= LONG_RUN_KM) || (minutes !== undefined && minutes >= LONG_RUN_MINUTES))) id = 'long-run';
  }
  if (id === 'long-run' && km !== undefined && km >= MARATHON_OR_MORE_KM && heard.has('race')) id = 'race-marathon';
  if (id !== undefined) out.id = id;
  const raceKm = RACE_KM[id ?? 'rest'];
  const told = km ?? raceKm;
  if (told !== undefined && id !== 'rest') out.distanceKm = told;
  return out;
}

/** The distance a named race implies, when the runner did not say one. */
const RACE_KM: Partial<Record<SessionId, number>> = {
  'race-5k': 5,
  'race-10k': 10,
  'race-half-marathon': 21.1,
  'race-marathon': 42.2,
};
