/**
 * The data the screens show, built from what the turn already has (the coach's advice, the week summary and
 * its days): no store reads of its own. Every word comes from the speech catalogue, so the screen says what
 * Alexa says.
 */
import type { Advice, DistanceUnit, WeekDay, WeekSummary } from '../coach/index.js';
import { reasonsToSay } from '../speech/advice.js';
import {
  DISCLAIMER,
  EFFORT_CUE,
  REASON,
  SCREEN,
  rangeWords,
  screenActivity,
  screenMinutes,
  screenShare,
  screenWeekTotals,
  screenWeekday,
} from '../speech/en.js';
import type { ObjectDataSource } from './document.js';

export interface AdviceScreen {
  title: string;
  /** "Recovery run". */
  activity: string;
  /** "20-30 min", or '' on a rest day. */
  minutes: string;
  whyLabel: string;
  /** The main reason, the one Alexa says. */
  why: string;
  howLongLabel: string;
  /** "20 to 30 minutes", as Alexa says it. */
  howLong: string;
  feelLabel: string;
  feel: string;
  disclaimer: string;
  hint: string;
  /** One line for logs and the console: "Recovery run, 20-30 min". */
  summary: string;
}

export function adviceDataSource(advice: Advice, listening: boolean): { advice: ObjectDataSource<AdviceScreen> } {
  const resting = advice.activity === 'rest';
  const [mainReason] = reasonsToSay(advice);
  // The run-walk cue is how the minutes are spent, so it is the feel a new runner reads first, as they hear it.
  const cue = advice.effortCues.includes('run-walk') ? 'run-walk' : advice.effortCues[0];
  const activity = screenActivity(advice.activity);
  const minutes = resting ? '' : screenMinutes(advice.minutes.min, advice.minutes.max);
  return {
    advice: {
      type: 'object',
      properties: {
        title: SCREEN.adviceTitle,
        activity,
        minutes,
        whyLabel: SCREEN.why,
        why: mainReason ? REASON[mainReason] : '',
        howLongLabel: SCREEN.howLong,
        howLong: resting ? SCREEN.noRunToday : rangeWords(advice.minutes.min, advice.minutes.max),
        feelLabel: SCREEN.howItShouldFeel,
        feel: cue ? EFFORT_CUE[cue] : '',
        disclaimer: DISCLAIMER,
        // After a one-shot the session is closed: a follow-up would not reach the skill, so none is suggested.
        hint: listening ? SCREEN.hint : '',
        summary: minutes ? `${activity}, ${minutes}` : activity,
      },
    },
  };
}

export interface WeekDayScreen {
  date: string;
  weekday: string;
  minutes: number;
  /** "30", or '' on a day without logged minutes. */
  minutesText: string;
  /** Bar height, percent of the tallest day. */
  barPercent: number;
  hard: boolean;
  hardLabel: string;
}

export interface WeekScreen {
  title: string;
  axis: string;
  /** "3 runs · 1 hour 35 minutes · 12.5 miles", in the device's units. */
  totals: string;
  runs: number;
  empty: string;
  days: WeekDayScreen[];
  easyPercent: number;
  hardPercent: number;
  /** "Easy 80% · Hard 20%", or '' without runs. */
  share: string;
  summary: string;
}

export function weekDataSource(
  summary: WeekSummary,
  days: WeekDay[],
  unit: DistanceUnit,
  kmWord: { one: string; many: string },
): { week: ObjectDataSource<WeekScreen> } {
  const { thisWeek } = summary;
  const tallest = Math.max(0, ...days.map((d) => d.minutes));
  const easyPercent = thisWeek.easyShare === null ? 100 : Math.round(thisWeek.easyShare * 100);
  const totals = thisWeek.runs > 0 ? screenWeekTotals(thisWeek.runs, thisWeek.minutes, thisWeek.km, unit, kmWord) : SCREEN.noRunsYet;
  return {
    week: {
      type: 'object',
      properties: {
        title: SCREEN.weekTitle,
        axis: SCREEN.minutesAxis,
        totals,
        runs: thisWeek.runs,
        empty: SCREEN.noRunsYet,
        days: days.map((d) => ({
          date: d.date,
          weekday: screenWeekday(d.date),
          minutes: Math.round(d.minutes),
          minutesText: d.minutes > 0 ? String(Math.round(d.minutes)) : '',
          barPercent: tallest > 0 ? Math.round((d.minutes / tallest) * 100) : 0,
          hard: d.hard,
          hardLabel: d.hard ? SCREEN.hardDay : '',
        })),
        easyPercent,
        hardPercent: 100 - easyPercent,
        share: thisWeek.runs > 0 ? screenShare(easyPercent) : '',
        summary: totals,
      },
    },
  };
}
