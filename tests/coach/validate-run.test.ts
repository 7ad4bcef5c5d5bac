import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUN_PROBLEMS, validateRun, type RunProblem, type RunToValidate, type ValidRun } from '../../lambda/coach/validate-run.js';

interface Rejected {
  name: string;
  input: RunToValidate;
  problem: RunProblem;
}

const REJECTED: Rejected[] = [
  { name: 'nothing at all', input: {}, problem: 'nothing-to-log' },
  { name: 'an effort alone is not a session', input: { effort: 5 }, problem: 'nothing-to-log' },
  { name: 'a unit alone', input: { unit: 'mile' }, problem: 'nothing-to-log' },
  { name: 'negative distance', input: { distance: -5 }, problem: 'distance-not-positive' },
  { name: 'zero distance', input: { kind: 'easy-run', distance: 0 }, problem: 'distance-not-positive' },
  { name: '300 km', input: { distance: 300 }, problem: 'distance-too-long' },
  { name: '160 miles (257 km)', input: { distance: 160, unit: 'mile' }, problem: 'distance-too-long' },
  { name: 'zero minutes', input: { minutes: 0 }, problem: 'minutes-not-positive' },
  { name: 'negative minutes', input: { distance: 5, minutes: -30 }, problem: 'minutes-not-positive' },
  { name: 'more than a day', input: { minutes: 24 * 60 + 1 }, problem: 'minutes-too-long' },
  { name: 'a 5 km in 8 minutes', input: { distance: 5, minutes: 8 }, problem: 'pace-too-fast' },
  { name: '10 miles in 30 minutes', input: { distance: 10, unit: 'mile', minutes: 30 }, problem: 'pace-too-fast' },
  { name: 'a marathon in an hour', input: { kind: 'race', distance: 42.2, minutes: 60 }, problem: 'pace-too-fast' },
  { name: 'a 3 km walk in 5 minutes', input: { kind: 'walk', distance: 3, minutes: 5 }, problem: 'pace-too-fast' },
  // World records by distance band: a pace check over 1 km alone would let these through.
  { name: '100 miles in 10 hours (the 100-mile record is 10:51:39)', input: { kind: 'race', distance: 100, unit: 'mile', minutes: 600 }, problem: 'pace-too-fast' },
  { name: '100 km in 6 hours (record 6:05:35)', input: { kind: 'race', distance: 100, minutes: 360 }, problem: 'pace-too-fast' },
  { name: 'a marathon in exactly 2 hours (record 2:00:35)', input: { kind: 'race', distance: 42.195, minutes: 120 }, problem: 'pace-too-fast' },
  { name: '60 km in 2 hours 50 (faster than marathon-record pace)', input: { distance: 60, minutes: 170 }, problem: 'pace-too-fast' },
  { name: 'a half marathon in 56 minutes (record 56:42)', input: { kind: 'race', distance: 21.0975, minutes: 56 }, problem: 'pace-too-fast' },
  { name: '10 km in 26 minutes (record 26:11)', input: { kind: 'race', distance: 10, minutes: 26 }, problem: 'pace-too-fast' },
  { name: '5 km in 12 minutes (record 12:35)', input: { distance: 5, minutes: 12 }, problem: 'pace-too-fast' },
  { name: '3 km in 7 minutes (record 7:20.67)', input: { distance: 3, minutes: 7 }, problem: 'pace-too-fast' },
  { name: '1 km in 2 minutes (record 2:11.96)', input: { distance: 1, minutes: 2 }, problem: 'pace-too-fast' },
  // A DURATION of P1D ("a day") is asked about, not read back as a 24-hour session.
  { name: 'a 24-hour walk (P1D)', input: { kind: 'walk', minutes: 24 * 60 }, problem: 'minutes-whole-day' },
  { name: 'a day with no kind (P1D)', input: { minutes: 24 * 60 }, problem: 'minutes-whole-day' },
  { name: 'a 24-hour walk of 100 km', input: { kind: 'walk', distance: 100, minutes: 24 * 60 }, problem: 'minutes-whole-day' },
  { name: '24 hours of cross-training', input: { kind: 'cross-training', minutes: 24 * 60 }, problem: 'minutes-whole-day' },
  { name: 'effort 11', input: { kind: 'workout', effort: 11 }, problem: 'effort-out-of-range' },
  { name: 'effort 0', input: { minutes: 30, effort: 0 }, problem: 'effort-out-of-range' },
  { name: 'effort -3', input: { minutes: 30, effort: -3 }, problem: 'effort-out-of-range' },
  { name: 'NaN distance', input: { distance: Number.NaN }, problem: 'not-a-number' },
  { name: 'NaN minutes', input: { kind: 'easy-run', minutes: Number.NaN }, problem: 'not-a-number' },
  { name: 'infinite distance', input: { distance: Infinity }, problem: 'not-a-number' },
  { name: 'NaN effort', input: { minutes: 30, effort: Number.NaN }, problem: 'not-a-number' },
];

