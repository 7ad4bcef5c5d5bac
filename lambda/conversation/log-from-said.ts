import type { Intent, Slot } from 'ask-sdk-model';
import { minutesAfterHours, understandLogWords } from '../understand/index.js';
import { intentWith } from './reply.js';
import { SLOT_TYPE_IDS } from './contract.js';
import { customSlot, durationSlot, resolvedSlot, slotOf, slotWords } from './slots.js';

/**
 * A log whose session came in words no sample spells out ({said}: "long run done mate, 28k in two and a half
 * hours"), or in slots it could not place: the layer's reading is written into the slots Alexa would have
 * filled, each only where Alexa filled nothing, so the log handlers read one shape of intent however it was said.
 */
export function logFromSaid(said: Intent): Intent {
  const log = minutesPastTheHour(halfAnHour(halfMarathonAsHalf(racedAsSaid(said))));
  // Words Alexa could not place in a custom slot ("a fartlek thing, like 35 minutes or so" as the kind, "miles
  // felt pretty tough" as the unit, "pretty hard about an hour" as the effort) carry the rest of the log too.
  const unplaced = (name: string, ids: readonly string[]) => (customSlot(log, name, ids).state === 'unmatched' ? slotWords(slotOf(log, name)) : undefined);
  const unitWords = unplaced('unit', SLOT_TYPE_IDS.DistanceUnitType);
  // The unit's words follow the number Alexa heard ("5" then "k really easy"): read together, they say 5 km.
  const distanceSaid = slotWords(slotOf(log, 'distance'));
  const free = [
    slotWords(slotOf(log, 'said')),
    unplaced('kind', SLOT_TYPE_IDS.SessionType),
    unitWords !== undefined && distanceSaid !== undefined && /^\d+(?:\.\d+)?$/.test(distanceSaid) ? `${distanceSaid} ${unitWords}` : unitWords,
    unplaced('effortWord', SLOT_TYPE_IDS.EffortType),
  ].filter((w): w is string => w !== undefined);
  if (free.length === 0) return effortInKind(log);
  const words = free.join(', ');
  const heard = understandLogWords(words);
  const empty = (name: string) => slotWords(slotOf(log, name)) === undefined;
  // A unit Alexa could not place is replaced by the one the words say; the kind and effort keep their own reading.
  const unitOpen = empty('unit') || unitWords !== undefined;
  const fill: Record<string, Slot> = {};
  if (heard.kind && empty('kind')) fill['kind'] = resolvedSlot('kind', heard.kind, words);
  // "add a workout: an hour on the Peloton": "a workout" said of any exercise; the words name the ride.
  else if (heard.kind === 'cross-training' && /^(?:a |my |the )?(?:workout|session)$/i.test(slotWords(slotOf(log, 'kind')) ?? '')) fill['kind'] = resolvedSlot('kind', heard.kind, words);
  // "easy {one} {done, six k in about 38 minutes}": the unit's words carry a distance of their own, with its unit, so
  // the number Alexa heard before them ("one" of "easy one") was not the distance.
  const unitOwn = unitWords === undefined ? undefined : understandLogWords(unitWords).distance;
  if (unitOwn && !empty('distance') && String(unitOwn.value) !== slotWords(slotOf(log, 'distance'))) {
    fill['distance'] = { name: 'distance', value: String(unitOwn.value), confirmationStatus: 'NONE' };
    fill['unit'] = resolvedSlot('unit', unitOwn.unit, unitWords);
  } else if (heard.distance && empty('distance')) {
    fill['distance'] = { name: 'distance', value: String(heard.distance.value), confirmationStatus: 'NONE' };
    if (unitOpen) fill['unit'] = resolvedSlot('unit', heard.distance.unit, unitWords ?? heard.distance.unit);
  } else if (heard.distance && unitOpen && String(heard.distance.value) === slotWords(slotOf(log, 'distance'))) {
    // "seven miles, felt pretty tough": Alexa heard the seven, the words say miles.
    // The unit keeps the words it came with ("k but my shin's really painful now"): the safety check reads them.
    fill['unit'] = resolvedSlot('unit', heard.distance.unit, unitWords ?? heard.distance.unit);
  }
  // A duration Alexa could not read arrives as "?": the minutes the words say replace it.
  if (heard.minutes !== undefined && (empty('duration') || durationSlot(log, 'duration').state === 'unmatched')) fill['duration'] = { name: 'duration', value: `PT${heard.minutes}M`, confirmationStatus: 'NONE' };
  if (heard.effort && empty('effortWord') && empty('effortScore')) fill['effortWord'] = resolvedSlot('effortWord', heard.effort, heard.effort);
  return effortInKind(Object.keys(fill).length > 0 ? { ...intentWith('LogRun', log, fill), confirmationStatus: log.confirmationStatus } : log);
}

/**
 * "{hard one today}, 8 miles in 70 minutes": the kind's own words say how hard it was. Only a hard effort or more: an
 * "easy run" names the kind, and is read back as one without "felt easy" said twice.
 */
