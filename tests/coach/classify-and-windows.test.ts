/**
 * A session's kind in effect, and the windows after a long race: tables with the literal values a coach would
 * name (kinds, days).
 */
import { describe, expect, it } from 'vitest';
import { classifySession, usualRunBefore } from '../../lambda/coach/classify.js';
import { longRacePhase, longRaceWindow, type LongRacePhase, type LongRaceWindow } from '../../lambda/coach/long-race.js';
import type { RunRecord, SessionKind } from '../../lambda/coach/types.js';
import { easyRunsOn, run } from './build.js';

interface KindRow {
  name: string;
  run: RunRecord;
  before?: RunRecord[];
  kind: SessionKind;
}

const KIND_ROWS: KindRow[] = [
  { name: 'a 30-minute easy run stays easy', run: run(1, 'easy-run', { minutes: 30 }), kind: 'easy-run' },
  { name: '25 km in 2:20 logged as a run is a long run', run: run(1, 'easy-run', { distanceKm: 25, minutes: 140 }), kind: 'long-run' },
  { name: 'a 95-minute recovery run is a long run', run: run(1, 'recovery-run', { minutes: 95 }), kind: 'long-run' },
  { name: 'an easy run at effort 8 is a workout', run: run(1, 'easy-run', { minutes: 40, effort: 8 }), kind: 'workout' },
  { name: 'a 2-hour easy run at effort 8 is a long run first', run: run(1, 'easy-run', { minutes: 120, effort: 8 }), kind: 'long-run' },
  { name: 'a 3-hour workout stays a workout', run: run(1, 'workout', { minutes: 180 }), kind: 'workout' },
  { name: 'a 5-hour race stays a race', run: run(1, 'race', { distanceKm: 50, minutes: 300 }), kind: 'race' },
  { name: 'a 30-minute "long run" stays a long run', run: run(1, 'long-run', { minutes: 30 }), kind: 'long-run' },
  { name: 'a 3-hour walk stays a walk', run: run(1, 'walk', { minutes: 180 }), kind: 'walk' },
  { name: 'a 2-hour hard bike stays cross-training', run: run(1, 'cross-training', { minutes: 120, effort: 8 }), kind: 'cross-training' },
  {
    name: 'against a usual 40 minutes, 60 minutes is long',
    run: run(1, 'easy-run', { minutes: 60 }),
    before: easyRunsOn([3, 5, 7], { minutes: 40 }),
    kind: 'long-run',
  },
  {
    name: 'against a usual 10 km, 14.9 km is not long',
    run: run(1, 'easy-run', { distanceKm: 14.9 }),
    before: easyRunsOn([3, 5, 7], { distanceKm: 10 }),
    kind: 'easy-run',
  },
  {
    name: 'against a usual 10 km, 15 km is long',
    run: run(1, 'easy-run', { distanceKm: 15 }),
    before: easyRunsOn([3, 5, 7], { distanceKm: 10 }),
    kind: 'long-run',
  },
  {
    name: 'later runs do not change an earlier one: 60 minutes after three 40s is long, whatever came after',
    run: run(4, 'easy-run', { minutes: 60 }),
    before: [...easyRunsOn([5, 6, 7], { minutes: 40 }), ...easyRunsOn([1, 2, 3], { minutes: 120 })],
    kind: 'long-run',
  },
];

describe('classifySession', () => {
  it.each(KIND_ROWS)('$name', ({ run: session, before = [], kind }) => {
    expect(classifySession(session, { runs: [...before, session] })).toBe(kind);
  });

  it('the usual run is the median of earlier running sessions, each measure on its own', () => {
    const runs = [
      ...easyRunsOn([2, 4, 6], { minutes: 30 }),
      run(8, 'long-run', { minutes: 100, distanceKm: 18 }),
      run(9, 'walk', { minutes: 300 }),
      run(0, 'easy-run', { minutes: 500 }),
    ];
    // Before today: 30, 30, 30 and 100 minutes (the walk is not running, today's run is not before today).
    expect(usualRunBefore(runs, '2026-11-24')).toEqual({ minutes: 30, km: null });
    // Before 5 days ago: only the runs 6 and 8 days ago, too few for a usual run.
    expect(usualRunBefore(runs, '2026-11-19')).toEqual({ minutes: null, km: null });
    // An even count takes the middle two: 30, 30, 100, 100 -> 65.
    expect(usualRunBefore([...runs, run(10, 'easy-run', { minutes: 100 })], '2026-11-21')).toEqual({ minutes: 65, km: null });
  });
});

interface WindowRow {
  name: string;
  km: number;
  window: LongRaceWindow | null;
}

const WINDOW_ROWS: WindowRow[] = [
  { name: '10 km: no window', km: 10, window: null },
  { name: '20.9 km: no window', km: 20.9, window: null },
  { name: '21 km: the half marathon threshold', km: 21, window: { walkDays: 1, recoveryRunDays: 3, noHardDays: 13 } },
  { name: 'half marathon (21.1 km)', km: 21.0975, window: { walkDays: 1, recoveryRunDays: 3, noHardDays: 13 } },
  { name: '30 km', km: 30, window: { walkDays: 1, recoveryRunDays: 5, noHardDays: 19 } },
  { name: 'marathon (42.195 km)', km: 42.195, window: { walkDays: 1, recoveryRunDays: 7, noHardDays: 26 } },
  { name: '50 km ultra', km: 50, window: { walkDays: 1, recoveryRunDays: 8, noHardDays: 31 } },
  { name: '100 km ultra', km: 100, window: { walkDays: 1, recoveryRunDays: 16, noHardDays: 62 } },
];

describe('longRaceWindow grows with the distance', () => {
  it.each(WINDOW_ROWS)('$name', ({ km, window }) => {
    expect(longRaceWindow(km)).toEqual(window);
  });

  it('phases of the days after a marathon', () => {
    const phases: Array<[number, LongRacePhase]> = [
      [0, 'over'],
      [1, 'walk'],
      [2, 'recovery-run'],
      [7, 'recovery-run'],
      [8, 'no-hard'],
      [26, 'no-hard'],
      [27, 'over'],
    ];
    for (const [day, phase] of phases) expect(longRacePhase(42.195, day), `day ${day}`).toBe(phase);
  });
});
