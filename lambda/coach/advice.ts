import type { Activity, MinutesRange } from './types.js';

/**
 * Why the coach chose what it chose: one code per rule that fired.
 * Speech renders each code in every locale (a Record over this union keeps them complete).
 */
export const REASONS = [
  'pain-changes-movement',
  'ill-below-neck',
  'ill-above-neck',
  'run-down',
  'slept-badly',
  'sore-legs',
  'after-long-run',
  'after-workout',
  'after-race',
  'after-long-race',
  'long-race-recovery', // days 2 and on after a half marathon or longer: recovery runs only
  'hard-two-days-ago', // tired legs two days after a long run, workout or race
  'back-after-health', // the first run after rest advised for pain or illness
  'heavy-legs',
  'tired-pattern',
  'recovery-run-yesterday-still-heavy',
  'volume-up',
  'two-hard-days',
  'fresh-legs',
  'new-runner',
  'long-race-no-hard', // a note on a run: still inside a day per mile raced, so no hard session yet
] as const;
export type ReasonCode = (typeof REASONS)[number];

/** How the session should feel. */
export const EFFORT_CUES = [
  'conversational', // you could hold a chat
  'talk-test', // full sentences, not gasps
  'no-watch', // ignore pace
  'cut-short', // stop early if it stops feeling easy
  'finish-fresher', // end feeling better than you started
  'run-walk', // alternate running and walking
  'gentle', // for walks, cross-training and mobility: easy and unforced
] as const;
export type EffortCue = (typeof EFFORT_CUES)[number];

/** Gentler options the article offers alongside the main answer. */
export const ALTERNATIVES = ['walk', 'bike', 'swim', 'mobility', 'rest'] as const;
export type Alternative = (typeof ALTERNATIVES)[number];

export interface Advice {
  activity: Activity;
  /** At least one; the first is the main reason. */
  reasons: ReasonCode[];
  /** 0-0 for rest. */
  minutes: MinutesRange;
  effortCues: EffortCue[];
  alternatives: Alternative[];
  /** Pain or illness: rest, and see a health professional if it persists. */
  seeProfessional: boolean;
}
