/**
 * The specification of the coach: one named row per case. Every legs x yesterday pair has a row (with no history
 * and an experienced runner), then rows for wellbeing, long races, history-driven rules and new runners, then
 * the history read like a coach: sessions by their length, two days after a hard day, the days after a long race,
 * and the first run back after rest for health.
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
  type RunRecord,
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
    name: 'yesterday unknown, 85 min easy at effort 5 (load 425): hard in effect',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 85, effort: 5 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'yesterday unknown, 100 min easy at effort 5: long by its length before hard by its load',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 100, effort: 5 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
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
    name: 'not said, three days of history with one 30-minute easy run: only short easy running -> a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { minutes: 30 })], checkIns: [checkInOn(4), checkInOn(5)] },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, one 31-minute easy run (no distance): beyond short running -> not a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { minutes: 31 })], checkIns: [checkInOn(4), checkInOn(5)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'not said, a 5 km easy run (no time): still short running -> a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { distanceKm: 5 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, 5 km in 32 minutes: the distance decides, still short -> a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { distanceKm: 5, minutes: 32 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, a 5.5 km easy run (no time): not a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(3, 'easy-run', { distanceKm: 5.5 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'not said, four weeks of 25-minute easy runs and daily check-ins: still a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: easyRunsOn([2, 4, 6, 9, 11, 13, 16, 18, 20, 23, 25, 27], { minutes: 25 }), checkIns: checkInsFor(27) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, one 5 km race ten days ago among short runs: not a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [...easyRunsOn([2, 4, 6], { minutes: 20 }), run(10, 'race', { distanceKm: 5, minutes: 32 })], checkIns: checkInsFor(12) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'not said, a 20-minute easy run at effort 8: effort alone keeps a new runner new',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [run(5, 'easy-run', { minutes: 20, effort: 8 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'not said, a long run told in a check-in (no log): not a new runner',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: 'unset',
    history: { runs: [], checkIns: [checkInOn(5, { legs: 'okay', yesterday: 'long-run' }), ...checkInsFor(10).slice(5)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'said new, with hour-long runs in the history: the answer wins',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: true,
    history: { runs: easyRunsOn([3, 5, 8], { minutes: 60 }), checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs', 'new-runner'],
  },
  {
    name: 'said experienced, only short runs in the history: the answer wins',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: false,
    history: { runs: easyRunsOn([3, 5, 8], { minutes: 20 }), checkIns: checkInsFor(10) },
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

// ---- A session's demand from its length ---------------------------------------------------------------------
/** Three earlier easy runs of `minutes` (4, 6 and 8 days ago): the runner's usual run. */
const usual = (minutes: number): RunRecord[] => easyRunsOn([4, 6, 8], { minutes });

