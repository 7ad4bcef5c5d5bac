import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBefore, daysBetween, isDate } from '../../lambda/coach/dates.js';
import { sessionLoad, runLoad, isHardSession, volumeMinutes } from '../../lambda/coach/load.js';
import {
  KM_PER_MILE,
  fromKm,
  kmToMiles,
  milesToKm,
  roundForSpeech,
  roundTo,
  speakableDistance,
  toKm,
} from '../../lambda/coach/units.js';

describe('units', () => {
  it('uses the exact international mile', () => {
    expect(KM_PER_MILE).toBe(1.609344);
    expect(milesToKm(1)).toBe(1.609344);
    expect(kmToMiles(1.609344)).toBe(1);
    expect(toKm(10, 'mile')).toBeCloseTo(16.09344, 10);
    expect(toKm(10, 'km')).toBe(10);
    expect(fromKm(42.195, 'mile')).toBeCloseTo(26.2188, 4);
    expect(fromKm(42.195, 'km')).toBe(42.195);
  });

  it('round-trips km -> miles -> km and miles -> km -> miles', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constantFrom('km', 'mile') as fc.Arbitrary<'km' | 'mile'>, (d, unit) => {
        expect(toKm(fromKm(d, unit), unit)).toBeCloseTo(d, 9);
        expect(fromKm(toKm(d, unit), unit)).toBeCloseTo(d, 9);
      }),
    );
  });

  it.each([
    [5.04, 5],
    [5.05, 5.1],
    [4.35, 4.4],
    [1.005, 1],
    [2.25, 2.3],
    [-1.25, -1.3],
    [0.04, 0],
    [10, 10],
  ])('rounds %d to %d for speech (one decimal, half away from zero)', (value, spoken) => {
    expect(roundForSpeech(value)).toBe(spoken);
  });

  it('rounds to other precisions and leaves non-finite values alone', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(1234.5678, 2)).toBe(1234.57);
    expect(roundTo(Number.NaN, 1)).toBeNaN();
    expect(roundTo(Infinity, 1)).toBe(Infinity);
  });

  it('speaks a parkrun in miles as 3.1 and a marathon as 26.2', () => {
    expect(speakableDistance(5, 'mile')).toBe(3.1);
    expect(speakableDistance(42.195, 'mile')).toBe(26.2);
    expect(speakableDistance(21.0975, 'km')).toBe(21.1);
  });
});

describe('dates', () => {
  it('counts days across months, years and leap days', () => {
    expect(daysBetween('2026-11-24', '2026-11-25')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBefore('2026-11-24', '2026-11-17')).toBe(7);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('0050-06-15', 1)).toBe('0050-06-16');
  });

  it('is not moved by daylight saving (a date is a date)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('rejects what is not a calendar date without throwing in the comparisons', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '26-01-01', 'yesterday', '', '2026-11-24T00:00:00Z']) {
      expect(isDate(bad), bad).toBe(false);
      expect(daysBetween(bad, '2026-11-24')).toBeNaN();
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    }
    expect(isDate('2024-02-29')).toBe(true);
    expect(() => addDays('2026-11-24', 0.5)).toThrow(RangeError);
  });

  it('addDays and daysBetween agree for any date and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: -5000, max: 5000 }), (start, offset) => {
        const date = addDays('1900-01-01', start);
        expect(isDate(date)).toBe(true);
        expect(daysBetween(date, addDays(date, offset))).toBe(offset);
      }),
    );
  });
});

describe('session load and hard sessions', () => {
  it('session load is effort x minutes (Foster)', () => {
    expect(sessionLoad(7, 60)).toBe(420);
    expect(runLoad({ effort: 5, minutes: 40 })).toBe(200);
    expect(runLoad({ effort: 5, distanceKm: 10 })).toBe(300); // 10 km at the assumed 6 min/km
    expect(runLoad({ minutes: 40 })).toBeNull();
    expect(runLoad({ effort: 5 })).toBeNull();
  });

  it('a session is hard by kind, by effort >= 7, or by a load of an hour at 7', () => {
    expect(isHardSession({ kind: 'long-run' })).toBe(true);
    expect(isHardSession({ kind: 'workout' })).toBe(true);
    expect(isHardSession({ kind: 'race' })).toBe(true);
    expect(isHardSession({ kind: 'easy-run', minutes: 20, effort: 7 })).toBe(true);
    expect(isHardSession({ kind: 'easy-run', minutes: 20, effort: 6 })).toBe(false);
    expect(isHardSession({ kind: 'easy-run', minutes: 84, effort: 5 })).toBe(true);
    expect(isHardSession({ kind: 'easy-run', minutes: 83, effort: 5 })).toBe(false);
    expect(isHardSession({ kind: 'recovery-run', minutes: 300 })).toBe(false);
  });

  it('volume is minutes when known, else distance at 6 min/km, else 30 minutes', () => {
    expect(volumeMinutes({ minutes: 42, distanceKm: 10 })).toBe(42);
    expect(volumeMinutes({ distanceKm: 10 })).toBe(60);
    expect(volumeMinutes({})).toBe(30);
    expect(volumeMinutes({ minutes: Number.NaN, distanceKm: -3 })).toBe(30);
  });
});
