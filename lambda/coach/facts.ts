/**
 * Today's facts, read once from the check-in and the history, so that each rule is a one-line question.
 * History entries with an invalid date, or dated after today, are ignored rather than trusted.
 */
import {
  ALMOST_NO_HISTORY_DAYS,
  HARD_DAYS_WINDOW_DAYS,
  TIRED_PATTERN_WINDOW_DAYS,
  VOLUME_BASELINE_MAX_DAYS,
  VOLUME_BASELINE_MIN_DAYS,
  WEEK_DAYS,
} from './constants.js';
import { daysBefore } from './dates.js';
import { HARD_KINDS, isHardSession, isRunningKind, volumeMinutes } from './load.js';
import type { CheckInRecord, DecideInput, Legs, RunRecord, SessionKind, Yesterday } from './types.js';

/** Where the coach learnt what happened yesterday. */
export type YesterdaySource = 'check-in' | 'history' | 'none';

export interface Facts {
  legs: Legs;
  sleptBadly: boolean;
  runDown: boolean;
  illAboveNeck: boolean;
  illBelowNeck: boolean;
  /** Yesterday's session: the runner's own answer wins; 'unknown' falls back to the history's run dated yesterday. */
  yesterday: Yesterday;
  yesterdaySource: YesterdaySource;
  yesterdayDistanceKm: number | null;
  /** Yesterday was a long run, workout or race (after promoting a hard-logged easy run to a workout). */
  yesterdayHard: boolean;
  /** Hard days among the HARD_DAYS_WINDOW_DAYS days before today. */
  recentHardDays: number;
  /** Today's answers are tired ones (heavy or sore legs, or run down). */
  todayTired: boolean;
  /** Days with tired answers in the tired-pattern window, today included. */
  tiredDays: number;
  /** Running minutes today and the 6 days before. */
  thisWeekMinutes: number;
  /** The runner's usual running minutes per week before this one; null when history is too short to say. */
  usualWeekMinutes: number | null;
  newRunner: boolean;
}

/** A stored check-in with tired answers: heavy or sore legs, or run down (Hooper: fatigue and soreness). */
export function isTiredCheckIn(checkIn: Pick<CheckInRecord, 'legs' | 'runDown'>): boolean {
  return checkIn.legs === 'heavy' || checkIn.legs === 'sore' || checkIn.runDown === true;
}

function isSessionKind(yesterday: Yesterday): yesterday is SessionKind {
  return yesterday !== 'rest' && yesterday !== 'unknown';
}

