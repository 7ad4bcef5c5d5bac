/**
 * The specification of the coach: one named row per case. Every legs x yesterday pair has a row (with no history
 * and an experienced runner), then rows for wellbeing, long races, history-driven rules and new runners.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../lambda/coach/decide.js';
import { REASONS, type ReasonCode } from '../../lambda/coach/advice.js';
import {
  LEGS,
  YESTERDAYS,
  type Activity,
  type History,
  type Legs,
  type MinutesRange,
  type Wellbeing,
  type Yesterday,
} from '../../lambda/coach/types.js';
import { TODAY, checkInOn, checkInsFor, easyRunsOn, run } from './build.js';

interface Row {
  name: string;
  legs: Legs;
  yesterday: Yesterday;
  yesterdayDistanceKm?: number;
  wellbeing?: Wellbeing;
  /** Defaults to false (an experienced runner); 'unset' leaves it to the history. */
  newRunner?: boolean | 'unset';
  history?: History;
  activity: Activity;
  /** Exactly, main reason first. */
  reasons: ReasonCode[];
  /** Defaults to false. */
  seeProfessional?: boolean;
}

const noHistory = (): History => ({ runs: [], checkIns: [] });

// ---- Every legs x yesterday pair ----------------------------------------------------------------------------
const PAIRS: Row[] = [
  { name: 'fresh after rest', legs: 'fresh', yesterday: 'rest', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'fresh after an easy run', legs: 'fresh', yesterday: 'easy-run', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'fresh after a recovery run', legs: 'fresh', yesterday: 'recovery-run', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'fresh after a long run', legs: 'fresh', yesterday: 'long-run', activity: 'recovery-run', reasons: ['after-long-run'] },
  { name: 'fresh after a workout', legs: 'fresh', yesterday: 'workout', activity: 'recovery-run', reasons: ['after-workout'] },
  { name: 'fresh after a race', legs: 'fresh', yesterday: 'race', activity: 'recovery-run', reasons: ['after-race'] },
  { name: 'fresh after cross-training', legs: 'fresh', yesterday: 'cross-training', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'fresh after a walk', legs: 'fresh', yesterday: 'walk', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'fresh, yesterday unknown', legs: 'fresh', yesterday: 'unknown', activity: 'easy-run', reasons: ['fresh-legs'] },

  { name: 'okay after rest', legs: 'okay', yesterday: 'rest', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'okay after an easy run', legs: 'okay', yesterday: 'easy-run', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'okay after a recovery run', legs: 'okay', yesterday: 'recovery-run', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'okay after a long run', legs: 'okay', yesterday: 'long-run', activity: 'recovery-run', reasons: ['after-long-run'] },
  { name: 'okay after a workout', legs: 'okay', yesterday: 'workout', activity: 'recovery-run', reasons: ['after-workout'] },
  { name: 'okay after a race', legs: 'okay', yesterday: 'race', activity: 'recovery-run', reasons: ['after-race'] },
  { name: 'okay after cross-training', legs: 'okay', yesterday: 'cross-training', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'okay after a walk', legs: 'okay', yesterday: 'walk', activity: 'easy-run', reasons: ['fresh-legs'] },
  { name: 'okay, yesterday unknown', legs: 'okay', yesterday: 'unknown', activity: 'easy-run', reasons: ['fresh-legs'] },

  { name: 'heavy after rest', legs: 'heavy', yesterday: 'rest', activity: 'recovery-run', reasons: ['heavy-legs'] },
  { name: 'heavy after an easy run', legs: 'heavy', yesterday: 'easy-run', activity: 'recovery-run', reasons: ['heavy-legs'] },
  {
    name: 'heavy after a recovery run: no chained recovery runs',
    legs: 'heavy',
    yesterday: 'recovery-run',
    activity: 'cross-train',
    reasons: ['recovery-run-yesterday-still-heavy', 'heavy-legs'],
  },
  { name: 'heavy after a long run', legs: 'heavy', yesterday: 'long-run', activity: 'recovery-run', reasons: ['after-long-run'] },
  { name: 'heavy after a workout', legs: 'heavy', yesterday: 'workout', activity: 'recovery-run', reasons: ['after-workout'] },
  { name: 'heavy after a race', legs: 'heavy', yesterday: 'race', activity: 'recovery-run', reasons: ['after-race'] },
  { name: 'heavy after cross-training', legs: 'heavy', yesterday: 'cross-training', activity: 'recovery-run', reasons: ['heavy-legs'] },
  { name: 'heavy after a walk', legs: 'heavy', yesterday: 'walk', activity: 'recovery-run', reasons: ['heavy-legs'] },
  { name: 'heavy, yesterday unknown', legs: 'heavy', yesterday: 'unknown', activity: 'recovery-run', reasons: ['heavy-legs'] },

  { name: 'sore after rest', legs: 'sore', yesterday: 'rest', activity: 'cross-train', reasons: ['sore-legs'] },
  { name: 'sore after an easy run', legs: 'sore', yesterday: 'easy-run', activity: 'cross-train', reasons: ['sore-legs'] },
  { name: 'sore after a recovery run', legs: 'sore', yesterday: 'recovery-run', activity: 'cross-train', reasons: ['sore-legs'] },
  { name: 'sore after a long run', legs: 'sore', yesterday: 'long-run', activity: 'cross-train', reasons: ['sore-legs', 'after-long-run'] },
  { name: 'sore after a workout', legs: 'sore', yesterday: 'workout', activity: 'cross-train', reasons: ['sore-legs', 'after-workout'] },
  { name: 'sore after a race', legs: 'sore', yesterday: 'race', activity: 'cross-train', reasons: ['sore-legs', 'after-race'] },
  { name: 'sore after cross-training', legs: 'sore', yesterday: 'cross-training', activity: 'cross-train', reasons: ['sore-legs'] },
  { name: 'sore after a walk', legs: 'sore', yesterday: 'walk', activity: 'cross-train', reasons: ['sore-legs'] },
  { name: 'sore, yesterday unknown', legs: 'sore', yesterday: 'unknown', activity: 'cross-train', reasons: ['sore-legs'] },

  ...(['rest', 'easy-run', 'recovery-run', 'cross-training', 'walk', 'unknown'] as const).map(
    (yesterday): Row => ({
      name: `painful after ${yesterday}`,
      legs: 'painful',
      yesterday,
      activity: 'rest',
      reasons: ['pain-changes-movement'],
      seeProfessional: true,
    }),
  ),
  {
    name: 'painful after a long run',
    legs: 'painful',
    yesterday: 'long-run',
    activity: 'rest',
    reasons: ['pain-changes-movement', 'after-long-run'],
    seeProfessional: true,
  },
  {
    name: 'painful after a workout',
    legs: 'painful',
    yesterday: 'workout',
    activity: 'rest',
    reasons: ['pain-changes-movement', 'after-workout'],
    seeProfessional: true,
  },
  {
    name: 'painful after a race',
    legs: 'painful',
    yesterday: 'race',
    activity: 'rest',
    reasons: ['pain-changes-movement', 'after-race'],
    seeProfessional: true,
  },
];

