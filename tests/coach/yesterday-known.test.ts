/**
 * What yesterday was, as the coach may take it: from a session logged for yesterday, or an answer given today
 * (a rest day included); otherwise the runner is asked. A check-in on day D tells about D - 1, not D.
 */
import { describe, expect, it } from 'vitest';
import { yesterdayKnown } from '../../lambda/coach/yesterday.js';
import type { History, Yesterday } from '../../lambda/coach/types.js';
import { TODAY, checkInOn, checkInsFor, run } from './build.js';

interface Row {
  name: string;
  history: History;
  known: Yesterday | 'ask';
}

const ROWS: Row[] = [
  { name: 'nothing stored: ask', history: { runs: [], checkIns: [] }, known: 'ask' },
  {
    name: 'a check-in dated yesterday (legs only) says nothing about yesterday: ask',
    history: { runs: [], checkIns: [checkInOn(1, { legs: 'fresh' })] },
    known: 'ask',
  },
  {
    name: "daily check-ins up to yesterday, nothing logged for yesterday: ask (the issue's unlogged day)",
    history: { runs: [run(2, 'easy-run', { minutes: 30 })], checkIns: checkInsFor(10) },
    known: 'ask',
  },
  {
    name: "yesterday's check-in said 'rest' for the day before: that is two days ago, so ask",
    history: { runs: [], checkIns: [checkInOn(1, { legs: 'okay', yesterday: 'rest' })] },
    known: 'ask',
  },
  {
    name: 'a rest day reported today for yesterday: rest',
    history: { runs: [], checkIns: [checkInOn(0, { legs: 'okay', yesterday: 'rest' })] },
    known: 'rest',
  },
  {
    name: 'a long run answered today: long-run',
    history: { runs: [], checkIns: [checkInOn(0, { legs: 'heavy', yesterday: 'long-run' })] },
    known: 'long-run',
  },
  {
    name: 'a session logged for yesterday: unknown, the coach reads the log',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: [] },
    known: 'unknown',
  },
  {
    name: 'a walk logged for yesterday: the log knows too',
    history: { runs: [run(1, 'walk', { minutes: 40 })], checkIns: checkInsFor(5) },
    known: 'unknown',
  },
  {
    name: "today's check-in without a yesterday answer, a run logged yesterday: the log",
    history: { runs: [run(1, 'workout', { minutes: 45 })], checkIns: [checkInOn(0, { legs: 'fresh' })] },
    known: 'unknown',
  },
  {
    name: "today's answer 'rest' and a run logged yesterday: the answer given today wins",
    history: { runs: [run(1, 'long-run', { minutes: 120 })], checkIns: [checkInOn(0, { legs: 'fresh', yesterday: 'rest' })] },
    known: 'rest',
  },
  {
    name: "today's stored 'unknown' is no answer: ask",
    history: { runs: [], checkIns: [checkInOn(0, { legs: 'fresh', yesterday: 'unknown' })] },
    known: 'ask',
  },
  {
    name: 'a run logged only today or two days ago: ask',
    history: { runs: [run(0, 'easy-run', { minutes: 30 }), run(2, 'long-run', { minutes: 100 })], checkIns: [] },
    known: 'ask',
  },
];

describe('yesterdayKnown', () => {
  it.each(ROWS)('$name', ({ history, known }) => {
    expect(yesterdayKnown(history, TODAY)).toBe(known);
  });

  it('asks when today is not a date, and never throws at the edge of the calendar', () => {
    expect(yesterdayKnown({ runs: [run(1, 'easy-run')], checkIns: [] }, 'today')).toBe('ask');
    expect(yesterdayKnown({ runs: [], checkIns: [{ date: '0000-01-01', yesterday: 'rest' }] }, '0000-01-01')).toBe('ask');
  });
});
