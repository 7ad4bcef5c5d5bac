import type { Intent } from 'ask-sdk-model';
import { ACTIVITIES, type Activity } from '../coach/index.js';
import { ALTERNATIVES, EFFORT_CUES, REASONS, type Advice } from '../coach/index.js';
import type { DistanceUnit } from '../coach/index.js';
import { isValidTimeZone } from './local-date.js';

/** What the skill is waiting for, so help, fallback and yes/no know the context. */
export const EXPECTING = [
  'legs',
  'yesterday',
  'sleep',
  'feeling',
  'log-details',
  'log-confirm',
  'log-retry',
  'delete-confirm',
  'follow-up',
  'anything-else',
  'learn-topic',
] as const;
export type Expecting = (typeof EXPECTING)[number];

/** Session attributes, typed. They come back from the device, so they are parsed, never trusted. */
export interface SessionState {
  timeZone?: string;
  unit?: DistanceUnit;
  /** The session began with an intent (a one-shot): answer and close rather than ask for more. */
  oneShot?: boolean;
  expecting?: Expecting;
  /** The last advice given, for "why?", "how should it feel?" and "what about a walk?". */
  advice?: Advice;
  /**
   * The run being confirmed: its idempotency key and logging instant are fixed when the runner is asked, so a
   * retry after a failed (or timed-out but applied) save writes the same item and cannot log it twice.
   */
  pendingRunKey?: string;
  pendingRunAt?: string;
  /** The open dialog question (a slot being asked for, or a yes/no confirmation), so help can ask it again. */
  dialog?: PendingDialog;
}

export interface PendingDialog {
  intent: Intent;
  /** The slot being asked for; absent for a yes/no confirmation of the whole intent. */
  slot?: string;
}

const SLOT_NAME = /^[A-Za-z][\w]{0,40}$/;

function parseDialog(raw: unknown): PendingDialog | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as { intent?: unknown; slot?: unknown };
  const intent = d.intent as { name?: unknown; slots?: unknown } | undefined;
  if (!intent || typeof intent.name !== 'string' || !/^[A-Za-z.]{1,60}$/.test(intent.name)) return undefined;
  if (intent.slots !== undefined && (typeof intent.slots !== 'object' || intent.slots === null)) return undefined;
  if (d.slot !== undefined && (typeof d.slot !== 'string' || !SLOT_NAME.test(d.slot))) return undefined;
  // Slot contents are re-read through the slot readers, which trust nothing; here only the shape matters.
  const dialog: PendingDialog = { intent: { name: intent.name, confirmationStatus: 'NONE', slots: (intent.slots ?? {}) as Intent['slots'] } };
  if (typeof d.slot === 'string') dialog.slot = d.slot;
  return dialog;
}

function isOneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

function parseAdvice(raw: unknown): Advice | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Record<string, unknown>;
  const minutes = a.minutes as Record<string, unknown> | undefined;
  if (!isOneOf<Activity>(ACTIVITIES, a.activity)) return undefined;
  if (!Array.isArray(a.reasons) || !a.reasons.every((r) => isOneOf(REASONS, r)) || a.reasons.length === 0) return undefined;
  if (!minutes || typeof minutes.min !== 'number' || typeof minutes.max !== 'number') return undefined;
  return {
    activity: a.activity,
    reasons: a.reasons as Advice['reasons'],
    minutes: { min: minutes.min, max: minutes.max },
    effortCues: Array.isArray(a.effortCues) ? (a.effortCues.filter((c) => isOneOf(EFFORT_CUES, c)) as Advice['effortCues']) : [],
    alternatives: Array.isArray(a.alternatives)
      ? (a.alternatives.filter((c) => isOneOf(ALTERNATIVES, c)) as Advice['alternatives'])
      : [],
    seeProfessional: a.seeProfessional === true,
  };
}

export function readSession(raw: unknown): SessionState {
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  const state: SessionState = {};
  if (isValidTimeZone(s.timeZone)) state.timeZone = s.timeZone;
  if (s.unit === 'km' || s.unit === 'mile') state.unit = s.unit;
  if (s.oneShot === true) state.oneShot = true;
  if (isOneOf(EXPECTING, s.expecting)) state.expecting = s.expecting;
  const advice = parseAdvice(s.advice);
  if (advice) state.advice = advice;
  const dialog = parseDialog(s.dialog);
  if (dialog) state.dialog = dialog;
  if (typeof s.pendingRunAt === 'string' && !Number.isNaN(Date.parse(s.pendingRunAt)) && s.pendingRunAt.length <= 40) {
    state.pendingRunAt = new Date(s.pendingRunAt).toISOString();
  }
  if (typeof s.pendingRunKey === 'string' && /^[\w.-]{1,128}$/.test(s.pendingRunKey)) state.pendingRunKey = s.pendingRunKey;
  return state;
}