interface Accepted {
  name: string;
  input: RunToValidate;
  run: ValidRun;
}

const ACCEPTED: Accepted[] = [
  { name: 'a 5 km easy run in 30 minutes', input: { kind: 'easy-run', distance: 5, minutes: 30, effort: 3 }, run: { kind: 'easy-run', distanceKm: 5, minutes: 30, effort: 3 } },
  { name: 'km is the default unit', input: { kind: 'long-run', distance: 18 }, run: { kind: 'long-run', distanceKm: 18 } },
  { name: 'a distance without a kind is an easy run', input: { distance: 8 }, run: { kind: 'easy-run', distanceKm: 8 } },
  { name: 'a time without a kind is an easy run', input: { minutes: 45 }, run: { kind: 'easy-run', minutes: 45 } },
  { name: 'a kind alone can be logged', input: { kind: 'workout' }, run: { kind: 'workout' } },
  { name: 'effort at the edges (1 and 10)', input: { kind: 'race', effort: 10 }, run: { kind: 'race', effort: 10 } },
  { name: 'effort 1', input: { kind: 'walk', minutes: 30, effort: 1 }, run: { kind: 'walk', minutes: 30, effort: 1 } },
  { name: 'a 250 km ultra in 24 hours', input: { kind: 'race', distance: 250, minutes: 1440 }, run: { kind: 'race', distanceKm: 250, minutes: 1440 } },
  { name: 'a world-class 10 km (27 minutes)', input: { kind: 'race', distance: 10, minutes: 27 }, run: { kind: 'race', distanceKm: 10, minutes: 27 } },
  { name: 'a 400 m sprint in 1 minute (too short to judge pace)', input: { kind: 'workout', distance: 0.4, minutes: 1 }, run: { kind: 'workout', distanceKm: 0.4, minutes: 1 } },
  { name: '100 miles in 11 hours: slower than the record', input: { kind: 'race', distance: 100, unit: 'mile', minutes: 660 }, run: { kind: 'race', distanceKm: 160.9344, minutes: 660 } },
  { name: '100 km in 6 hours 10', input: { kind: 'race', distance: 100, minutes: 370 }, run: { kind: 'race', distanceKm: 100, minutes: 370 } },
  { name: 'a marathon in 2 hours 1 minute', input: { kind: 'race', distance: 42.195, minutes: 121 }, run: { kind: 'race', distanceKm: 42.195, minutes: 121 } },
  { name: '60 km in 3 hours', input: { distance: 60, minutes: 180 }, run: { kind: 'easy-run', distanceKm: 60, minutes: 180 } },
  { name: 'a half marathon in 57 minutes', input: { kind: 'race', distance: 21.0975, minutes: 57 }, run: { kind: 'race', distanceKm: 21.0975, minutes: 57 } },
  { name: '5 km in 13 minutes', input: { distance: 5, minutes: 13 }, run: { kind: 'easy-run', distanceKm: 5, minutes: 13 } },
  { name: 'a 24-hour race without a distance: real, so logged', input: { kind: 'race', minutes: 24 * 60 }, run: { kind: 'race', minutes: 1440 } },
  { name: 'a 23-hour 59-minute walk is not a whole day', input: { kind: 'walk', minutes: 24 * 60 - 1 }, run: { kind: 'walk', minutes: 1439 } },
  { name: 'a 60 km bike ride in 90 minutes (no pace check)', input: { kind: 'cross-training', distance: 60, minutes: 90 }, run: { kind: 'cross-training', distanceKm: 60, minutes: 90 } },
];

describe('validateRun rejects what cannot be a session', () => {
  it.each(REJECTED)('$name -> $problem', ({ input, problem }) => {
    expect(validateRun(input)).toEqual({ ok: false, problem });
  });

  it('every problem code has a row', () => {
    for (const problem of RUN_PROBLEMS) expect(REJECTED.map((r) => r.problem)).toContain(problem);
  });
});

describe('validateRun accepts real sessions', () => {
  it.each(ACCEPTED)('$name', ({ input, run }) => {
    expect(validateRun(input)).toEqual({ ok: true, run });
  });

  it('converts miles to km with the exact factor', () => {
    const result = validateRun({ kind: 'easy-run', distance: 3.1, unit: 'mile', minutes: 30 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.run.distanceKm).toBeCloseTo(4.9889664, 9);
    const marathon = validateRun({ kind: 'race', distance: 26.2, unit: 'mile', minutes: 240 });
    expect(marathon).toEqual({ ok: true, run: { kind: 'race', distanceKm: 26.2 * 1.609344, minutes: 240 } });
  });

  it('accepts any plausible run: 1-40 km at 3-15 min/km, effort 1-10', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 3, max: 15, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (km, pace, effort) => {
          const result = validateRun({ kind: 'easy-run', distance: km, minutes: km * pace, effort });
          expect(result).toEqual({ ok: true, run: { kind: 'easy-run', distanceKm: km, minutes: km * pace, effort } });
        },
      ),
    );
  });
});
