/** Echo Show screens: documents, their data sources, and the one way a handler adds them. */
import type { Advice, DistanceUnit, WeekDay, WeekSummary } from '../coach/index.js';
import { ADVICE_DOCUMENT } from './advice-document.js';
import { adviceDataSource, weekDataSource } from './datasources.js';
import type { Screen } from './render.js';
import { WEEK_DOCUMENT } from './week-document.js';

export { withScreen, supportsApl, screenLine, type Screen, type ScreenToken } from './render.js';

/** `listening`: the session stays open, so the screen may suggest a follow-up ("Alexa, why?"). */
export function adviceScreen(advice: Advice, listening: boolean): Screen {
  return { token: 'advice', document: ADVICE_DOCUMENT, datasources: adviceDataSource(advice, listening) };
}

export function weekScreen(summary: WeekSummary, days: WeekDay[], unit: DistanceUnit, kmWord: { one: string; many: string }): Screen {
  return { token: 'week', document: WEEK_DOCUMENT, datasources: weekDataSource(summary, days, unit, kmWord) };
}