function positiveOrNull(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** How demanding yesterday's session was, to pick one when several were logged for the same day. */
const SESSION_DEMAND: Record<SessionKind, number> = {
  walk: 1,
  'cross-training': 2,
  'recovery-run': 3,
  'easy-run': 4,
  workout: 5,
  'long-run': 6,
  race: 7,
};

/** A run logged as easy but hard by effort or load was a hard session in effect: treat it as a workout. */
function effectiveKind(run: RunRecord): SessionKind {
  if (isRunningKind(run.kind) && !HARD_KINDS.has(run.kind) && isHardSession(run)) return 'workout';
  return run.kind;
}

interface ResolvedYesterday {
  yesterday: Yesterday;
  source: YesterdaySource;
  distanceKm: number | null;
  hard: boolean;
}

function resolveYesterday(input: DecideInput, runsYesterday: RunRecord[]): ResolvedYesterday {
  const { checkIn } = input;
  const spokenDistance = positiveOrNull(checkIn.yesterdayDistanceKm);
  if (checkIn.yesterday !== 'unknown') {
    const answer = checkIn.yesterday;
    // The runner's answer wins; a logged session of the same kind may still tell its distance.
    const loggedDistances = runsYesterday
      .filter((run) => run.kind === answer)
      .map((run) => positiveOrNull(run.distanceKm))
      .filter((km): km is number => km !== null);
    const longestLogged = loggedDistances.reduce<number | null>((a, b) => (a === null ? b : Math.max(a, b)), null);
    const distanceKm = spokenDistance ?? longestLogged;
    return { yesterday: answer, source: 'check-in', distanceKm, hard: isSessionKind(answer) && HARD_KINDS.has(answer) };
  }
  let chosen: RunRecord | undefined;
  for (const run of runsYesterday) {
    if (!chosen || SESSION_DEMAND[effectiveKind(run)] > SESSION_DEMAND[effectiveKind(chosen)]) chosen = run;
  }
  if (!chosen) return { yesterday: 'unknown', source: 'none', distanceKm: spokenDistance, hard: false };
  const kind = effectiveKind(chosen);
  return {
    yesterday: kind,
    source: 'history',
    distanceKm: spokenDistance ?? positiveOrNull(chosen.distanceKm),
    hard: HARD_KINDS.has(kind),
  };
}

export function readFacts(input: DecideInput): Facts {
  const { today, checkIn, history } = input;
  const wellbeing = checkIn.wellbeing ?? {};
  // Each date is compared many times per decision: parse it once.
  const daysAgo = new Map<string, number>();
  const ago = (date: string): number => {
    let days = daysAgo.get(date);
    if (days === undefined) {
      days = daysBefore(today, date);
      daysAgo.set(date, days);
    }
    return days;
  };

  // NaN (invalid dates) fails every comparison below, so such entries simply drop out.
  const runs = history.runs.filter((run) => ago(run.date) >= 0);
  const checkIns = history.checkIns.filter((c) => ago(c.date) >= 1); // today's answer is the check-in itself

  const runsYesterday = runs.filter((run) => ago(run.date) === 1);
  const yesterday = resolveYesterday(input, runsYesterday);

  const hardDays = new Set<number>();
  // A hard bike or hike logged yesterday still counts as a hard day, unless the runner said otherwise.
  if (yesterday.hard || (yesterday.source === 'history' && runsYesterday.some(isHardSession))) hardDays.add(1);
  for (const run of runs) {
    const days = ago(run.date);
    // Yesterday is settled by resolveYesterday (the runner's answer wins over the log).
    if (days >= 2 && days <= HARD_DAYS_WINDOW_DAYS && isHardSession(run)) hardDays.add(days);
  }

  const todayTired = isTiredCheckIn({
    legs: checkIn.legs === 'painful' ? undefined : checkIn.legs,
    runDown: wellbeing.runDown,
  });
  const tiredDays = new Set<number>();
  if (todayTired) tiredDays.add(0);
  for (const c of checkIns) {
    const days = ago(c.date);
    if (days < TIRED_PATTERN_WINDOW_DAYS && isTiredCheckIn(c)) tiredDays.add(days);
  }

  const runningMinutesBetween = (fromDays: number, toDays: number): number =>
    runs
      .filter((run) => isRunningKind(run.kind) && ago(run.date) >= fromDays && ago(run.date) <= toDays)
      .reduce((sum, run) => sum + volumeMinutes(run), 0);

  // The baseline runs from the oldest thing the coach knows (a run or a check-in) up to the start of this week,
  // so weeks without running count as zero only when the runner was using the skill then.
  const knownDays = [...runs.map((run) => ago(run.date)), ...checkIns.map((c) => ago(c.date))];
  const oldest = knownDays.reduce((a, b) => Math.max(a, b), 0);
  const baselineEnd = Math.min(oldest, WEEK_DAYS - 1 + VOLUME_BASELINE_MAX_DAYS);
  const baselineDays = baselineEnd - (WEEK_DAYS - 1);
  const usualWeekMinutes =
    baselineDays >= VOLUME_BASELINE_MIN_DAYS
      ? (runningMinutesBetween(WEEK_DAYS, baselineEnd) / baselineDays) * WEEK_DAYS
      : null;

  // The runner's own answer wins; without one, almost no history means coaching as for a new runner, unless
  // a recent long run, hard session or race already says they are not new to running.
  const historyDays = new Set(knownDays).size;
  const newRunner = checkIn.newRunner ?? (historyDays < ALMOST_NO_HISTORY_DAYS && !yesterday.hard && hardDays.size === 0);

  return {
    legs: checkIn.legs,
    sleptBadly: wellbeing.sleptBadly === true,
    runDown: wellbeing.runDown === true,
    illAboveNeck: wellbeing.illAboveNeck === true,
    illBelowNeck: wellbeing.illBelowNeck === true,
    yesterday: yesterday.yesterday,
    yesterdaySource: yesterday.source,
    yesterdayDistanceKm: yesterday.distanceKm,
    yesterdayHard: yesterday.hard,
    recentHardDays: hardDays.size,
    todayTired,
    tiredDays: tiredDays.size,
    thisWeekMinutes: runningMinutesBetween(0, WEEK_DAYS - 1),
    usualWeekMinutes,
    newRunner,
  };
}
