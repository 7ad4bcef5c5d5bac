/**
 * The readiness record to store for today, from today's answers and the advice given: one builder for the
 * check-in and for "should I run?". Pain and illness shape the advice but are never stored; only the fact that
 * health shaped it ('health') is, so that the first run back can be a short, easy one.
 */
import type { Advice, ReasonCode } from './advice.js';
import type { CheckInRecord, Legs, Wellbeing, Yesterday } from './types.js';

/** Reasons that mean pain or illness shaped the day's advice. */
export const HEALTH_REASONS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'pain-changes-movement',
  'ill-below-neck',
  'ill-above-neck',
]);

/** What the runner answered today; anything not answered is left out (or kept from `earlier`). */
export interface TodaysAnswers {
  legs?: Legs;
  yesterday?: Yesterday;
  yesterdayDistanceKm?: number;
  wellbeing?: Wellbeing;
}

/**
 * The record for `today`. Answers given now win; answers not given now are kept from `earlier` (today's stored
 * record, if any), so a "should I run?" after a check-in keeps the sleep answer and a later check-in replaces both.
 * Painful legs store no legs at all (not even an earlier answer); illness answers are never read.
 */
export function readinessRecord(today: string, answers: TodaysAnswers, advice?: Advice, earlier?: CheckInRecord): CheckInRecord {
  const record: CheckInRecord = { date: today };
  const prior = earlier?.date === today ? earlier : undefined;

  if (answers.legs === undefined) {
    if (prior?.legs !== undefined) record.legs = prior.legs;
  } else if (answers.legs !== 'painful') {
    record.legs = answers.legs;
  }

  const sleptBadly = answers.wellbeing?.sleptBadly ?? prior?.sleptBadly;
  if (sleptBadly !== undefined) record.sleptBadly = sleptBadly;
  const runDown = answers.wellbeing?.runDown ?? prior?.runDown;
  if (runDown !== undefined) record.runDown = runDown;

  const saidYesterday = answers.yesterday !== undefined && answers.yesterday !== 'unknown';
  const yesterday = saidYesterday ? answers.yesterday : prior?.yesterday;
  if (yesterday !== undefined && yesterday !== 'unknown') record.yesterday = yesterday;
  // A distance belongs to the yesterday it came with: a new answer without one drops the earlier distance.
  const km = saidYesterday ? answers.yesterdayDistanceKm : prior?.yesterdayDistanceKm;
  if (record.yesterday !== undefined && typeof km === 'number' && Number.isFinite(km) && km > 0) record.yesterdayDistanceKm = km;

  if (advice) {
    record.advised = advice.activity;
    if (advice.reasons.some((r) => HEALTH_REASONS.has(r))) record.advisedFor = 'health';
  } else {
    if (prior?.advised !== undefined) record.advised = prior.advised;
    if (prior?.advisedFor !== undefined) record.advisedFor = prior.advisedFor;
  }
  return record;
}
