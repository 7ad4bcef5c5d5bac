/**
 * Every threshold the coach uses, each with where it comes from. Numbers are coaching practice, not law:
 * change them here and the rule table in tests/coach says what moved.
 */
import type { MinutesRange } from './types.js';

// ---- Hard days and load -------------------------------------------------------------------------------------

/** A logged effort of 7/10 or more is a hard session (Foster's session-RPE scale: 7 = "very hard"). */
export const HARD_EFFORT = 7;

/** Session load (effort x minutes, Foster 2001) of an hour at effort 7: a longer easier session that reaches it is as demanding. */
export const HARD_SESSION_LOAD = 7 * 60;

/** A race of a half marathon (21.1 km) or longer calls for a walk or rest first (brief: yesterdayDistanceKm >= 21). */
export const LONG_RACE_KM = 21;

/** Hard/easy alternation: look at the three days before today... */
export const HARD_DAYS_WINDOW_DAYS = 3;

/** ...and two hard days among them call for a recovery run rather than an easy run (DESIGN: a hard day is followed by an easy day). */
export const HARD_DAYS_LIMIT = 2;

// ---- Tired pattern (wellness drift) -------------------------------------------------------------------------

/** Today and the 4 days before: Hooper/McLean wellness is judged over several days, and a 5-day window tolerates missed check-ins. */
export const TIRED_PATTERN_WINDOW_DAYS = 5;

/** Three tired days in that window (today included) is a pattern, not a bad day (DESIGN: "several tired check-ins in a row"). */
export const TIRED_PATTERN_MIN_DAYS = 3;

// ---- Weekly volume ------------------------------------------------------------------------------------------

/** A training week: today and the 6 days before. */
export const WEEK_DAYS = 7;

/** This week more than 10% above the runner's usual week = "a week where your running volume has increased" (article; brief's ~10%). */
export const VOLUME_RISE_LIMIT = 0.1;

/** The baseline reaches back three weeks before this one: the store keeps 28 days (DEFAULT_RETENTION_DAYS). */
export const VOLUME_BASELINE_MAX_DAYS = 21;

/** At least two weeks of history before this week, or the baseline is too thin to call a rise. */
export const VOLUME_BASELINE_MIN_DAYS = 14;

/** Minutes per km assumed for a run logged with distance only: a typical easy pace for recreational runners. */
export const ASSUMED_EASY_PACE_MIN_PER_KM = 6;

/** Minutes assumed for a run logged with neither time nor distance: a typical short easy run. */
export const ASSUMED_SESSION_MINUTES = 30;

// ---- New runners --------------------------------------------------------------------------------------------

/** Fewer than 3 days with any history (runs or check-ins) is "almost no history": coach as for a new runner. */
export const ALMOST_NO_HISTORY_DAYS = 3;

// ---- Durations (minutes) ------------------------------------------------------------------------------------

/** DESIGN: recovery runs are about 20-40 min; the short end keeps them a recovery (article: "usually short"). */
export const RECOVERY_RUN_MINUTES: MinutesRange = { min: 20, max: 30 };
/** Article: for newer runners a recovery run may be a short run-walk. */
export const NEW_RUNNER_RECOVERY_RUN_MINUTES: MinutesRange = { min: 15, max: 20 };
/** A general easy run: enough time on feet to build routine and aerobic fitness (article). */
export const EASY_RUN_MINUTES: MinutesRange = { min: 30, max: 45 };
/** New runners build time on feet with run-walk; shorter than an experienced runner's easy run. */
export const NEW_RUNNER_EASY_RUN_MINUTES: MinutesRange = { min: 20, max: 30 };
/** An easy walk: movement without running load. */
export const WALK_MINUTES: MinutesRange = { min: 20, max: 40 };
/** Easy bike or swim: same time budget as a walk, kept gentle. */
export const CROSS_TRAIN_MINUTES: MinutesRange = { min: 20, max: 40 };
/** Rest is no session. */
export const REST_MINUTES: MinutesRange = { min: 0, max: 0 };

// ---- Validating a logged session ----------------------------------------------------------------------------

/** Longest single run accepted: Spartathlon is 246 km; beyond 250 km is a mishearing, not a run. */
export const MAX_RUN_KM = 250;

/** Longest single session accepted: 24 hours (24-hour races are the long end of one session). */
export const MAX_RUN_MINUTES = 24 * 60;

/** Fastest pace believed over 1 km or more: the 1000 m world record is 2:11.96/km, so 2:00/km leaves margin for rounding. */
export const FASTEST_PLAUSIBLE_PACE_MIN_PER_KM = 2;

/** The pace check starts at 1 km: shorter distances with whole spoken minutes are too coarse to judge. */
export const PACE_CHECK_MIN_KM = 1;

/** Effort is rate of perceived exertion on 1-10. */
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 10;
