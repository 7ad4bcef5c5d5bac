/**
 * The coach's rules, one small named function each, in priority order (article first, sports science second).
 * A rule that fires names its reason and caps how demanding today may be; the coach takes the lowest cap.
 * Because every cap only falls as the legs get worse, worse legs can never earn a more demanding answer.
 */
import { LONG_RACE_KM, VOLUME_RISE_LIMIT, HARD_DAYS_LIMIT, TIRED_PATTERN_MIN_DAYS } from './constants.js';
import type { ReasonCode } from './advice.js';
import type { Facts } from './facts.js';
import type { Activity } from './types.js';

export interface Finding {
  reason: ReasonCode;
  /** The most demanding activity this rule allows today. */
  cap: Activity;
  /** Pain or illness: see a health professional if it persists. */
  seeProfessional: boolean;
}

export type Rule = (facts: Facts) => Finding | null;

const finding = (reason: ReasonCode, cap: Activity, seeProfessional = false): Finding => ({
  reason,
  cap,
  seeProfessional,
});

/** Heavy or sore legs (pain is handled by its own rule and already means rest). */
const tiredLegs = (facts: Facts): boolean => facts.legs === 'heavy' || facts.legs === 'sore';

// ---- 1. Pain ------------------------------------------------------------------------------------------------

/** Article: sore in a way that changes your movement -> not a run. DESIGN: pain that alters gait means stop. */
export const painChangesMovement: Rule = (f) =>
  f.legs === 'painful' ? finding('pain-changes-movement', 'rest', true) : null;

// ---- 2. Illness and fatigue ---------------------------------------------------------------------------------

/** Fever, chest, cough, aches, stomach: rest (the neck check). */
export const illBelowNeck: Rule = (f) => (f.illBelowNeck ? finding('ill-below-neck', 'rest', true) : null);

/** Head cold: easy movement at most; rest when anything else is also down (sleep, run down, heavy or sore legs). */
export const illAboveNeck: Rule = (f) =>
  f.illAboveNeck
    ? finding('ill-above-neck', f.sleptBadly || f.runDown || tiredLegs(f) ? 'rest' : 'walk', true)
    : null;

/** Article: unusually fatigued or run down -> something gentler; rest when sleep, a cold or the legs add to it. */
export const runDown: Rule = (f) =>
  f.runDown ? finding('run-down', f.sleptBadly || f.illAboveNeck || tiredLegs(f) ? 'rest' : 'walk') : null;

/**
 * A bad night adds to run down or a cold (-> rest). Alone it only keeps today easy: one bad night is one item of
 * a wellness questionnaire (Hooper), not a reason to stop moving.
 */
export const sleptBadly: Rule = (f) =>
  f.sleptBadly ? finding('slept-badly', f.runDown || f.illAboveNeck ? 'rest' : 'recovery-run') : null;

// ---- 3. Sore legs -------------------------------------------------------------------------------------------

/** Article: sore legs, still moving normally -> an easy bike or swim, or a walk; not a run. */
export const soreLegs: Rule = (f) => (f.legs === 'sore' ? finding('sore-legs', 'cross-train') : null);

// ---- 4. The days after a hard day or a long race, and back after rest for health ----------------------------

/** Article: a recovery run the day after a long run, hard session or race; after a long race, walk or rest first. */
export const afterHardDay: Rule = (f) => {
  switch (f.yesterday) {
    case 'long-run':
      return finding('after-long-run', 'recovery-run');
    case 'workout':
      return finding('after-workout', 'recovery-run');
    case 'race':
      return f.yesterdayDistanceKm !== null && f.yesterdayDistanceKm >= LONG_RACE_KM
        ? finding('after-long-race', 'walk')
        : finding('after-race', 'recovery-run');
    default:
      return null;
  }
};

/**
 * Some days after a half marathon or longer: recovery runs only, for a quarter of a day per mile raced
 * (LONG_RACE_RECOVERY_RUN_SHARE); the day after is rule 4's walk.
 */
export const longRaceRecovery: Rule = (f) => (f.longRaceRecovery ? finding('long-race-recovery', 'recovery-run') : null);

/**
 * A long run, workout or race two days ago still counts when the legs are tired: the day is theirs, not a fresh
 * one (when yesterday was hard too, rule 4 and the two-hard-days rule already say so; a long race says it itself).
 */
export const hardTwoDaysAgo: Rule = (f) =>
  f.hardTwoDaysAgo && tiredLegs(f) && !f.yesterdayHard && !f.longRaceRecovery
    ? finding('hard-two-days-ago', 'recovery-run')
    : null;

/** After rest advised for pain or illness, today clear: the first run back is a short, easy one. */
export const backAfterHealth: Rule = (f) =>
  f.backAfterHealth && f.legs !== 'painful' && !f.illAboveNeck && !f.illBelowNeck
    ? finding('back-after-health', 'recovery-run')
    : null;

// ---- 5. Heavy legs and the tired pattern --------------------------------------------------------------------

/** Article: legs tired but wanting gentle movement -> a recovery run (after a recent hard day, rule 4 says so). */
export const heavyLegs: Rule = (f) =>
  f.legs === 'heavy' && !f.yesterdayHard && !hardTwoDaysAgo(f) ? finding('heavy-legs', 'recovery-run') : null;

/** Hooper/McLean: several tired check-ins in a few days are a drift, not a bad day -> cross-train or rest. */
export const tiredPattern: Rule = (f) =>
  f.todayTired && f.tiredDays >= TIRED_PATTERN_MIN_DAYS ? finding('tired-pattern', 'cross-train') : null;

// ---- 6. Chained recovery runs -------------------------------------------------------------------------------

/**
 * A recovery run yesterday and the legs still heavy: another run would chain into fatigue -> walk or cross-train.
 * A run logged as a recovery run counts whatever its length, so a longer one never earns more today.
 */
export const recoveryRunYesterdayStillHeavy: Rule = (f) =>
  f.recoveryRunYesterday && f.legs === 'heavy'
    ? finding('recovery-run-yesterday-still-heavy', 'cross-train')
    : null;

// ---- 7. Load ------------------------------------------------------------------------------------------------

/** Article: a week where running volume has increased -> recovery runs rather than easy runs. */
export const volumeUp: Rule = (f) => {
  // A usual week of zero is a start (or a return), not a rise: there is nothing to be 10% above.
  if (f.usualWeekMinutes === null || f.usualWeekMinutes <= 0) return null;
  return f.thisWeekMinutes > f.usualWeekMinutes * (1 + VOLUME_RISE_LIMIT) ? finding('volume-up', 'recovery-run') : null;
};

/** Hard/easy alternation: two hard days in the last three -> today stays a recovery run. */
export const twoHardDays: Rule = (f) =>
  f.recentHardDays >= HARD_DAYS_LIMIT ? finding('two-hard-days', 'recovery-run') : null;

/**
 * Priority order: when two rules cap today equally, the earlier one is the main reason.
 * Rule 8 (fresh legs -> easy run) is what is left when none fires; rule 9 (new runner) shapes the run, see decide.
 */
export const RULES: readonly Rule[] = [
  painChangesMovement,
  illBelowNeck,
  illAboveNeck,
  runDown,
  sleptBadly,
  soreLegs,
  afterHardDay,
  longRaceRecovery,
  hardTwoDaysAgo,
  backAfterHealth,
  heavyLegs,
  tiredPattern,
  recoveryRunYesterdayStillHeavy,
  volumeUp,
  twoHardDays,
];
