/**
 * Today's facts, read once from the check-in and the history, so that each rule is a one-line question.
 * History entries with an invalid date, or dated after today, are ignored rather than trusted.
 */
import {
  BACK_AFTER_HEALTH_WINDOW_DAYS,
  HARD_DAYS_WINDOW_DAYS,
  TIRED_PATTERN_WINDOW_DAYS,
  VOLUME_BASELINE_MAX_DAYS,
  VOLUME_BASELINE_MIN_DAYS,
  WEEK_DAYS,
} from './constants.js';
import { sessionReader, type SessionReader } from './classify.js';
import { daysBefore } from './dates.js';
import { HARD_KINDS, isHardSession, isRunningKind, volumeMinutes } from './load.js';
import { longRacePhase } from './long-race.js';
import { onlyShortEasyRunning } from './new-runner.js';
import type { Activity, CheckInRecord, DecideInput, Legs, RunRecord, SessionKind, Yesterday } from './types.js';
import { toldSessions } from './yesterday.js';

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
  /** Yesterday was a long run, workout or race (each logged session read by its kind in effect). */
  yesterdayHard: boolean;
  /** A recovery run yesterday: the runner's answer, or a session logged as one (whatever its length). */
  recoveryRunYesterday: boolean;
  /** A long run, workout or race (logged or told) two days ago. */
  hardTwoDaysAgo: boolean;
  /** Some half marathon or longer, 2 or more days ago, still keeps runs to recovery runs today. */
  longRaceRecovery: boolean;
  /** Some half marathon or longer is still within its no-hard-session days (after the recovery-run days). */
  longRaceNoHard: boolean;
  /** The last check-in in the past week had rest or a walk advised for pain or illness, and nothing was run since. */
  backAfterHealth: boolean;
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

