/** The coach's public API: handlers and speech import from here, never from the files behind it. */
export * from './types.js';
export * from './advice.js';
export { decide, ACTIVITY_DEMAND, isRun } from './decide.js';
export {
  validateRun,
  RUN_PROBLEMS,
  type RunProblem,
  type RunToValidate,
  type RunValidation,
  type ValidRun,
} from './validate-run.js';
export * from './units.js';
export { addDays, daysBefore, daysBetween, isCalendarDate, isDate } from './dates.js';
export { sessionLoad, runLoad, isHardSession, isRunningKind, volumeMinutes } from './load.js';
export { summariseWeek, type WeekSummary, type WeekTotals } from './week.js';
export { isTiredCheckIn } from './facts.js';
