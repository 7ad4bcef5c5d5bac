import { describe, expect, it } from 'vitest';
import { hearSafety, normalise, readAnswer, understandAnswer, withoutHedges } from '../../lambda/understand/index.js';
import { KNOWN_MISSES, PHRASINGS } from './corpus.js';

const NONE = { pain: false, illBelowNeck: false, illAboveNeck: false };
const KM_PER_MILE = 1.609344;

describe('the facts an opening carries, read from its words', () => {
  // Rows known to be missed (known-misses.ts, with why) are judged by openings.test.ts, which expects the miss.
  const known = new Set(KNOWN_MISSES.map((k) => k.text));
  const openings = PHRASINGS.filter((p) => p.context === 'opening' && !known.has(p.text));
  it.each(openings.filter((p) => p.expect.kind || p.expect.distance !== undefined || p.expect.minutes !== undefined).map((p) => [p.text, p] as const))(
    'session: "%s"',
    (text, p) => {
      const heard = understandAnswer('kind', text);
      if (p.expect.kind) expect(heard.id).toBe(p.expect.kind);
      // A number said with no unit ("ran 6 this morning") is not a distance the layer can put in km: the log asks for
      // the unit. The whole path (openings.test.ts) still checks the number Alexa heard.
      if (p.expect.distance !== undefined && p.expect.unit !== undefined) {
        expect(heard.distanceKm).toBeCloseTo(p.expect.unit === 'mile' ? p.expect.distance * KM_PER_MILE : p.expect.distance, 1);
      }
      if (p.expect.minutes !== undefined) expect(heard.minutes).toBe(p.expect.minutes);
    },
  );
  it.each(openings.filter((p) => p.expect.effort).map((p) => [p.text, p.expect.effort] as const))('effort: "%s" is %s', (text, effort) => {
    expect(understandAnswer('effortWord', text).id).toBe(effort);
  });
  it.each(openings.filter((p) => p.expect.topic).map((p) => [p.text, p.expect.topic] as const))('topic: "%s" is %s', (text, topic) => {
    expect(understandAnswer('topic', text).id).toBe(topic);
  });
});

describe('slots outside the readiness questions', () => {
  it.each([
    ['seven out of ten', 'hard'],
    ['about a three', 'easy'],
    ['a 9', 'very-hard'],
    ['ten out of ten', 'max'],
    ['all out', 'max'],
    ['comfortably hard', 'moderate'],
    ['not too hard', 'moderate'],
    ['nice and chatty', 'easy'],
    ['brutal', 'very-hard'],
    ['tough', 'hard'],
  ] as const)('effort "%s" is %s', (words, id) => expect(understandAnswer('effortWord', words).id).toBe(id));

  it.each([
    ['the talk test', 'talk-test'],
    ['walking or resting', 'walk-or-rest'],
    ['what to wear', 'wear'],
    ['is a recovery run just an easy run', 'difference'],
    ['how hard should it be', 'feel'],
    ['what a recovery run is', 'recovery-run'],
  ] as const)('topic "%s" is %s', (words, id) => expect(understandAnswer('topic', words).id).toBe(id));

  it.each([
    ['a swim instead', 'cross-train'],
    ['could I just walk', 'walk'],
    ['take the day off', 'rest'],
    ['a recovery run', 'recovery-run'],
    ['an easy jog', 'easy-run'],
  ] as const)('activity "%s" is %s', (words, id) => expect(understandAnswer('activity', words).id).toBe(id));

  it.each([
    ['a 5k race', 'race-5k', 5, undefined],
    ['ran twenty six point two miles', 'race-marathon', 42.2, undefined],
    ['a 15k race', 'race', 15, undefined],
    ['a 20 mile long run', 'long-run', 32.2, undefined],
    ['half an hour on the bike', 'cross-training', undefined, 30],
    ['an hour and a half easy', 'long-run', undefined, 90],
    ['one hundred and five kilometres', 'race-marathon', 105, undefined],
    ['a half marathon', 'race-half-marathon', 21.1, undefined],
    ['two hours', undefined, undefined, 120],
  ] as const)('session "%s" is %s (%s km, %s min)', (words, id, km, minutes) => {
    const heard = understandAnswer('kind', words);
    expect(heard.id).toBe(id);
    expect(heard.distanceKm).toBe(km);
    expect(heard.minutes).toBe(minutes);
  });
});

describe('readAnswer: what a handler uses', () => {
  it('keeps the entity-resolution id, reading safety from the words', () => {
    expect(readAnswer('legs', 'heavy', 'heavy')).toEqual({ id: 'heavy', safety: NONE });
    expect(readAnswer('sleep', undefined, 'bad')).toEqual({ id: 'bad', safety: NONE });
  });
  it('lets pain or illness in the words override a milder matched id', () => {
    expect(readAnswer('legs', 'fine but my knee hurts', 'okay')).toEqual({ id: 'painful', safety: { ...NONE, pain: true } });
    expect(readAnswer('feeling', 'fine apart from a chesty cough', 'fine')).toEqual({ id: 'ill-below-neck', safety: { ...NONE, illBelowNeck: true } });
    expect(readAnswer('feeling', 'good, bit of a runny nose', 'fine')).toEqual({ id: 'ill-above-neck', safety: { ...NONE, illAboveNeck: true } });
  });
  it('reads the words when nothing matched, and says so when they are unclear', () => {
    expect(readAnswer('legs', 'pretty heavy to be honest')).toEqual({ id: 'heavy', safety: NONE });
    expect(readAnswer('legs', 'purple')).toEqual({ safety: NONE });
    expect(readAnswer('yesterday', 'hmm let me think')).toEqual({ safety: NONE });
  });
});

describe('normalising the words', () => {
  it.each([
    ["I can't put weight on it", 'i can not put weight on it'],
    ["I've got DOMS", 'i have got doms'],
    ['heavy-ish', 'heavy'],
    ['10k in 55 mins', '10 km in 55 min'],
    ['twenty-six point two miles', '26.2 mile'],
    ['an hour and a half', '1.5 hour'],
    ['half an hour', '30 min'],
    ['one hundred and five kilometres', '105 km'],
  ])('"%s" -> "%s"', (said, normalised) => expect(normalise(said)).toBe(normalised));
  it('drops hedges and fillers', () => {
    expect(withoutHedges(normalise('pretty heavy to be honest'))).toBe('heavy');
    expect(withoutHedges(normalise('um, I think a bit tired today'))).toBe('tired');
  });
});

describe('negation', () => {
  it.each([
    'no pain',
    'pain free now',
    "my knee doesn't hurt any more",
    'not sore at all',
    'no cough or fever',
    'the cold has gone',
    "I haven't got a temperature",
    'nothing hurts',
    'no injuries, no niggles',
  ])('"%s" is not a safety word', (words) => expect(hearSafety(words)).toEqual(NONE));
  it.each([
    ['my legs are fine but my knee hurts', 'pain'],
    ["I can't run without pain", 'pain'],
    ['no pain in my legs but my achilles is sore', 'pain'],
    ['not sore, just a bit of a cough', 'illBelowNeck'],
    ['no fever, just a runny nose', 'illAboveNeck'],
  ] as const)('"%s" is %s', (words, flag) => expect(hearSafety(words)).toEqual({ ...NONE, [flag]: true }));
});