function effortInKind(log: Intent): Intent {
  const kindWords = slotWords(slotOf(log, 'kind'));
  // An effort slot holding words that say no effort ("and now my hip's gone") is open; its words stay with it.
  const effortWords = slotWords(slotOf(log, 'effortWord'));
  const effortOpen = effortWords === undefined || (customSlot(log, 'effortWord', SLOT_TYPE_IDS.EffortType).state === 'unmatched' && understandLogWords(effortWords).effort === undefined);
  if (kindWords === undefined || !effortOpen || slotWords(slotOf(log, 'effortScore')) !== undefined) return log;
  const effort = understandLogWords(kindWords).effort;
  if (effort !== 'hard' && effort !== 'very-hard' && effort !== 'max') return log;
  return { ...intentWith('LogRun', log, { effortWord: resolvedSlot('effortWord', effort, effortWords ?? effort) }), confirmationStatus: log.confirmationStatus };
}

/** "just raced {the half marathon, 1 hour 52}": the words go to {said} with the word that says it was a race. */
function racedAsSaid(log: Intent): Intent {
  const raced = slotWords(slotOf(log, 'raced'));
  if (raced === undefined) return log;
  return saidFirst(log, `raced ${raced}`, ['raced']);
}

/**
 * "I just ran a half marathon race": AMAZON.NUMBER may take "half" for 0.5, leaving "marathon race" to the unit.
 * A distance of a half with a marathon after it is the race, not half a mile: the number goes, the words stay.
 */
function halfMarathonAsHalf(log: Intent): Intent {
  const unitWords = customSlot(log, 'unit', SLOT_TYPE_IDS.DistanceUnitType).state === 'unmatched' ? slotWords(slotOf(log, 'unit')) : undefined;
  // ...and "half" before "an hour" is half an hour ("add a recovery run, {half} {an hour felt super} chill").
  if (slotWords(slotOf(log, 'distance')) !== '0.5' || unitWords === undefined || !/^(?:marathon|mara|an? hour|hour)\b/i.test(unitWords)) return log;
  return saidFirst(log, `half ${unitWords}`, ['distance', 'unit']);
}

/**
 * "10 miles, an hour twenty five, felt moderate": AMAZON.DURATION may take "an hour" alone and leave "twenty five felt
 * moderate" to the effort. Minutes that begin the effort's unplaced words after a whole number of hours are the
 * duration's; the effort keeps the words after them.
 */
function minutesPastTheHour(log: Intent): Intent {
  const hours = /^PT(\d+)H$/.exec(slotWords(slotOf(log, 'duration')) ?? '');
  if (!hours) return log;
  const effortWords = customSlot(log, 'effortWord', SLOT_TYPE_IDS.EffortType).state === 'unmatched' ? slotWords(slotOf(log, 'effortWord')) : undefined;
  const saidWords = slotWords(slotOf(log, 'said'));
  // The effort's words follow the duration in the samples, and so may {said}'s ("12k in an hour and {ten, pretty easy}":
  // the sample's "and" took the joint); minutesAfterHours takes only a bare number under 60 or "and a half" first.
  const name = effortWords !== undefined ? 'effortWord' : saidWords !== undefined ? 'said' : undefined;
  const unplaced = name === undefined ? undefined : slotOf(log, name);
  const past = unplaced ? minutesAfterHours(slotWords(unplaced) ?? '') : undefined;
  if (!name || !unplaced || !past) return log;
  const duration: Slot = { name: 'duration', value: `PT${hours[1]}H${past.minutes}M`, confirmationStatus: 'NONE' };
  const rest: Slot | undefined = past.rest ? { ...unplaced, value: past.rest } : undefined;
  return { ...intentWith('LogRun', log, { duration, [name]: rest }), confirmationStatus: log.confirmationStatus };
}

/**
 * "just did {half} {an hour} on the elliptical": "half" is a name of the half marathon, so the kind may take it and
 * leave "an hour" to the duration. A kind of just "half" before exactly one hour is half an hour.
 */
function halfAnHour(log: Intent): Intent {
  if (slotWords(slotOf(log, 'kind'))?.toLowerCase() !== 'half' || slotWords(slotOf(log, 'duration')) !== 'PT1H') return log;
  const duration: Slot = { name: 'duration', value: 'PT30M', confirmationStatus: 'NONE' };
  return { ...intentWith('LogRun', log, { kind: undefined, duration }), confirmationStatus: log.confirmationStatus };
}

/** The log with `words` put before its {said} words, and the slots they came from emptied. */
function saidFirst(log: Intent, words: string, from: readonly string[]): Intent {
  const said = [words, slotWords(slotOf(log, 'said'))].filter((w): w is string => w !== undefined).join(', ');
  const cleared = Object.fromEntries(from.map((name) => [name, undefined]));
  return { ...intentWith('LogRun', log, { ...cleared, said: { name: 'said', value: said, confirmationStatus: 'NONE' } }), confirmationStatus: log.confirmationStatus };
}
