import { isRun, type Advice, type ReasonCode } from '../coach/index.js';
import {
  ACTIVITY_OPENING,
  ACTIVITY_TITLE,
  ALTERNATIVE_NAME,
  DISCLAIMER,
  EFFORT_CUE,
  PROFESSIONAL,
  SPOKEN_DISCLAIMER,
  REASON,
  rangeWords,
} from './en.js';
import { listing, sentences } from './ssml.js';

export interface Card {
  title: string;
  text: string;
}

export interface RenderedAdvice {
  /** What Alexa says: the activity, the main reason, how long, how it should feel. */
  speech: string;
  card: Card;
}

/** Reasons that argue for an easy or recovery run: beside a walk, cross-training or rest they would contradict it. */
const RUN_REASONS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'after-long-run',
  'after-workout',
  'after-race',
  'heavy-legs',
  'volume-up',
  'two-hard-days',
  'fresh-legs',
  'new-runner',
  'long-race-recovery',
  'hard-two-days-ago',
  'back-after-health',
  'long-race-no-hard',
]);

/** The reasons worth saying: all of them for a run, only the ones that fit a day without running otherwise. */
export function reasonsToSay(advice: Advice): ReasonCode[] {
  if (isRun(advice.activity)) return advice.reasons;
  const fitting = advice.reasons.filter((r) => !RUN_REASONS.has(r));
  return fitting.length > 0 ? fitting : advice.reasons.slice(0, 1);
}

/** The answer to "why?": every reason that fits the advice, in order. */
export function whySpeech(advice: Advice): string {
  return reasonsToSay(advice).map((r) => REASON[r]).join(' ');
}

function durationSentence(advice: Advice): string {
  if (advice.activity === 'rest') {
    return advice.alternatives.includes('mobility') ? 'Some gentle mobility or stretching is fine if you feel like it.' : '';
  }
  return `Keep it to about ${rangeWords(advice.minutes.min, advice.minutes.max)}.`;
}

/** A run-walk is how the minutes are spent, so a new runner hears it with them, not only on the card. */
function runWalkSentence(advice: Advice): string {
  return advice.effortCues.includes('run-walk') ? EFFORT_CUE['run-walk'] : '';
}

/** Renders the coach's advice for the ear (short) and for the card (complete). */
export function renderAdvice(advice: Advice): RenderedAdvice {
  const reasons = reasonsToSay(advice);
  const [mainReason] = reasons;
  const firstCue = advice.effortCues[0];
  const speech = sentences(
    ACTIVITY_OPENING[advice.activity],
    mainReason && REASON[mainReason],
    durationSentence(advice),
    runWalkSentence(advice),
    firstCue && EFFORT_CUE[firstCue],
    advice.seeProfessional && PROFESSIONAL,
    advice.seeProfessional && SPOKEN_DISCLAIMER,
  );
  const others = advice.alternatives.filter((a) => a !== 'rest' || advice.activity !== 'rest');
  const text = [
    reasons.map((r) => REASON[r]).join(' '),
    advice.activity === 'rest' ? 'Duration: none today.' : `Duration: ${rangeWords(advice.minutes.min, advice.minutes.max)}.`,
    advice.effortCues.length > 0 ? `How it should feel: ${advice.effortCues.map((c) => EFFORT_CUE[c]).join(' ')}` : '',
    others.length > 0 ? `Other good options: ${listing(others.map((a) => ALTERNATIVE_NAME[a]), 'or')}.` : '',
    advice.seeProfessional ? PROFESSIONAL : '',
    DISCLAIMER,
  ]
    .filter(Boolean)
    .join('\n');
  return { speech, card: { title: `Today: ${ACTIVITY_TITLE[advice.activity]}`, text } };
}
