/**
 * The readiness record stored for today (check-in and "should I run?" alike): readiness answers and the advice
 * given, never pain or illness; answers given now win, today's earlier answers not asked again are kept.
 */
import { describe, expect, it } from 'vitest';
import type { Advice } from '../../lambda/coach/advice.js';
import { decide } from '../../lambda/coach/decide.js';
import { readinessRecord } from '../../lambda/coach/readiness.js';
import type { CheckInRecord } from '../../lambda/coach/types.js';
import { TODAY, ago } from './build.js';

const noHistory = { runs: [], checkIns: [] };
const advice = (activity: Advice['activity'], reasons: Advice['reasons']): Advice => ({
  activity,
  reasons,
  minutes: { min: 20, max: 30 },
  effortCues: [],
  alternatives: [],
  seeProfessional: false,
});

describe('readinessRecord', () => {
  it('a full check-in: legs, sleep, run down, yesterday and the advice given', () => {
    const record = readinessRecord(
      TODAY,
      { legs: 'heavy', yesterday: 'long-run', wellbeing: { sleptBadly: true, runDown: false, illAboveNeck: false, illBelowNeck: false } },
      advice('recovery-run', ['after-long-run']),
    );
    expect(record).toEqual({ date: TODAY, legs: 'heavy', sleptBadly: true, runDown: false, yesterday: 'long-run', advised: 'recovery-run' });
  });

  it('pain and a fever: no legs, no symptom, only that rest was advised for health', () => {
    const checkIn = { legs: 'painful' as const, yesterday: 'easy-run' as const, wellbeing: { illBelowNeck: true, sleptBadly: false } };
    const given = decide({ today: TODAY, checkIn, history: noHistory });
    const record = readinessRecord(TODAY, checkIn, given);
    expect(record).toEqual({ date: TODAY, sleptBadly: false, yesterday: 'easy-run', advised: 'rest', advisedFor: 'health' });
    expect(JSON.stringify(record)).not.toMatch(/painful|ill|fever|pain/i);
  });

  it('a head cold with fresh legs: legs kept, a walk advised for health', () => {
    const checkIn = { legs: 'fresh' as const, yesterday: 'rest' as const, wellbeing: { illAboveNeck: true } };
    const record = readinessRecord(TODAY, checkIn, decide({ today: TODAY, checkIn, history: noHistory }));
    expect(record).toEqual({ date: TODAY, legs: 'fresh', yesterday: 'rest', advised: 'walk', advisedFor: 'health' });
  });

  it('"should I run?" with legs only, after this morning\'s check-in: sleep and yesterday are kept, legs and advice replaced', () => {
    const morning: CheckInRecord = { date: TODAY, legs: 'okay', sleptBadly: true, runDown: false, yesterday: 'workout', advised: 'recovery-run' };
    const record = readinessRecord(TODAY, { legs: 'heavy' }, advice('recovery-run', ['after-workout']), morning);
    expect(record).toEqual({ date: TODAY, legs: 'heavy', sleptBadly: true, runDown: false, yesterday: 'workout', advised: 'recovery-run' });
  });

  it('a later check-in the same day replaces every answer it gives', () => {
    const earlier: CheckInRecord = { date: TODAY, legs: 'heavy', yesterday: 'race', yesterdayDistanceKm: 42.2, advised: 'walk' };
    const record = readinessRecord(
      TODAY,
      { legs: 'fresh', yesterday: 'rest', wellbeing: { sleptBadly: false, runDown: false } },
      advice('easy-run', ['fresh-legs']),
      earlier,
    );
    expect(record).toEqual({ date: TODAY, legs: 'fresh', sleptBadly: false, runDown: false, yesterday: 'rest', advised: 'easy-run' });
  });

  it('a race answered with its distance keeps the distance, so the days after know it was a marathon', () => {
    expect(readinessRecord(TODAY, { legs: 'sore', yesterday: 'race', yesterdayDistanceKm: 42.2 })).toEqual({
      date: TODAY,
      legs: 'sore',
      yesterday: 'race',
      yesterdayDistanceKm: 42.2,
    });
  });

  it("'unknown' is not an answer: nothing stored for yesterday, an earlier answer kept", () => {
    expect(readinessRecord(TODAY, { legs: 'okay', yesterday: 'unknown' })).toEqual({ date: TODAY, legs: 'okay' });
    expect(readinessRecord(TODAY, { legs: 'okay', yesterday: 'unknown' }, undefined, { date: TODAY, yesterday: 'walk' })).toEqual({
      date: TODAY,
      legs: 'okay',
      yesterday: 'walk',
    });
  });

  it('painful legs now drop an earlier legs answer rather than keep it', () => {
    const record = readinessRecord(TODAY, { legs: 'painful' }, advice('rest', ['pain-changes-movement']), { date: TODAY, legs: 'fresh' });
    expect(record).toEqual({ date: TODAY, advised: 'rest', advisedFor: 'health' });
  });

  it("yesterday's record is not today's: nothing is carried over from another date", () => {
    const record = readinessRecord(TODAY, { legs: 'okay' }, undefined, { date: ago(1), legs: 'heavy', sleptBadly: true, advised: 'rest', advisedFor: 'health' });
    expect(record).toEqual({ date: TODAY, legs: 'okay' });
  });
});