// ---- Wellbeing ----------------------------------------------------------------------------------------------
const WELLBEING: Row[] = [
  {
    name: 'ill below the neck: rest and see someone',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { illBelowNeck: true },
    activity: 'rest',
    reasons: ['ill-below-neck'],
    seeProfessional: true,
  },
  {
    name: 'pain and ill below the neck: both said, pain first',
    legs: 'painful',
    yesterday: 'easy-run',
    wellbeing: { illBelowNeck: true },
    activity: 'rest',
    reasons: ['pain-changes-movement', 'ill-below-neck'],
    seeProfessional: true,
  },
  {
    name: 'ill above the neck with fresh legs: a walk at most',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { illAboveNeck: true },
    activity: 'walk',
    reasons: ['ill-above-neck'],
    seeProfessional: true,
  },
  {
    name: 'ill above the neck and slept badly: rest',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { illAboveNeck: true, sleptBadly: true },
    activity: 'rest',
    reasons: ['ill-above-neck', 'slept-badly'],
    seeProfessional: true,
  },
  {
    name: 'ill above the neck with heavy legs: rest',
    legs: 'heavy',
    yesterday: 'rest',
    wellbeing: { illAboveNeck: true },
    activity: 'rest',
    reasons: ['ill-above-neck', 'heavy-legs'],
    seeProfessional: true,
  },
  {
    name: 'ill above the neck and run down: rest',
    legs: 'okay',
    yesterday: 'rest',
    wellbeing: { illAboveNeck: true, runDown: true },
    activity: 'rest',
    reasons: ['ill-above-neck', 'run-down'],
    seeProfessional: true,
  },
  {
    name: 'run down with fresh legs: walk',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { runDown: true },
    activity: 'walk',
    reasons: ['run-down'],
  },
  {
    name: 'run down with sore legs: rest',
    legs: 'sore',
    yesterday: 'rest',
    wellbeing: { runDown: true },
    activity: 'rest',
    reasons: ['run-down', 'sore-legs'],
  },
  {
    name: 'run down and slept badly: rest',
    legs: 'okay',
    yesterday: 'easy-run',
    wellbeing: { runDown: true, sleptBadly: true },
    activity: 'rest',
    reasons: ['run-down', 'slept-badly'],
  },
  {
    name: 'run down the day after a workout: walk, not the recovery run',
    legs: 'fresh',
    yesterday: 'workout',
    wellbeing: { runDown: true },
    activity: 'walk',
    reasons: ['run-down', 'after-workout'],
  },
  {
    name: 'slept badly alone: keep it to a recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { sleptBadly: true },
    activity: 'recovery-run',
    reasons: ['slept-badly'],
  },
  {
    name: 'all wellbeing answers false: as if not asked',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { sleptBadly: false, runDown: false, illAboveNeck: false, illBelowNeck: false },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
];

// ---- Races and the history's yesterday ----------------------------------------------------------------------
const YESTERDAY_ROWS: Row[] = [
  {
    name: 'half marathon race yesterday (21 km): walk first',
    legs: 'fresh',
    yesterday: 'race',
    yesterdayDistanceKm: 21,
    activity: 'walk',
    reasons: ['after-long-race'],
  },
  {
    name: 'marathon yesterday with sore legs: walk (the long race caps lower than sore legs)',
    legs: 'sore',
    yesterday: 'race',
    yesterdayDistanceKm: 42.2,
    activity: 'walk',
    reasons: ['after-long-race', 'sore-legs'],
  },
  {
    name: '10 km race yesterday: recovery run',
    legs: 'fresh',
    yesterday: 'race',
    yesterdayDistanceKm: 10,
    activity: 'recovery-run',
    reasons: ['after-race'],
  },
  {
    name: 'a 25 km long run is not a long race: recovery run',
    legs: 'fresh',
    yesterday: 'long-run',
    yesterdayDistanceKm: 25,
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'yesterday unknown, a workout logged yesterday: recovery run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'workout', { minutes: 50 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'yesterday unknown, a half marathon race logged yesterday: walk',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'race', { distanceKm: 21.1 })], checkIns: checkInsFor(10) },
    activity: 'walk',
    reasons: ['after-long-race'],
  },
  {
    name: 'yesterday answered "race", distance from the log: marathon -> walk',
    legs: 'okay',
    yesterday: 'race',
    history: { runs: [run(1, 'race', { distanceKm: 42.195, minutes: 230 })], checkIns: checkInsFor(10) },
    activity: 'walk',
    reasons: ['after-long-race'],
  },
  {
    name: "the runner's answer wins: said rest, a long run logged yesterday -> easy run",
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(1, 'long-run', { minutes: 120 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'yesterday unknown, an easy run logged at effort 8: a workout in effect',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 40, effort: 8 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'yesterday unknown, 100 min easy at effort 5 (load 500): hard in effect',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 100, effort: 5 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'yesterday unknown, 40 min easy at effort 4 (load 160): easy run today',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 40, effort: 4 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'yesterday unknown, a recovery run logged yesterday, legs heavy: cross-train',
    legs: 'heavy',
    yesterday: 'unknown',
    history: { runs: [run(1, 'recovery-run', { minutes: 25 })], checkIns: checkInsFor(10) },
    activity: 'cross-train',
    reasons: ['recovery-run-yesterday-still-heavy', 'heavy-legs'],
  },
  {
    name: 'yesterday unknown, a walk and a workout logged: the workout counts',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'walk', { minutes: 30 }), run(1, 'workout', { minutes: 45 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
];

// ---- Tired pattern ------------------------------------------------------------------------------------------
const PATTERN_ROWS: Row[] = [
  {
    name: 'heavy today, heavy and sore on two of the last four days: a pattern -> cross-train',
    legs: 'heavy',
    yesterday: 'easy-run',
    history: { runs: [], checkIns: [...checkInsFor(10).slice(4), checkInOn(1, { legs: 'heavy' }), checkInOn(3, { legs: 'sore' })] },
    activity: 'cross-train',
    reasons: ['tired-pattern', 'heavy-legs'],
  },
  {
    name: 'sore today, run down twice before: a pattern, said after sore legs',
    legs: 'sore',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(2, { legs: 'okay', runDown: true }), checkInOn(4, { runDown: true }), ...checkInsFor(10).slice(5)] },
    activity: 'cross-train',
    reasons: ['sore-legs', 'tired-pattern'],
  },
  {
    name: 'fresh today after three tired days: trust today',
    legs: 'fresh',
    yesterday: 'rest',
    history: {
      runs: [],
      checkIns: [checkInOn(1, { legs: 'heavy' }), checkInOn(2, { legs: 'heavy' }), checkInOn(3, { legs: 'sore' }), ...checkInsFor(10).slice(3)],
    },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'heavy today, tired days only 5 and 6 days ago: outside the window',
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(5, { legs: 'heavy' }), checkInOn(6, { legs: 'sore' }), checkInOn(8, { legs: 'okay' })] },
    activity: 'recovery-run',
    reasons: ['heavy-legs'],
  },
  {
    name: "heavy today, a stored check-in for today is not counted twice (today's answer is the check-in)",
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(0, { legs: 'heavy' }), checkInOn(2, { legs: 'heavy' }), ...checkInsFor(10).slice(5)] },
    activity: 'recovery-run',
    reasons: ['heavy-legs'],
  },
];

