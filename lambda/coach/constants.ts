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

// ---- Long runs by their length ------------------------------------------------------------------------------

/**
 * With no usual run to compare against, a run of 90 minutes or more is a long run: "the 90-minute rule"
 * (Women's Running, 2016); marathontraining.com counts runs over 90 minutes or of 10 miles or more.
 */
export const LONG_RUN_FLOOR_MINUTES = 90;

/** ...or of 16 km (10 miles) or more, the distance half of that definition. */
export const LONG_RUN_FLOOR_KM = 16;

/**
 * With a usual run, a long run is half as long again as the runner's median run. Coaches size the long run at about
 * double the daily run (Joe Henderson, Running Commentary "What's Long?": "any run of double my daily average";
 * Chatty Sparkly Runners, "double your average run"): half as long again is well on the way there, and well clear
 * of an ordinary day's spread.
 */
export const LONG_RUN_OVER_USUAL = 1.5;

/**
 * ...and at least an hour (or 10 km): coaches set no long run for an experienced runner under 60 minutes
 * (runningcoachcarl.com, "How long should your long run be?"), so a 20-minute jogger's 30 minutes is not one.
 */
export const LONG_RUN_RELATIVE_MIN_MINUTES = 60;
export const LONG_RUN_RELATIVE_MIN_KM = 10;

/** The runner's usual run is the median of at least 3 earlier runs with that measure; fewer is no usual run. */
export const USUAL_RUN_MIN_SAMPLES = 3;

// ---- After a long race --------------------------------------------------------------------------------------

/**
 * No hard session for a day per mile raced: "the Jack Foster rule" (Joe Henderson, Running Commentary 979, from
 * Foster's Ancient Marathoner: "a day off racing for every mile I raced ... daily runs okay but no really hard
 * effort"). A half marathon gives 13 days, a marathon 26.
 */
export const LONG_RACE_NO_HARD_DAYS_PER_MILE = 1;

/**
 * The first quarter of those days keeps every run a short recovery run: post-marathon plans keep days 2 to 7 to
 * "short easy runs only" and return to normal easy running over days 7 to 14 (26weeks.ai marathon recovery plan;
 * Pfitzinger's post-marathon weeks start the same way). A quarter of 26 days is those 7; a half marathon gets 3.
 */
export const LONG_RACE_RECOVERY_RUN_SHARE = 0.25;

// ---- Back after illness or pain -----------------------------------------------------------------------------

/**
 * A rest or walk advised for pain or illness in the last week, and no run since: the first run back is a short,
 * easy one ("start off easier than you think you need to"; run-walk of about 20 minutes first: Coach Jenny Hadfield,
 * "How to return to running after illness").
 */
export const BACK_AFTER_HEALTH_WINDOW_DAYS = 7;

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

/**
 * "Short" running for a new runner: up to 5 km, or up to 30 minutes when no distance was logged: where NHS Couch to
 * 5K ends ("by the end of the 9 weeks, you'll be running for 30 minutes"; 5 km). A history with only such easy runs
 * is coached as a new runner; one run beyond it, or a workout, race or long run, says otherwise.
 */
export const NEW_RUNNER_SHORT_RUN_MINUTES = 30;
export const NEW_RUNNER_SHORT_RUN_KM = 5;

// ---- The week's balance -------------------------------------------------------------------------------------

/**
 * Most running easy: about 80% of training time at low intensity ("80/20"; Seiler's polarised distribution, e.g.
 * Muñoz, Seiler et al. 2014, IJSPP 9:265, recreational runners at 77/3/20 by time in zones).
 */
export const EASY_SHARE_TARGET = 0.8;

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

/** A world record: the fastest anyone has covered `km`, in minutes. */
export interface WorldRecord {
  km: number;
  minutes: number;
}

/**
 * Men's world records (World Athletics, and IAU for 100 km and 100 miles), shortest first. A run of at least a
 * record's distance that is faster on average than that record's pace is refused: nobody holds a faster pace over
 * a longer distance, so each record bounds every distance up to the next one.
 */
export const WORLD_RECORDS: readonly WorldRecord[] = [
  { km: 1, minutes: 2 + 11.96 / 60 }, // 1000 m, Noah Ngeny, Rieti 1999: 2:11.96
  { km: 3, minutes: 7 + 20.67 / 60 }, // 3000 m, Daniel Komen, Rieti 1996: 7:20.67
  { km: 5, minutes: 12 + 35.36 / 60 }, // 5000 m, Joshua Cheptegei, Monaco 2020: 12:35.36
  { km: 10, minutes: 26 + 11 / 60 }, // 10,000 m, Joshua Cheptegei, Valencia 2020: 26:11.00
  { km: 21.0975, minutes: 56 + 42 / 60 }, // half marathon, Jacob Kiplimo, Barcelona 2025: 56:42
  { km: 42.195, minutes: 120 + 35 / 60 }, // marathon, Kelvin Kiptum, Chicago 2023: 2:00:35
  { km: 100, minutes: 365 + 35 / 60 }, // 100 km, Aleksandr Sorokin, Vilnius 2022: 6:05:35
  { km: 160.9344, minutes: 651 + 39 / 60 }, // 100 miles, Aleksandr Sorokin, Tel Aviv 2022: 10:51:39
];

/** The pace check starts at 1 km: shorter distances with whole spoken minutes are too coarse to judge. */
export const PACE_CHECK_MIN_KM = 1;

/**
 * A whole day (AMAZON.DURATION "P1D", e.g. a misheard "a day") is asked about rather than logged, except for a race:
 * 24-hour races are real, a 24-hour walk or easy run almost never is.
 */
export const WHOLE_DAY_MINUTES = 24 * 60;

/** Effort is rate of perceived exertion on 1-10. */
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 10;
