/**
 * The coach's vocabulary. Pure data: nothing here knows about Alexa, AWS or the clock.
 * Dates are the runner's local calendar dates as 'YYYY-MM-DD' strings.
 */

/** How the legs feel this morning. `painful` = sore in a way that changes how you move. */
export const LEGS = ['fresh', 'okay', 'heavy', 'sore', 'painful'] as const;
export type Legs = (typeof LEGS)[number];

/** A training session a runner can do or log. */
export const SESSION_KINDS = [
  'easy-run',
  'recovery-run',
  'long-run',
  'workout', // hills, intervals, tempo, any faster session
  'race', // race or fun run
  'cross-training',
  'walk',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** What the runner did yesterday, as they say it. */
export const YESTERDAYS = ['rest', ...SESSION_KINDS, 'unknown'] as const;
export type Yesterday = (typeof YESTERDAYS)[number];

/** The five answers the coach can give. */
export const ACTIVITIES = ['rest', 'walk', 'cross-train', 'recovery-run', 'easy-run'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Optional answers about how the runner is, beyond the legs. Used for today only. */
export interface Wellbeing {
  sleptBadly?: boolean;
  /** Unusually fatigued or run down. */
  runDown?: boolean;
  /** Head cold, runny nose, sore throat. */
  illAboveNeck?: boolean;
  /** Fever, chest, cough, aching all over, stomach. */
  illBelowNeck?: boolean;
}

/** A session in the history. */
export interface RunRecord {
  /** Local date of the session. */
  date: string;
  kind: SessionKind;
  minutes?: number;
  distanceKm?: number;
  /** Effort 1-10 (rate of perceived exertion). */
  effort?: number;
}

/** Why a day's advice was what it was, as a family: only 'health' (pain or illness shaped it) is kept. */
export const ADVICE_FAMILIES = ['health'] as const;
export type AdviceFamily = (typeof ADVICE_FAMILIES)[number];

/**
 * A stored readiness record for one day (from a check-in or a "should I run?"): readiness answers and the advice
 * given, never pain or illness themselves.
 */
export interface CheckInRecord {
  date: string;
  legs?: Exclude<Legs, 'painful'>;
  sleptBadly?: boolean;
  runDown?: boolean;
  /** What the runner said they did the day before (date - 1), so a later "should I run?" need not ask again. */
  yesterday?: Yesterday;
  /** The distance of that session when the runner named it (e.g. "a marathon": 42.2), so a long race is known later. */
  yesterdayDistanceKm?: number;
  /** The activity the coach advised that day. */
  advised?: Activity;
  /** 'health' when pain or illness shaped that advice: the advice is kept, the symptom is not. */
  advisedFor?: AdviceFamily;
}

/** What the coach knows from before today (a few weeks at most). */
export interface History {
  runs: RunRecord[];
  checkIns: CheckInRecord[];
}

/** Today's answers. */
export interface CheckIn {
  legs: Legs;
  yesterday: Yesterday;
  /** Distance of yesterday's session when known (e.g. a half marathon race). */
  yesterdayDistanceKm?: number;
  wellbeing?: Wellbeing;
  /** The runner said they are new to running. */
  newRunner?: boolean;
}

export interface DecideInput {
  /** The runner's local date today, 'YYYY-MM-DD'. */
  today: string;
  checkIn: CheckIn;
  history: History;
}

export interface MinutesRange {
  min: number;
  max: number;
}
