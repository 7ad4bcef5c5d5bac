/**
 * The week summary says only what was logged: totals "in all" when every run had them, otherwise how many runs
 * had a time or a distance; and one line on balance, the 80/20 way.
 */
import { describe, expect, it } from 'vitest';
import { summariseWeek, type WeekTotals } from '../../lambda/coach/index.js';
import { balanceSentence, runsSentence, weekSpeech } from '../../lambda/speech/week.js';
import { TODAY, run } from '../coach/build.js';

const KM = { one: 'kilometre', many: 'kilometres' };
const week = (totals: Partial<WeekTotals>): WeekTotals => ({
  runs: 0,
  km: 0,
  measuredRuns: 0,
  minutes: 0,
  timedRuns: 0,
  hardDays: 0,
  tiredDays: 0,
  easyShare: null,
  mostlyEasy: null,
  ...totals,
});

describe('what the week adds up to', () => {
  it.each([
    {
      name: 'every run timed and measured: both totals in all',
      totals: week({ runs: 3, km: 14 * 1.609344, measuredRuns: 3, minutes: 140, timedRuns: 3 }),
      unit: 'mile' as const,
      said: 'In the last seven days you ran 3 times, 14 miles and 2 hours 20 minutes in all.',
    },
    {
      name: "the issue's week: 4 runs, 13.2 miles, 2 of them timed",
      totals: week({ runs: 4, km: 13.2 * 1.609344, measuredRuns: 4, minutes: 40, timedRuns: 2 }),
      unit: 'mile' as const,
      said: 'In the last seven days you ran 4 times, 13.2 miles in all; 2 of them were timed, 40 minutes.',
    },
    {
      name: 'every run timed, some measured',
      totals: week({ runs: 3, km: 10, measuredRuns: 2, minutes: 90, timedRuns: 3 }),
      unit: 'km' as const,
      said: 'In the last seven days you ran 3 times, 1 hour 30 minutes in all; 2 of them were measured, 10 kilometres.',
    },
    {
      name: 'one measured, one timed, of three',
      totals: week({ runs: 3, km: 5, measuredRuns: 1, minutes: 30, timedRuns: 1 }),
      unit: 'km' as const,
      said: 'In the last seven days you ran 3 times; one of them was measured, 5 kilometres, and one of them was timed, 30 minutes.',
    },
    {
      name: 'runs logged by kind only: just how many',
      totals: week({ runs: 2 }),
      unit: 'km' as const,
      said: 'In the last seven days you ran twice.',
    },
  ])('$name', ({ totals, unit, said }) => {
    expect(runsSentence(totals, unit, KM)).toBe(said);
  });
});

describe('the balance line', () => {
  it.each([
    { name: 'no hard day', totals: week({ runs: 3, easyShare: 1, mostlyEasy: true }), said: 'None of it was hard: all easy running.' },
    {
      name: 'one hard day, mostly easy',
      totals: week({ runs: 4, hardDays: 1, easyShare: 0.85, mostlyEasy: true }),
      said: 'One day was hard, and most of your running was easy, about the four fifths coaches aim for.',
    },
    {
      name: 'two hard days, under four fifths easy, tired on two days',
      totals: week({ runs: 4, hardDays: 2, tiredDays: 2, easyShare: 0.6, mostlyEasy: false }),
      said: '2 days were hard, and less of your running was easy than the four fifths coaches aim for. Your legs felt tired on 2 days.',
    },
  ])('$name', ({ totals, said }) => {
    expect(balanceSentence(totals)).toBe(said);
  });
});

describe('weekSpeech from a real history', () => {
  it('four measured runs, two timed: no minutes change is claimed, the distance change is', () => {
    const history = {
      runs: [
        run(1, 'easy-run', { distanceKm: 5, minutes: 25 }),
        run(2, 'easy-run', { distanceKm: 5 }),
        run(4, 'workout', { distanceKm: 6, minutes: 20 }),
        run(5, 'easy-run', { distanceKm: 5 }),
        run(9, 'easy-run', { distanceKm: 10, minutes: 60 }),
      ],
      checkIns: [],
    };
    expect(weekSpeech(summariseWeek(history, TODAY), 'km', KM)).toBe(
      'In the last seven days you ran 4 times, 21 kilometres in all; 2 of them were timed, 45 minutes. ' +
        'One day was hard, and most of your running was easy, about the four fifths coaches aim for. ' +
        "That's 110 percent more distance than the week before. Keep the next few runs easy.",
    );
  });

  it('a steady week with too little easy running says so once', () => {
    const history = {
      runs: [
        run(1, 'workout', { minutes: 40 }),
        run(3, 'easy-run', { minutes: 40 }),
        run(5, 'race', { distanceKm: 10, minutes: 45 }),
        run(8, 'workout', { minutes: 40 }),
        run(10, 'easy-run', { minutes: 40 }),
        run(12, 'race', { distanceKm: 10, minutes: 45 }),
      ],
      checkIns: [],
    };
    expect(weekSpeech(summariseWeek(history, TODAY), 'km', KM)).toBe(
      'In the last seven days you ran 3 times, 2 hours 5 minutes in all; one of them was measured, 10 kilometres. ' +
        '2 days were hard, and less of your running was easy than the four fifths coaches aim for. ' +
        "That's about the same time as the week before. Keep the next few runs easy.",
    );
  });
});