const LENGTH_ROWS: Row[] = [
  {
    name: 'logged "25 km in 2 hours 20" as a run (stored easy), no usual run: a long run by its length',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'logged "12 miles in 1 hour 50" (19.3 km): a long run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { distanceKm: 12 * 1.609344, minutes: 110 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'logged "20 km in 2 hours": a long run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { distanceKm: 20, minutes: 120 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'no usual run, 89 minutes easy: under the 90-minute floor -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 89 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'no usual run, 90 minutes easy: at the floor -> a long run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { minutes: 90 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'no usual run, 15.9 km (no time): under the 16 km floor -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { distanceKm: 15.9 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'no usual run, 16 km (no time): at the floor -> a long run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [run(1, 'easy-run', { distanceKm: 16 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'usual run 40 min, 60 min yesterday: half as long again -> a long run for this runner',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(40), run(1, 'easy-run', { minutes: 60 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'usual run 40 min, 59 min yesterday: not yet long -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(40), run(1, 'easy-run', { minutes: 59 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'usual run 20 min, 40 min yesterday: double, but under an hour -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(20), run(1, 'easy-run', { minutes: 40 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'usual run 100 min, 120 min yesterday: ordinary for this runner -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(100), run(1, 'easy-run', { minutes: 120 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'only two earlier runs (100 min): no usual run, so the floor says 95 min is long',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...easyRunsOn([4, 6], { minutes: 100 }), run(1, 'easy-run', { minutes: 95 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'a 20-minute workout yesterday: hard whatever its length',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(40), run(1, 'workout', { minutes: 20 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-workout'],
  },
  {
    name: 'a 5 km race yesterday: hard whatever its length',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(40), run(1, 'race', { distanceKm: 5, minutes: 22 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-race'],
  },
  {
    name: 'a 40-minute "long run" yesterday: the kind said wins when it is harder',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [...usual(40), run(1, 'long-run', { minutes: 40 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'answered "an easy run", logged as a 25 km easy run: what it was wins over its name',
    legs: 'fresh',
    yesterday: 'easy-run',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
  {
    name: 'answered "rest", a 25 km run logged yesterday: the answer wins (it may be a wrong date)',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a 2-hour recovery run logged yesterday, legs heavy: still no chained runs -> cross-train',
    legs: 'heavy',
    yesterday: 'unknown',
    history: { runs: [run(1, 'recovery-run', { minutes: 120 })], checkIns: checkInsFor(10) },
    activity: 'cross-train',
    reasons: ['recovery-run-yesterday-still-heavy', 'after-long-run'],
  },
  {
    name: 'a 25 km run 3 days ago and a workout 2 days ago: two hard days, the long one by its length',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(3, 'easy-run', { distanceKm: 25, minutes: 140 }), run(2, 'workout', { minutes: 45 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['two-hard-days'],
  },
  {
    name: 'a long 25 km run logged yesterday makes a runner with no other history not new',
    legs: 'fresh',
    yesterday: 'unknown',
    newRunner: 'unset',
    history: { runs: [run(1, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: [] },
    activity: 'recovery-run',
    reasons: ['after-long-run'],
  },
];

// ---- Two days after a hard day ------------------------------------------------------------------------------
const TWO_DAYS_ROWS: Row[] = [
  {
    name: 'a long run two days ago, rest yesterday, heavy legs: the long run still counts',
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [run(2, 'long-run', { minutes: 110 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['hard-two-days-ago'],
  },
  {
    name: 'a 25 km "easy run" two days ago, heavy legs: long by its length, still counts',
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [run(2, 'easy-run', { distanceKm: 25, minutes: 140 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['hard-two-days-ago'],
  },
  {
    name: 'a 5 km race two days ago, sore legs: cross-train, and the race is said too',
    legs: 'sore',
    yesterday: 'rest',
    history: { runs: [run(2, 'race', { distanceKm: 5, minutes: 25 })], checkIns: checkInsFor(10) },
    activity: 'cross-train',
    reasons: ['sore-legs', 'hard-two-days-ago'],
  },
  {
    name: "a long run told in yesterday's check-in (two days ago), heavy legs: counts like a logged one",
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(1, { legs: 'okay', yesterday: 'long-run' }), ...checkInsFor(10).slice(1)] },
    activity: 'recovery-run',
    reasons: ['hard-two-days-ago'],
  },
  {
    name: 'a workout two days ago, fresh legs: the legs say it has passed -> easy run',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(2, 'workout', { minutes: 45 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a long run three days ago, heavy legs: just heavy legs',
    legs: 'heavy',
    yesterday: 'rest',
    history: { runs: [run(3, 'long-run', { minutes: 110 })], checkIns: checkInsFor(10) },
    activity: 'recovery-run',
    reasons: ['heavy-legs'],
  },
];

// ---- Days after a long race ---------------------------------------------------------------------------------
const marathonAgo = (days: number, extraRuns: RunRecord[] = []): History => ({
  runs: [run(days, 'race', { distanceKm: 42.195, minutes: 240 }), ...extraRuns],
  checkIns: checkInsFor(28),
});
const halfAgo = (days: number): History => ({
  runs: [run(days, 'race', { distanceKm: 21.1, minutes: 120 })],
  checkIns: checkInsFor(28),
});

const LONG_RACE_ROWS: Row[] = [
  {
    name: 'marathon 2 days ago, rest yesterday, fresh legs: recovery run, not an easy run',
    legs: 'fresh',
    yesterday: 'rest',
    history: marathonAgo(2),
    activity: 'recovery-run',
    reasons: ['long-race-recovery'],
  },
  {
    name: 'marathon 4 days ago, fresh legs: recovery run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: marathonAgo(4),
    activity: 'recovery-run',
    reasons: ['long-race-recovery'],
  },
  {
    name: 'marathon 7 days ago (last recovery-run day of 26/4): recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    history: marathonAgo(7),
    activity: 'recovery-run',
    reasons: ['long-race-recovery'],
  },
  {
    name: 'marathon 8 days ago: an easy run, with no hard session yet',
    legs: 'fresh',
    yesterday: 'rest',
    history: marathonAgo(8),
    activity: 'easy-run',
    reasons: ['fresh-legs', 'long-race-no-hard'],
  },
  {
    name: 'marathon 26 days ago (a day per mile): still no hard session',
    legs: 'fresh',
    yesterday: 'rest',
    history: marathonAgo(26),
    activity: 'easy-run',
    reasons: ['fresh-legs', 'long-race-no-hard'],
  },
  {
    name: 'marathon 27 days ago: the window is over',
    legs: 'fresh',
    yesterday: 'rest',
    history: marathonAgo(27),
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'half marathon 3 days ago (last recovery-run day of 13/4): recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    history: halfAgo(3),
    activity: 'recovery-run',
    reasons: ['long-race-recovery'],
  },
  {
    name: 'half marathon 4 days ago: an easy run, with no hard session yet',
    legs: 'fresh',
    yesterday: 'rest',
    history: halfAgo(4),
    activity: 'easy-run',
    reasons: ['fresh-legs', 'long-race-no-hard'],
  },
  {
    name: 'half marathon 13 days ago: still no hard session',
    legs: 'okay',
    yesterday: 'rest',
    history: halfAgo(13),
    activity: 'easy-run',
    reasons: ['fresh-legs', 'long-race-no-hard'],
  },
  {
    name: 'half marathon 14 days ago: the window is over',
    legs: 'okay',
    yesterday: 'rest',
    history: halfAgo(14),
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a 10 km race 2 days ago: not a long race, and the legs are fresh -> easy run',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(2, 'race', { distanceKm: 10, minutes: 45 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'a marathon told in a check-in two days ago (race 3 days ago, 42.2 km): recovery run',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(2, { legs: 'sore', yesterday: 'race', yesterdayDistanceKm: 42.2 }), checkInOn(1, { legs: 'heavy' }), ...checkInsFor(10).slice(2)] },
    activity: 'recovery-run',
    reasons: ['long-race-recovery'],
  },
  {
    name: 'marathon 4 days ago, heavy legs: recovery run, the race first',
    legs: 'heavy',
    yesterday: 'rest',
    history: marathonAgo(4),
    activity: 'recovery-run',
    reasons: ['long-race-recovery', 'heavy-legs'],
  },
  {
    name: 'marathon 2 days ago, sore legs: cross-train',
    legs: 'sore',
    yesterday: 'rest',
    history: marathonAgo(2),
    activity: 'cross-train',
    reasons: ['sore-legs', 'long-race-recovery'],
  },
  {
    name: 'marathon 10 days ago, heavy legs: recovery run, and no hard session yet',
    legs: 'heavy',
    yesterday: 'rest',
    history: marathonAgo(10),
    activity: 'recovery-run',
    reasons: ['heavy-legs', 'long-race-no-hard'],
  },
  {
    name: 'marathon 10 days ago, painful legs: rest, nothing about sessions',
    legs: 'painful',
    yesterday: 'rest',
    history: marathonAgo(10),
    activity: 'rest',
    reasons: ['pain-changes-movement'],
    seeProfessional: true,
  },
  {
    name: 'a 30 km long run (not a race) 3 days ago: no race window',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(3, 'long-run', { distanceKm: 30, minutes: 180 })], checkIns: checkInsFor(10) },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
];

// ---- Back after illness or pain -----------------------------------------------------------------------------
const healthRest = (daysAgo: number, advised: Activity = 'rest') => checkInOn(daysAgo, { advised, advisedFor: 'health' });

const BACK_ROWS: Row[] = [
  {
    name: 'rest advised for illness yesterday, today clear and fresh: the first run back is short and easy',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [], checkIns: [healthRest(1), ...checkInsFor(10).slice(1)] },
    activity: 'recovery-run',
    reasons: ['back-after-health'],
  },
  {
    name: 'rest advised for pain three days running, today clear: first run back',
    legs: 'okay',
    yesterday: 'rest',
    history: { runs: [], checkIns: [healthRest(1), healthRest(2), healthRest(3), ...checkInsFor(10).slice(3)] },
    activity: 'recovery-run',
    reasons: ['back-after-health'],
  },
  {
    name: 'a walk advised for a head cold 2 days ago, no check-in since, today clear: first run back',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [], checkIns: [healthRest(2, 'walk'), ...checkInsFor(10).slice(2)] },
    activity: 'recovery-run',
    reasons: ['back-after-health'],
  },
  {
    name: 'health rest 7 days ago, nothing since: still the first run back',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [], checkIns: [healthRest(7), checkInOn(8), checkInOn(9)] },
    activity: 'recovery-run',
    reasons: ['back-after-health'],
  },
  {
    name: 'health rest 8 days ago, nothing since: outside the week -> easy run',
    legs: 'fresh',
    yesterday: 'unknown',
    history: { runs: [], checkIns: [healthRest(8), checkInOn(9), checkInOn(10)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'health rest 3 days ago, a run logged 2 days ago: the first run back is done -> easy run',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [run(2, 'recovery-run', { minutes: 20 })], checkIns: [healthRest(3), ...checkInsFor(10).slice(3)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'health rest 2 days ago, then a check-in yesterday advising a run: the return was already advised',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(1, { legs: 'fresh', advised: 'recovery-run' }), healthRest(2), ...checkInsFor(10).slice(2)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'rest advised yesterday for being run down (not health): no return rule',
    legs: 'fresh',
    yesterday: 'rest',
    history: { runs: [], checkIns: [checkInOn(1, { runDown: true, advised: 'rest' }), ...checkInsFor(10).slice(1)] },
    activity: 'easy-run',
    reasons: ['fresh-legs'],
  },
  {
    name: 'health rest yesterday and still a head cold today: a walk, for today\'s reason',
    legs: 'fresh',
    yesterday: 'rest',
    wellbeing: { illAboveNeck: true },
    history: { runs: [], checkIns: [healthRest(1), ...checkInsFor(10).slice(1)] },
    activity: 'walk',
    reasons: ['ill-above-neck'],
    seeProfessional: true,
  },
  {
    name: 'health rest yesterday, a new runner today: the first run back is a short run-walk',
    legs: 'fresh',
    yesterday: 'rest',
    newRunner: true,
    history: { runs: [], checkIns: [healthRest(1), ...checkInsFor(10).slice(1)] },
    activity: 'recovery-run',
    reasons: ['back-after-health', 'new-runner'],
  },
];

const ROWS: Row[] = [
  ...PAIRS,
  ...WELLBEING,
  ...YESTERDAY_ROWS,
  ...PATTERN_ROWS,
  ...LOAD_ROWS,
  ...NEW_RUNNER_ROWS,
  ...LENGTH_ROWS,
  ...TWO_DAYS_ROWS,
  ...LONG_RACE_ROWS,
  ...BACK_ROWS,
];

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
