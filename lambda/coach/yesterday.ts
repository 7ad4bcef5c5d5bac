/**
 * What the coach may take as known about yesterday, and the sessions the runner told about in check-ins.
 * A check-in on day D tells about D - 1 (its `yesterday`), never about D itself.
 */
import { addDays, isDate } from './dates.js';
import type { CheckInRecord, History, RunRecord, SessionKind, Yesterday } from './types.js';

/** The day before `date`, or null at the edge of the calendar (addDays throws there; the coach never does). */
function dayBefore(date: string): string | null {
  try {
    return addDays(date, -1);
  } catch {
    return null;
  }
}

function isSessionKind(yesterday: Yesterday | undefined): yesterday is SessionKind {
  return yesterday !== undefined && yesterday !== 'rest' && yesterday !== 'unknown';
}

/**
 * Yesterday, when something says so; otherwise 'ask'.
 * - An answer given today (today's stored readiness record with `yesterday`, a rest day included) is that answer.
 * - Else a session logged for yesterday: 'unknown', meaning "the log knows": pass it to `decide`, which reads
 *   every session logged for yesterday itself (their kinds in effect, distances and efforts).
 * - Else 'ask': a check-in dated yesterday tells about the day before yesterday, not about yesterday.
 */
export function yesterdayKnown(history: Pick<History, 'runs' | 'checkIns'>, today: string): Yesterday | 'ask' {
  const yesterday = isDate(today) ? dayBefore(today) : null;
  if (yesterday === null) return 'ask';
  const told = history.checkIns.find((c) => c.date === today && c.yesterday !== undefined && c.yesterday !== 'unknown');
  if (told?.yesterday) return told.yesterday;
  return history.runs.some((r) => r.date === yesterday) ? 'unknown' : 'ask';
}

/**
 * Sessions the runner told about in stored check-ins ("yesterday I ran a marathon"), dated the day before each
 * check-in, so a long race or hard day said rather than logged still counts on the days after.
 */
export function toldSessions(checkIns: readonly CheckInRecord[]): RunRecord[] {
  const told: RunRecord[] = [];
  for (const c of checkIns) {
    if (!isSessionKind(c.yesterday)) continue;
    const date = isDate(c.date) ? dayBefore(c.date) : null;
    if (date === null) continue;
    const session: RunRecord = { date, kind: c.yesterday };
    const km = c.yesterdayDistanceKm;
    if (typeof km === 'number' && Number.isFinite(km) && km > 0) session.distanceKm = km;
    told.push(session);
  }
  return told;
}