// ---- Volume and hard days -----------------------------------------------------------------------------------
/** Three weeks of three 40-minute runs (120 min a week), with daily check-ins back to 27 days ago. */
const baseline = (): History => ({
  runs: easyRunsOn([8, 10, 12, 15, 17, 19, 22, 24, 26], { minutes: 40 }),
  checkIns: checkInsFor(27),
});
const withThisWeek = (minutes: number[]): History => {
  const h = baseline();
  return { ...h, runs: [...h.runs, ...minutes.map((m, i) => run(i + 2, 'easy-run', { minutes: m }))] };
};

const LOAD_ROWS: Row[] = [
  {
    name: 'this week 160 min against a usual 120: volume up -> recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    history: withThisWeek([40, 40, 40, 40]),
    activity: 'recovery-run',
    reasons: ['volume-up'],
  },
  {
    name: 'this week exactly 10% up (132 against 120): not a rise',
    legs: 'fresh',
    yesterday: 'rest',
    history: withThisWeek([44, 44, 44]),
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'this week 133 against 120: just over 10% -> recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    history: withThisWeek([44, 44, 45]),
    activity: 'recovery-run',
    reasons: ['volume-up'],
  },
  {
    name: 'runs logged today count towards this week',
    legs: 'fresh',
    yesterday: 'rest',
    history: { ...withThisWeek([40, 40, 40]), runs: [...withThisWeek([40, 40, 40]).runs, run(0, 'easy-run', { minutes: 40 })] },
    activity: 'recovery-run',
    reasons: ['volume-up'],
  },
  {
    name: 'distance-only runs count at 6 min/km: 2 x 5 km a week (60 min) then 2 x 45 min',
    legs: 'fresh',
    yesterday: 'rest',
    history: {
      runs: [...easyRunsOn([8, 11, 15, 18, 22, 25], { distanceKm: 5 }), ...easyRunsOn([2, 4], { minutes: 45 })],
      checkIns: checkInsFor(27),
    },
    activity: 'recovery-run',
    reasons: ['volume-up'],
  },
  {
    name: 'walks and cross-training are not running volume',
    legs: 'fresh',
    yesterday: 'rest',
    history: { ...baseline(), runs: [...baseline().runs, run(2, 'walk', { minutes: 90 }), run(3, 'cross-training', { minutes: 90 }), ...easyRunsOn([4, 5, 6], { minutes: 40 })] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'only 10 days of history: too thin to call a rise',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [...easyRunsOn([8, 10], { minutes: 20 }), ...easyRunsOn([2, 3, 4, 5], { minutes: 60 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'no running before this week (usual week of zero): not a rise, a start',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: easyRunsOn([2, 4], { minutes: 30 }), checkIns: checkInsFor(27) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a workout 2 days ago and a long run 3 days ago: two hard days -> recovery run',
    legs: 'fresh',
    yesterday: 'easy-run',
    history: { runs: [run(2, 'workout', { minutes: 45 }), run(3, 'long-run', { minutes: 100 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['two-hard-days'],
  },
  {
    name: 'an easy run at effort 8 and a race in the last three days: two hard days',
    legs: 'okay',
    yesterday: 'rest',
    history: { runs: [run(2, 'easy-run', { minutes: 30, effort: 8 }), run(3, 'race', { distanceKm: 5 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['two-hard-days'],
  },
  {
    name: 'two hard sessions on the same day are one hard day',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(2, 'workout', { minutes: 30 }), run(2, 'race', { distanceKm: 5 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'hard days 2 and 4 days ago: only one in the window',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(2, 'workout', { minutes: 45 }), run(4, 'long-run', { minutes: 100 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a workout yesterday and a long run 3 days ago: after-workout, then two hard days',
    legs: 'fresh',
    yesterday: 'workout',
    history: { runs: [run(3, 'long-run', { minutes: 100 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout', 'two-hard-days'],
  },
  {
    name: 'a hard bike logged yesterday (effort 8) and a workout 3 days ago: two hard days',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'cross-training', { minutes: 60, effort: 8 }), run(3, 'workout', { minutes: 45 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['two-hard-days'],
  },
  {
    name: 'future-dated and malformed history entries are ignored',
    legs: 'fresh',
    yesterday: 'unknown',
    history: {
      runs: [{ date: '2026-11-25', kind: 'race' }, { date: 'yesterday', kind: 'workout' }, { date: '2026-02-30', kind: 'long-run' }],
      checkIns: checkInsFor(10),
    },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
];

// ---- New runners --------------------------------------------------------------------------------------------
const NEW_RUNNER_ROWS: Row[] = [
  {
    name: 'new runner (said), fresh: easy run as run-walk',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: true,
    history: { runs: [], checkIns: checkInsFor(20) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'new runner (said), after a long run: recovery run as run-walk',
    legs: 'okay',
    yesterday: 'long-run',
    newRunner: true,
    activity: 'recovery-run',
    reasons: ['after-long-run', 'new-runner'],
  },
  {
    name: 'not said, no history at all: coached as a new runner',
    legs: 'fresh',
    yesterday: 'unknown',
    newRunner: 'unset',
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, two days of history: still a new runner',
    legs: 'heavy',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { minutes: 20 })], checkIns: [checkInOn(3, { legs: 'okay' })] },
    activity: 'recovery-run',
    reasons: ['heavy-legs', 'new-runner'],
  },
  {
    name: 'not said, three days of history: not a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { minutes: 30 })], checkIns: [checkInOn(4), checkInOn(5)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: "not said, a check-in stored today plus two days before: today's is not history yet -> new runner",
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [], checkIns: [checkInOn(0, { legs: 'fresh' }), checkInOn(1), checkInOn(2)] },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, no history, but a hard session yesterday: not coached as a new runner',
    legs: 'heavy',
    yesterday: 'workout',
    newRunner: 'unset',
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'not said, no history, but a long run logged yesterday: not coached as a new runner',
    legs: 'okay',
    yesterday: 'unknown',
    newRunner: 'unset',
    history: { runs: [run(1, 'long-run', { minutes: 100 })], checkIns: [] },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'said not new, with no history: the answer wins',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: false,
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'new runner with sore legs: cross-train, no run to shorten',
    legs: 'sore',
    yesterday: 'rest',
    newRunner: true,
    activity: 'cross-train',
    reasons: ['sore-legs'],
  },
  {
    name: 'new runner in pain: rest, no new-runner reason',
    legs: 'painful',
    yesterday: 'rest',
    newRunner: true,
    activity: 'rest',
    reasons: ['pain-changes-movement'],
    seeProfessional: true,
  },
];

const ROWS: Row[] = [...PAIRS, ...WELLBEING, ...YESTERDAY_ROWS, ...PATTERN_ROWS, ...LOAD_ROWS, ...NEW_RUNNER_ROWS];

/** The minutes each answer gets (the brief's ranges). */
function expectedMinutes(activity: Activity, newRunner: boolean): MinutesRange {
  switch (activity) {
    case 'easy-run':
      return newRunner ? { min: 20, max: 30 } : { min: 30, max: 45 };
    case 'recovery-run':
      return newRunner ? { min: 15, max: 20 } : { min: 20, max: 30 };
    case 'walk':
    case 'cross-train':
      return { min: 20, max: 40 };
    case 'rest':
      return { min: 0, max: 0 };
  }
}

function adviceFor(row: Row) {
  const newRunner = row.newRunner ?? false;
  return decide({
    today: TODAY,
    checkIn: {
      legs: row.legs,
      yesterday: row.yesterday,
      ...(row.yesterdayDistanceKm !== undefined ? { yesterdayDistanceKm: row.yesterdayDistanceKm } : {}),
      ...(row.wellbeing ? { wellbeing: row.wellbeing } : {}),
      ...(newRunner === 'unset' ? {} : { newRunner }),
    },
    history: row.history ?? noHistory(),
  });
}

describe('the rule table', () => {
  it('has at least 40 rows with unique names', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
  });

  it('covers every legs x yesterday pair exactly once in the pair rows', () => {
    const pairs = PAIRS.map((r) => `${r.legs}/${r.yesterday}`);
    expect(new Set(pairs).size).toBe(PAIRS.length);
    expect(PAIRS.length).toBe(LEGS.length * YESTERDAYS.length);
    for (const legs of LEGS) for (const yesterday of YESTERDAYS) expect(pairs).toContain(`${legs}/${yesterday}`);
  });

  it('names every reason code in some row', () => {
    const named = new Set(ROWS.flatMap((r) => r.reasons));
    for (const reason of REASONS) expect(named, reason).toContain(reason);
  });

  it.each(ROWS)('$name', (row) => {
    const advice = adviceFor(row);
    expect(advice.activity).toBe(row.activity);
    expect(advice.reasons).toEqual(row.reasons);
    expect(advice.seeProfessional).toBe(row.seeProfessional ?? false);
    expect(advice.minutes).toEqual(expectedMinutes(row.activity, row.reasons.includes('new-runner')));
    if (row.reasons.includes('new-runner')) expect(advice.effortCues).toContain('run-walk');
    else expect(advice.effortCues).not.toContain('run-walk');
  });
});

describe('how each answer should feel, and what else the runner could do', () => {
  const base = { today: TODAY, history: noHistory() };

  it('a recovery run carries every feel check of the article', () => {
    const advice = decide({ ...base, checkIn: { legs: 'fresh', yesterday: 'workout', newRunner: false } });
    expect(advice.effortCues).toEqual(['conversational', 'talk-test', 'no-watch', 'cut-short', 'finish-fresher']);
    expect(advice.alternatives).toEqual(['walk', 'bike', 'swim', 'rest']);
  });

  it('an easy run stays conversational and may be cut short', () => {
    const advice = decide({ ...base, checkIn: { legs: 'fresh', yesterday: 'rest', newRunner: false } });
    expect(advice.effortCues).toEqual(['conversational', 'talk-test', 'cut-short']);
    expect(advice.alternatives).toEqual(['walk', 'bike', 'swim']);
  });

  it("a new runner's recovery run is a run-walk", () => {
    const advice = decide({ ...base, checkIn: { legs: 'heavy', yesterday: 'rest', newRunner: true } });
    expect(advice.effortCues).toEqual(['conversational', 'talk-test', 'no-watch', 'cut-short', 'finish-fresher', 'run-walk']);
  });

  it('cross-training is gentle, names bike and swim, and offers a walk or rest', () => {
    const advice = decide({ ...base, checkIn: { legs: 'sore', yesterday: 'rest', newRunner: false } });
    expect(advice.effortCues).toEqual(['gentle', 'cut-short']);
    expect(advice.alternatives).toEqual(['bike', 'swim', 'walk', 'rest']);
  });

  it('a walk is gentle and offers mobility or rest', () => {
    const advice = decide({ ...base, checkIn: { legs: 'fresh', yesterday: 'rest', wellbeing: { runDown: true }, newRunner: false } });
    expect(advice.effortCues).toEqual(['gentle', 'cut-short']);
    expect(advice.alternatives).toEqual(['mobility', 'rest']);
  });

  it('rest when run down offers gentle mobility', () => {
    const advice = decide({
      ...base,
      checkIn: { legs: 'heavy', yesterday: 'rest', wellbeing: { runDown: true }, newRunner: false },
    });
    expect(advice.activity).toBe('rest');
    expect(advice.effortCues).toEqual(['gentle']);
    expect(advice.alternatives).toEqual(['mobility']);
  });

  it('rest for pain or illness below the neck offers nothing else to do', () => {
    for (const checkIn of [
      { legs: 'painful' as const, yesterday: 'rest' as const },
      { legs: 'fresh' as const, yesterday: 'rest' as const, wellbeing: { illBelowNeck: true } },
    ]) {
      const advice = decide({ ...base, checkIn });
      expect(advice.effortCues).toEqual([]);
      expect(advice.alternatives).toEqual([]);
      expect(advice.minutes).toEqual({ min: 0, max: 0 });
    }
  });
});
