/**
 * The decision engine: today's check-in and recent history in, one piece of advice out.
 * Pure: no clock, no randomness, no I/O; the same input always gives the same advice.
 */
import {
  CROSS_TRAIN_MINUTES,
  EASY_RUN_MINUTES,
  NEW_RUNNER_EASY_RUN_MINUTES,
  NEW_RUNNER_RECOVERY_RUN_MINUTES,
  RECOVERY_RUN_MINUTES,
  REST_MINUTES,
  WALK_MINUTES,
} from './constants.js';
import type { Advice, Alternative, EffortCue, ReasonCode } from './advice.js';
import { readFacts } from './facts.js';
import { RULES, type Finding } from './rules.js';
import type { Activity, DecideInput, MinutesRange } from './types.js';

/** How much each answer asks of the body: rest < walk < cross-train < recovery run < easy run. */
export const ACTIVITY_DEMAND: Readonly<Record<Activity, number>> = {
  rest: 0,
  walk: 1,
  'cross-train': 2,
  'recovery-run': 3,
  'easy-run': 4,
};

export function isRun(activity: Activity): boolean {
  return activity === 'recovery-run' || activity === 'easy-run';
}

/** Reasons that mean rest as a medical matter: no mobility offered, nothing to "do" today. */
const MEDICAL_REST: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['pain-changes-movement', 'ill-below-neck']);

function minutesFor(activity: Activity, newRunner: boolean): MinutesRange {
  const range = ((): MinutesRange => {
    switch (activity) {
      case 'easy-run':
        return newRunner ? NEW_RUNNER_EASY_RUN_MINUTES : EASY_RUN_MINUTES;
      case 'recovery-run':
        return newRunner ? NEW_RUNNER_RECOVERY_RUN_MINUTES : RECOVERY_RUN_MINUTES;
      case 'cross-train':
        return CROSS_TRAIN_MINUTES;
      case 'walk':
        return WALK_MINUTES;
      case 'rest':
        return REST_MINUTES;
    }
  })();
  return { ...range }; // a copy: callers may not change the constants
}

/**
 * Runs carry the article's feel checks; a recovery run all of them, an easy run the conversational ones.
 * Walks and cross-training are 'gentle' and may be cut short. Rest carries 'gentle' only when mobility is offered
 * (it describes the mobility); medical rest carries none.
 */
function effortCuesFor(activity: Activity, newRunner: boolean, medicalRest: boolean): EffortCue[] {
  switch (activity) {
    case 'recovery-run':
      return [
        'conversational',
        'talk-test',
        'no-watch',
        'cut-short',
        'finish-fresher',
        ...(newRunner ? (['run-walk'] as const) : []),
      ];
    case 'easy-run':
      return ['conversational', 'talk-test', 'cut-short', ...(newRunner ? (['run-walk'] as const) : [])];
    case 'cross-train':
    case 'walk':
      return ['gentle', 'cut-short'];
    case 'rest':
      return medicalRest ? [] : ['gentle'];
  }
}

/**
 * The article's gentler options (walk, bike, swim, mobility, rest), gentlest-but-one first. For cross-training,
 * 'bike' and 'swim' name the forms it can take. Medical rest offers nothing else.
 */
function alternativesFor(activity: Activity, medicalRest: boolean): Alternative[] {
  switch (activity) {
    case 'easy-run':
      return ['walk', 'bike', 'swim'];
    case 'recovery-run':
      return ['walk', 'bike', 'swim', 'rest'];
    case 'cross-train':
      return ['bike', 'swim', 'walk', 'rest'];
    case 'walk':
      return ['mobility', 'rest'];
    case 'rest':
      return medicalRest ? [] : ['mobility'];
  }
}

/** The lowest cap wins; among equal caps the rule earlier in priority order is the main reason. */
function mainFinding(findings: readonly Finding[]): Finding | undefined {
  let main: Finding | undefined;
  for (const f of findings) {
    if (!main || ACTIVITY_DEMAND[f.cap] < ACTIVITY_DEMAND[main.cap]) main = f;
  }
  return main;
}

export function decide(input: DecideInput): Advice {
  const facts = readFacts(input);
  const findings = RULES.map((rule) => rule(facts)).filter((f): f is Finding => f !== null);
  const main = mainFinding(findings);

  // Rule 8: nothing held today back -> an easy run (only fresh or okay legs get here: heavy, sore, pain all fire).
  const activity: Activity = main ? main.cap : 'easy-run';
  const reasons: ReasonCode[] = main
    ? [main.reason, ...findings.filter((f) => f !== main).map((f) => f.reason)]
    : ['fresh-legs'];

  // Rule 9: a new runner's run becomes a shorter run-walk; the reason is only given when it changed a run.
  const newRunnerRun = facts.newRunner && isRun(activity);
  if (newRunnerRun) reasons.push('new-runner');
  // A note, not a cap: inside a day per mile after a long race, a run is fine but no hard session yet.
  if (facts.longRaceNoHard && isRun(activity)) reasons.push('long-race-no-hard');

  const medicalRest = activity === 'rest' && reasons.some((r) => MEDICAL_REST.has(r));
  return {
    activity,
    reasons,
    minutes: minutesFor(activity, newRunnerRun),
    effortCues: effortCuesFor(activity, newRunnerRun, medicalRest),
    alternatives: alternativesFor(activity, medicalRest),
    seeProfessional: findings.some((f) => f.seeProfessional),
  };
}
