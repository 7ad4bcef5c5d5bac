import { describe, expect, it } from 'vitest';
import { summariseWeek, type WeekTotals } from '../../lambda/coach/week.js';
import type { History } from '../../lambda/coach/types.js';
import { TODAY, checkInOn, run } from './build.js';

const empty: WeekTotals = { runs: 0, km: 0, minutes: 0, hardDays: 0, tiredDays: 0 };

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
    thisWeek: { runs: 2, km: 21, minutes: 130, hardDays: 1 },
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
    thisWeek: { runs: 1, km: 6, minutes: 36 },
    lastWeek: { runs: 2, km: 8, minutes: 48 },
    minutesChangePercent: -25,
    distanceChangePercent: -25,
  },
  {
    name: 'up on last week: whole percent, rounded',
    history: {
      runs: [run(1, 'easy-run', { distanceKm: 10, minutes: 70 }), run(8, 'easy-run', { distanceKm: 7.5, minutes: 60 })],
      checkIns: [],
    },
    thisWeek: { runs: 1, km: 10, minutes: 70 },
    lastWeek: { runs: 1, km: 7.5, minutes: 60 },
    minutesChangePercent: 17,
    distanceChangePercent: 33,
  },
  {
    name: 'walks and cross-training are not runs, but a hard bike is a hard day',
    history: {
      runs: [run(1, 'walk', { distanceKm: 4, minutes: 50 }), run(2, 'cross-training', { minutes: 60, effort: 8 }), run(3, 'recovery-run', { minutes: 25 })],
      checkIns: [],
    },
    thisWeek: { runs: 1, minutes: 25, hardDays: 1 },
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
    thisWeek: { runs: 4, km: 5, minutes: 122, hardDays: 2 },
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
    thisWeek: { runs: 1, km: 5, minutes: 30 },
    lastWeek: { runs: 1, minutes: 60 },
    minutesChangePercent: -50,
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
    expect(summary.thisWeek).toEqual({ ...empty, ...row.thisWeek });
    expect(summary.lastWeek).toEqual({ ...empty, ...row.lastWeek });
    expect(summary.minutesChangePercent).toBe(row.minutesChangePercent);
    expect(summary.distanceChangePercent).toBe(row.distanceChangePercent);
  });
});