/** Advice of a run (a recovery or easy run), as opposed to a walk, cross-training or rest. */
function isRunAdvice(activity: Activity): boolean {
  return activity === 'recovery-run' || activity === 'easy-run';
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


interface ResolvedYesterday {
  yesterday: Yesterday;
  source: YesterdaySource;
  distanceKm: number | null;
  hard: boolean;
}

function resolveYesterday(input: DecideInput, runsYesterday: RunRecord[], reader: SessionReader): ResolvedYesterday {
  const { checkIn } = input;
  // Each session by its kind in effect: a 25 km "run" was a long run, an easy run at effort 8 a workout.
  const effectiveKind = (run: RunRecord): SessionKind => reader.kind(run);
  const spokenDistance = positiveOrNull(checkIn.yesterdayDistanceKm);
  if (checkIn.yesterday !== 'unknown') {
    const answer = checkIn.yesterday;
    // The runner's answer wins; a logged session of the same kind may still tell its distance.
    const loggedDistances = runsYesterday
      .filter((run) => run.kind === answer || effectiveKind(run) === answer)
      .map((run) => positiveOrNull(run.distanceKm))
      .filter((km): km is number => km !== null);
    const longestLogged = loggedDistances.reduce<number | null>((a, b) => (a === null ? b : Math.max(a, b)), null);
    const distanceKm = spokenDistance ?? longestLogged;
    // "An easy run" said of a logged easy run that was 25 km: what it was wins when it was harder than its name.
    let kind: Yesterday = answer;
    for (const run of runsYesterday) {
      if (!isSessionKind(kind) || run.kind !== answer) continue;
      const effective = effectiveKind(run);
      if (SESSION_DEMAND[effective] > SESSION_DEMAND[kind]) kind = effective;
    }
    return { yesterday: kind, source: 'check-in', distanceKm, hard: isSessionKind(kind) && HARD_KINDS.has(kind) };
  }
  // The most demanding session of the day; between two of the same kind, the longer (a marathon over a 5 km).
  let chosen: RunRecord | undefined;
  for (const run of runsYesterday) {
    if (!chosen) {
      chosen = run;
      continue;
    }
    const [now, best] = [SESSION_DEMAND[effectiveKind(run)], SESSION_DEMAND[effectiveKind(chosen)]];
    const longer = (positiveOrNull(run.distanceKm) ?? 0) > (positiveOrNull(chosen.distanceKm) ?? 0);
    if (now > best || (now === best && longer)) chosen = run;
  }
  if (!chosen) return { yesterday: 'unknown', source: 'none', distanceKm: spokenDistance, hard: false };
  const kind = effectiveKind(chosen);
  return {
    yesterday: kind,
    source: 'history',
    // Nothing was answered about yesterday, so the logged distance is the one to trust.
    distanceKm: positiveOrNull(chosen.distanceKm) ?? spokenDistance,
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
  const reader = sessionReader({ runs });
  const yesterday = resolveYesterday(input, runsYesterday, reader);
  // Sessions told in earlier check-ins (a check-in on day D tells about D - 1); yesterday's is today's answer.
  const told = toldSessions(checkIns).filter((run) => ago(run.date) >= 2);
  const sessions = [...runs, ...told];

  const hardDays = new Set<number>();
  // A hard bike or hike logged yesterday still counts as a hard day, unless the runner said otherwise.
  if (yesterday.hard || (yesterday.source === 'history' && runsYesterday.some(isHardSession))) hardDays.add(1);
  for (const run of sessions) {
    const days = ago(run.date);
    // Yesterday is settled by resolveYesterday (the runner's answer wins over the log).
    if (days >= 2 && days <= HARD_DAYS_WINDOW_DAYS && reader.hard(run)) hardDays.add(days);
  }
  const hardTwoDaysAgo = sessions.some(
    (run) => ago(run.date) === 2 && HARD_KINDS.has(reader.kind(run)),
  );
  const recoveryRunYesterday =
    yesterday.source === 'check-in'
      ? checkIn.yesterday === 'recovery-run'
      : runsYesterday.some((run) => run.kind === 'recovery-run');

  // Long races two or more days back (yesterday's is rule 4's: the runner's answer about yesterday wins there).
  let longRaceRecovery = false;
  let longRaceNoHard = false;
  for (const run of sessions) {
    if (run.kind !== 'race' || run.distanceKm === undefined) continue;
    const days = ago(run.date);
    if (days < 2) continue;
    const phase = longRacePhase(run.distanceKm, days);
    if (phase === 'recovery-run') longRaceRecovery = true;
    if (phase === 'no-hard') longRaceNoHard = true;
  }

  // The first run back after rest advised for pain or illness: the latest check-in of the past week says so, and
  // no running session is logged after it.
  let latest: CheckInRecord | undefined;
  for (const c of checkIns) {
    const days = ago(c.date);
    if (days > BACK_AFTER_HEALTH_WINDOW_DAYS) continue;
    if (!latest || days < ago(latest.date)) latest = c;
  }
  const last = latest;
  const restedForHealth = last?.advisedFor === 'health' && last.advised !== undefined && !isRunAdvice(last.advised);
  const ranSince = last !== undefined && runs.some((run) => isRunningKind(run.kind) && ago(run.date) < ago(last.date));
  const backAfterHealth = restedForHealth && !ranSince;

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

  // The runner's own answer wins; without one, a history of only short, easy running (or none) is a new runner's,
  // unless today's answer about yesterday already names a long run, workout or race.
  const newRunner =
    checkIn.newRunner ?? (!(yesterday.source === 'check-in' && yesterday.hard) && onlyShortEasyRunning(sessions));

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
    recoveryRunYesterday,
    hardTwoDaysAgo,
    longRaceRecovery,
    longRaceNoHard,
    backAfterHealth,
    recentHardDays: hardDays.size,
    todayTired,
    tiredDays: tiredDays.size,
    thisWeekMinutes: runningMinutesBetween(0, WEEK_DAYS - 1),
    usualWeekMinutes,
    newRunner,
  };
}
