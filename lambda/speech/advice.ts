import type { Advice } from '../coach/index.js';
import {
  ACTIVITY_OPENING,
  ACTIVITY_TITLE,
  ALTERNATIVE_NAME,
  DISCLAIMER,
  EFFORT_CUE,
  PROFESSIONAL,
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

function durationSentence(advice: Advice): string {
  if (advice.activity === 'rest') {
    return advice.alternatives.includes('mobility') ? 'Some gentle mobility or stretching is fine if you feel like it.' : '';
  }
  return `Keep it to about ${rangeWords(advice.minutes.min, advice.minutes.max)}.`;
}

/** Renders the coach's advice for the ear (short) and for the card (complete). */
export function renderAdvice(advice: Advice): RenderedAdvice {
  const [mainReason] = advice.reasons;
  const firstCue = advice.effortCues[0];
  const speech = sentences(
    ACTIVITY_OPENING[advice.activity],
    mainReason && REASON[mainReason],
    durationSentence(advice),
    firstCue && EFFORT_CUE[firstCue],
    advice.seeProfessional && PROFESSIONAL,
  );
  const others = advice.alternatives.filter((a) => a !== 'rest' || advice.activity !== 'rest');
  const text = [
    advice.reasons.map((r) => REASON[r]).join(' '),
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
