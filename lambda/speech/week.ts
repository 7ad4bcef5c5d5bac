import type { WeekSummary, WeekTotals } from '../coach/index.js';
import type { DistanceUnit } from '../coach/index.js';
import { distanceWords, minutesWords } from './en.js';
import { sentences } from './ssml.js';

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function days(n: number): string {
  return n === 1 ? 'one day' : `${n} days`;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "one of them was", "2 of them were": how many of the runs had a measure. */
function someOfThem(n: number): string {
  return n === 1 ? 'one of them was' : `${n} of them were`;
}

/**
 * The week's running, and only what was logged: totals "in all" when every run had them, otherwise how many runs
 * had a time or a distance beside what they add up to, so a total never reads as a pace nobody ran.
 */
export function runsSentence(week: WeekTotals, unit: DistanceUnit, kmWord: { one: string; many: string }): string {
  const head = `In the last seven days you ran ${times(week.runs)}`;
  const distance = week.measuredRuns > 0 ? distanceWords(week.km, unit, kmWord) : '';
  const time = week.timedRuns > 0 ? minutesWords(week.minutes) : '';
  const allMeasured = week.measuredRuns === week.runs;
  const allTimed = week.timedRuns === week.runs;
  const inAll = [allMeasured ? distance : '', allTimed ? time : ''].filter(Boolean);
  const partly = [
    !allMeasured && distance ? `${someOfThem(week.measuredRuns)} measured, ${distance}` : '',
    !allTimed && time ? `${someOfThem(week.timedRuns)} timed, ${time}` : '',
  ].filter(Boolean);
  const whole = inAll.length > 0 ? `, ${inAll.join(' and ')} in all` : '';
  const parts = partly.length > 0 ? `; ${partly.join(', and ')}` : '';
  return `${head}${whole}${parts}.`;
}

/** One line on balance, the way coaches talk about 80/20: how many days were hard, and whether most running was easy. */
export function balanceSentence(week: WeekTotals): string {
  const tired = week.tiredDays > 0 ? ` Your legs felt tired on ${days(week.tiredDays)}.` : '';
  if (week.hardDays === 0) return `None of it was hard: all easy running.${tired}`;
  const hard = `${days(week.hardDays)} ${week.hardDays === 1 ? 'was' : 'were'} hard`;
  const easy =
    week.mostlyEasy === true
      ? 'and most of your running was easy, about the four fifths coaches aim for'
      : 'and less of your running was easy than the four fifths coaches aim for';
  return `${capitalised(hard)}, ${easy}.${tired}`;
}

/** Two to four sentences about the last seven days. */
export function weekSpeech(summary: WeekSummary, unit: DistanceUnit, kmWord: { one: string; many: string }): string {
  const { thisWeek, lastWeek } = summary;
  if (thisWeek.runs === 0) {
    const before = lastWeek.runs > 0 ? `Last week you ran ${times(lastWeek.runs)}.` : '';
    return sentences("You haven't logged a run in the last seven days.", before, 'Tell me about your next one when you get back.');
  }
  const change = summary.minutesChangePercent ?? summary.distanceChangePercent;
  const measure = summary.minutesChangePercent !== null ? 'time' : 'distance';
  let third = '';
  if (change !== null) {
    if (Math.abs(change) < 5) third = `That's about the same ${measure} as the week before.`;
    else if (change > 0) third = `That's ${change} percent more ${measure} than the week before.`;
    else third = `That's ${-change} percent less ${measure} than the week before.`;
  } else if (lastWeek.runs === 0) third = 'You had no runs logged the week before.';
  // One piece of advice, once: after a big rise, or a week with less easy running than coaches aim for.
  const easier = (change !== null && change > 10) || thisWeek.mostlyEasy === false ? 'Keep the next few runs easy.' : '';
  return sentences(runsSentence(thisWeek, unit, kmWord), balanceSentence(thisWeek), third, easier);
}
