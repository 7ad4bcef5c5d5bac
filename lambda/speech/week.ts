import type { WeekSummary } from '../coach/index.js';
import type { DistanceUnit } from '../coach/index.js';
import { distanceWords, minutesWords } from './en.js';
import { sentences } from './ssml.js';

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function days(n: number): string {
  return n === 1 ? 'one day' : `${n} days`;
}

/** Two or three sentences about the last seven days. */
export function weekSpeech(summary: WeekSummary, unit: DistanceUnit, kmWord: { one: string; many: string }): string {
  const { thisWeek, lastWeek } = summary;
  if (thisWeek.runs === 0) {
    const before = lastWeek.runs > 0 ? `Last week you ran ${times(lastWeek.runs)}.` : '';
    return sentences("You haven't logged a run in the last seven days.", before, 'Tell me about your next one when you get back.');
  }
  const amount = [
    thisWeek.km > 0 ? distanceWords(thisWeek.km, unit, kmWord) : '',
    thisWeek.minutes > 0 ? minutesWords(thisWeek.minutes) : '',
  ].filter(Boolean);
  // Totals, not a pace: some sessions are logged with a time and no distance, or the other way round.
  const first = `In the last seven days you ran ${times(thisWeek.runs)}${amount.length > 0 ? `, ${amount.join(' and ')} in all` : ''}.`;
  const hard = thisWeek.hardDays > 0 ? `${days(thisWeek.hardDays)} ${thisWeek.hardDays === 1 ? 'was' : 'were'} hard` : 'none of it was hard';
  const tired = thisWeek.tiredDays > 0 ? `, and your legs felt tired on ${days(thisWeek.tiredDays)}` : '';
  const second = `${hard.charAt(0).toUpperCase()}${hard.slice(1)}${tired}.`;
  const change = summary.minutesChangePercent ?? summary.distanceChangePercent;
  const measure = summary.minutesChangePercent !== null ? 'time' : 'distance';
  let third = '';
  if (change !== null) {
    if (Math.abs(change) < 5) third = `That's about the same ${measure} as the week before.`;
    else if (change > 0) third = `That's ${change} percent more ${measure} than the week before${change > 10 ? ', so keep the next few runs easy' : ''}.`;
    else third = `That's ${-change} percent less ${measure} than the week before.`;
  } else if (lastWeek.runs === 0) third = 'You had no runs logged the week before.';
  return sentences(first, second, third);
}
