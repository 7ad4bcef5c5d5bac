import { describe, expect, it } from 'vitest';
import { summariseWeek, type WeekTotals } from '../../lambda/coach/week.js';
import type { History } from '../../lambda/coach/types.js';
import { TODAY, checkInOn, run } from './build.js';

const empty: WeekTotals = { runs: 0, km: 0, measuredRuns: 0, minutes: 0, timedRuns: 0, hardDays: 0, tiredDays: 0, easyShare: null, mostlyEasy: null };

interface Row {
  name: string;
  history: History;
  thisWeek: Partial<WeekTotals>;
  lastWeek: Partial<WeekTotals>;
  minutesChangePercent: number | null;
  distanceChangePercent: number | null;
}

const ROWS: Row[] = [
  {
    name: 'no history: zeros, and no change to speak of',
    history: { runs: [], checkIns: [] },
    thisWeek: {},
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'this week only: totals, no change (last week empty)',
    history: { runs: [run(0, 'easy-run', { distanceKm: 5, minutes: 30 }), run(6, 'long-run', { distanceKm: 16, minutes: 100 })], checkIns: [] },
    thisWeek: { runs: 2, km: 21, measuredRuns: 2, minutes: 130, timedRuns: 2, hardDays: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'week boundaries: 6 days ago is this week, 7 is last week, 14 is neither',
    history: {
      runs: [run(6, 'easy-run', { distanceKm: 6, minutes: 36 }), run(7, 'easy-run', { distanceKm: 4, minutes: 24 }), run(13, 'easy-run', { distanceKm: 4, minutes: 24 }), run(14, 'race', { distanceKm: 42, minutes: 240 })],
      checkIns: [],
    },
    thisWeek: { runs: 1, km: 6, measuredRuns: 1, minutes: 36, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: { runs: 2, km: 8, measuredRuns: 2, minutes: 48, timedRuns: 2, easyShare: 1, mostlyEasy: true },
    minutesChangePercent: -25,
    distanceChangePercent: -25,
  },
  {
    name: 'up on last week: whole percent, rounded',
    history: {
      runs: [run(1, 'easy-run', { distanceKm: 10, minutes: 70 }), run(8, 'easy-run', { distanceKm: 7.5, minutes: 60 })],
      checkIns: [],
    },
    thisWeek: { runs: 1, km: 10, measuredRuns: 1, minutes: 70, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: { runs: 1, km: 7.5, measuredRuns: 1, minutes: 60, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    minutesChangePercent: 17,
    distanceChangePercent: 33,
  },
  {
    name: 'walks and cross-training are not runs, but a hard bike is a hard day',
    history: {
      runs: [run(1, 'walk', { distanceKm: 4, minutes: 50 }), run(2, 'cross-training', { minutes: 60, effort: 8 }), run(3, 'recovery-run', { minutes: 25 })],
      checkIns: [],
    },
    thisWeek: { runs: 1, minutes: 25, timedRuns: 1, hardDays: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'hard days are days: a workout and a race on one day count once; effort 7 counts',
    history: {
      runs: [run(2, 'workout', { minutes: 40 }), run(2, 'race', { distanceKm: 5, minutes: 22 }), run(4, 'easy-run', { minutes: 30, effort: 7 }), run(5, 'easy-run', { minutes: 30, effort: 6 })],
      checkIns: [],
    },
    // Hard time: the 40-minute workout, the 22-minute race and the 30 minutes at effort 7, of 122 minutes.
    thisWeek: { runs: 4, km: 5, measuredRuns: 1, minutes: 122, timedRuns: 4, hardDays: 2, easyShare: 30 / 122, mostlyEasy: false },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'tired days: heavy, sore or run down; one per date',
    history: {
      runs: [],
      checkIns: [
        checkInOn(0, { legs: 'heavy' }),
        checkInOn(1, { legs: 'sore' }),
        checkInOn(1, { legs: 'heavy' }),
        checkInOn(2, { legs: 'fresh', runDown: true }),
        checkInOn(3, { legs: 'okay', sleptBadly: true }),
        checkInOn(9, { legs: 'sore' }),
      ],
    },
    thisWeek: { tiredDays: 3 },
    lastWeek: { tiredDays: 1 },
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'minutes known last week but no distance: minutes change only',
    history: { runs: [run(2, 'easy-run', { distanceKm: 5, minutes: 30 }), run(9, 'easy-run', { minutes: 60 })], checkIns: [] },
    thisWeek: { runs: 1, km: 5, measuredRuns: 1, minutes: 30, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: { runs: 1, minutes: 60, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    minutesChangePercent: -50,
    distanceChangePercent: null,
  },
  {
    name: 'the issue\'s week: 4 runs with distances, 2 of them timed -> the times are counted apart, no minutes change',
    history: {
      runs: [
        run(1, 'easy-run', { distanceKm: 5, minutes: 25 }),
        run(2, 'easy-run', { distanceKm: 4.3 }),
        run(4, 'easy-run', { distanceKm: 3, minutes: 15 }),
        run(5, 'easy-run', { distanceKm: 8.94 }),
        run(9, 'easy-run', { distanceKm: 5, minutes: 30 }),
      ],
      checkIns: [],
    },
    thisWeek: { runs: 4, km: 21.24, measuredRuns: 4, minutes: 40, timedRuns: 2, easyShare: 1, mostlyEasy: true },
    lastWeek: { runs: 1, km: 5, measuredRuns: 1, minutes: 30, timedRuns: 1, easyShare: 1, mostlyEasy: true },
    minutesChangePercent: null,
    distanceChangePercent: 325,
  },
  {
    name: 'a 25 km "easy run" is a hard day by its length, but its time is easy effort (80/20 counts intensity)',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 }), run(3, 'easy-run', { minutes: 40 })], checkIns: [] },
    thisWeek: { runs: 2, km: 25, measuredRuns: 1, minutes: 180, timedRuns: 2, hardDays: 1, easyShare: 1, mostlyEasy: true },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: '80/20 at the line: 160 easy minutes and a 40-minute workout is exactly four fifths easy',
    history: {
      runs: [...[1, 2, 4, 5].map((d) => run(d, 'easy-run', { minutes: 40 })), run(3, 'workout', { minutes: 40 })],
      checkIns: [],
    },
    thisWeek: { runs: 5, minutes: 200, timedRuns: 5, hardDays: 1, easyShare: 0.8, mostlyEasy: true },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'under 80/20: 120 easy minutes and a 40-minute workout',
    history: {
      runs: [...[1, 2, 4].map((d) => run(d, 'easy-run', { minutes: 40 })), run(3, 'workout', { minutes: 40 })],
      checkIns: [],
    },
    thisWeek: { runs: 4, minutes: 160, timedRuns: 4, hardDays: 1, easyShare: 0.75, mostlyEasy: false },
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
  {
    name: 'future and malformed dates are left out',
    history: { runs: [run(-1, 'easy-run', { minutes: 30 }), { date: 'last week', kind: 'easy-run', minutes: 30 }], checkIns: [] },
    thisWeek: {},
    lastWeek: {},
    minutesChangePercent: null,
    distanceChangePercent: null,
  },
];

describe('summariseWeek', () => {
  it.each(ROWS)('$name', (row) => {
    const summary = summariseWeek(row.history, TODAY);
    const { km: kmNow, ...thisWeek } = summary.thisWeek;
    const { km: kmBefore, ...lastWeek } = summary.lastWeek;
    const { km: kmNowExpected, ...thisWeekExpected } = { ...empty, ...row.thisWeek };
    const { km: kmBeforeExpected, ...lastWeekExpected } = { ...empty, ...row.lastWeek };
    expect(thisWeek).toEqual(thisWeekExpected);
    expect(lastWeek).toEqual(lastWeekExpected);
    expect(kmNow).toBeCloseTo(kmNowExpected, 9);
    expect(kmBefore).toBeCloseTo(kmBeforeExpected, 9);
    expect(summary.minutesChangePercent).toBe(row.minutesChangePercent);
    expect(summary.distanceChangePercent).toBe(row.distanceChangePercent);
  });
});
