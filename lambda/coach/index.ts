/** The coach's public API: handlers and speech import from here, never from the files behind it. */
export * from './types.js';
export * from './advice.js';
export { decide, ACTIVITY_DEMAND, isRun } from './decide.js';
export {
  validateRun,
  fasterThanWorldRecord,
  RUN_PROBLEMS,
  type RunProblem,
  type RunToValidate,
  type RunValidation,
  type ValidRun,
} from './validate-run.js';
export * from './units.js';
export { addDays, daysBefore, daysBetween, isCalendarDate, isDate } from './dates.js';
export { sessionLoad, runLoad, isHardSession, isRunningKind, volumeMinutes } from './load.js';
export { classifySession, isHardDay, isLongByLength, usualRunBefore, type UsualRun } from './classify.js';
export { onlyShortEasyRunning, showsRunningExperience } from './new-runner.js';
export { longRacePhase, longRaceWindow, isLongRace, type LongRacePhase, type LongRaceWindow } from './long-race.js';
export { yesterdayKnown, toldSessions } from './yesterday.js';
export { readinessRecord, HEALTH_REASONS, type TodaysAnswers } from './readiness.js';
export { summariseWeek, weekDays, type WeekDay, type WeekSummary, type WeekTotals } from './week.js';
export { isTiredCheckIn } from './facts.js';
export {
  yesterdayMatters,
  todaysCheckIn,
  EFFORT_WORDS,
  type EffortWord,
  effortOfWord,
  judgeSwap,
  type Swap,
  sessionDate,
  MORNING_ENDS_HOUR,
  isCheckInTime,
} from './conversation.js';
