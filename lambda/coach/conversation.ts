/**
 * Coaching judgements the conversations need between the questions and the advice: whether yesterday
 * matters, what the history already says about it, how hard an effort word is, whether a swap is fine, and
 * which day a logged session was on. Pure, like the rest of the coach.
 */
import { ACTIVITY_DEMAND } from './decide.js';
import { addDays, daysBetween } from './dates.js';
import { HARD_EFFORT } from './constants.js';
import type { Advice } from './advice.js';
import type { Activity, CheckInRecord, History, Legs, Yesterday } from './types.js';

/** With pain, today is rest whatever happened yesterday: the coach does not need to ask. */
export function yesterdayMatters(legs: Legs): boolean {
  return legs !== 'painful';
}

/** Today's stored check-in, if the runner already did one. */
export function todaysCheckIn(history: Pick<History, 'checkIns'>, today: string): CheckInRecord | undefined {
  return history.checkIns.find((c) => c.date === today);
}

/** Effort words runners use, mildest first. */
export const EFFORT_WORDS = ['easy', 'moderate', 'hard', 'very-hard', 'max'] as const;
export type EffortWord = (typeof EFFORT_WORDS)[number];

/** Each word on the 1-10 scale of perceived exertion; "hard" is exactly where a session starts to count as hard. */
const EFFORT_WORD_SCORE: Readonly<Record<EffortWord, number>> = {
  easy: 3,
  moderate: 5,
  hard: HARD_EFFORT,
  'very-hard': HARD_EFFORT + 1,
  max: 10,
};

export function effortOfWord(word: EffortWord): number {
  return EFFORT_WORD_SCORE[word];
}

/**
 * The runner asks for something else instead of the advice: the same thing, something gentler (always
 * fine), or something harder: never on a rest day or when a professional should look at it, else too much.
 */
export type Swap = 'same' | 'gentler' | 'not-today' | 'too-much';

export function judgeSwap(advice: Pick<Advice, 'activity' | 'seeProfessional'>, wanted: Activity): Swap {
  const gap = ACTIVITY_DEMAND[wanted] - ACTIVITY_DEMAND[advice.activity];
  if (gap === 0) return 'same';
  if (gap < 0) return 'gentler';
  return advice.seeProfessional || advice.activity === 'rest' ? 'not-today' : 'too-much';
}

/**
 * The local date a logged session was on. AMAZON.DATE rolls a bare weekday forward ("on Tuesday" said on a
 * Monday is tomorrow); runs are in the past, so a date less than a week ahead is the same weekday last week.
 * A session older than the history keeps cannot be logged.
 */
export function sessionDate(said: string | undefined, today: string, keepDays: number): string | 'future' | 'too-old' {
  if (!said) return today;
  let date = said;
  if (daysBetween(today, date) > 0 && daysBetween(today, date) < 7) date = addDays(date, -7);
  if (daysBetween(today, date) > 0) return 'future';
  if (daysBetween(date, today) >= keepDays) return 'too-old';
  return date;
}

/** The morning check-in is a before-the-run habit: an opened skill offers it until local noon. */
export const MORNING_ENDS_HOUR = 12;

export function isCheckInTime(localHour: number): boolean {
  return localHour < MORNING_ENDS_HOUR;
}
