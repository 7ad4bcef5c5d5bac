import type { Intent } from 'ask-sdk-model';
import { ACTIVITIES, ALTERNATIVES, EFFORT_CUES, REASONS, isDate, type Activity, type Advice, type DistanceUnit } from '../coach/index.js';
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
  /** A follow-up came before any advice, and the skill offered to start: "yes" gives today's advice. */
  'advice-offer',
  /** The runner asked for a daily reminder without a time: the time of day is asked for. */
  'reminder-time',
  /** The end of a first check-in offered a daily reminder: "yes" asks for the time, "no" ends there. */
  'reminder-offer',
] as const;
export type Expecting = (typeof EXPECTING)[number];

/** The open dialog question (a slot being asked for, or a yes/no confirmation), so help can ask it again. */
export interface PendingDialog {
  intent: Intent;
  /** The slot being asked for; absent for a yes/no confirmation of the whole intent. */
  slot?: string;
  /** The slot's value is read back for a yes or no (Dialog.ConfirmSlot), rather than asked for. */
  confirming?: boolean;
}

/** How many answers to one question could not be placed, so the re-asking has an end. */
export interface Misses {
  slot: string;
  count: number;
}

/**
 * The run being confirmed. Its idempotency key, logging instant and day are fixed when the runner is asked,
 * so a retry after a failed (or timed-out but applied) save writes the same item, and a "yes" after midnight
 * does not move the run to the next day.
 */
export interface PendingRun {
  key: string;
  /** ISO instant the runner was asked. */
  at?: string;
  /** The runner's local date the run is on. */
  date?: string;
  /**
   * A save of it failed in a way that may still have written it (a timeout, a lost answer): a "no" now must remove
   * it by its key, and nothing may say it was not saved.
   */
  maybeSaved?: true;
}

/** Everything the skill keeps between the turns of one session. */
interface SessionState {
  timeZone?: string;
  unit?: DistanceUnit;
  /** The session began with an intent (a one-shot): answer and close rather than ask for more. */
  oneShot?: boolean;
  expecting?: Expecting;
  /** The last advice given, for "why?", "how should it feel?" and "what about a walk?". */
  advice?: Advice;
  pendingRun?: PendingRun;
  dialog?: PendingDialog;
  misses?: Misses;
  /** The daily reminder time ("07:00") kept while Alexa asks the runner for the reminders permission. */
  reminderTime?: string;
}

/** A session lasts minutes; a pending run older than this, or from the future, was not made by this skill. */
const PENDING_RUN_MAX_AGE_MS = 24 * 3_600_000;
const PENDING_RUN_MAX_AHEAD_MS = 5 * 60_000;

const SLOT_NAME = /^[A-Za-z][\w]{0,40}$/;

function isOneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

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
  if (typeof d.slot === 'string' && (raw as { confirming?: unknown }).confirming === true) dialog.confirming = true;
  return dialog;
}

function parseAdvice(raw: unknown): Advice | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const a = raw as Record<string, unknown>;
  const minutes = a.minutes as Record<string, unknown> | undefined;
  if (!isOneOf<Activity>(ACTIVITIES, a.activity)) return undefined;
  if (!Array.isArray(a.reasons) || !a.reasons.every((r) => isOneOf(REASONS, r)) || a.reasons.length === 0) return undefined;
  if (!minutes || !isMinutes(minutes.min) || !isMinutes(minutes.max) || minutes.min > minutes.max) return undefined;
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

function isMinutes(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 600;
}

/** Each part is checked on its own: the key alone still makes a retried save land on the same item. */
function parsePendingRun(s: Record<string, unknown>, now: Date): PendingRun | undefined {
  const { pendingRunKey: key, pendingRunAt: at, pendingRunDate: date } = s;
  if (typeof key !== 'string' || !/^[\w.-]{1,128}$/.test(key)) return undefined;
  const run: PendingRun = { key };
  const instant = typeof at === 'string' && at.length <= 40 ? Date.parse(at) : Number.NaN;
  const age = now.getTime() - instant;
  if (!Number.isNaN(instant) && age <= PENDING_RUN_MAX_AGE_MS && age >= -PENDING_RUN_MAX_AHEAD_MS) run.at = new Date(instant).toISOString();
  if (typeof date === 'string' && isDate(date)) run.date = date;
  if (s.pendingRunMaybeSaved === true) run.maybeSaved = true;
  return run;
}

function parse(raw: unknown, now: Date): SessionState {
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
  const pendingRun = parsePendingRun(s, now);
  if (pendingRun) state.pendingRun = pendingRun;
  if (typeof s.reminderTime === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(s.reminderTime)) state.reminderTime = s.reminderTime;
  const misses = s.misses as { slot?: unknown; count?: unknown } | undefined;
  if (misses && typeof misses.slot === 'string' && SLOT_NAME.test(misses.slot) && Number.isInteger(misses.count) && (misses.count as number) > 0 && (misses.count as number) < 10) {
    state.misses = { slot: misses.slot, count: misses.count as number };
  }
  return state;
}

/**
 * The session attributes, typed: read back from the request once (parsed, never trusted: they round-trip
 * through the device), changed only through these methods, and written to the response in one place
 * (`toAttributes`, called by the skill's response interceptor).
 */
export class Session {
  private readonly state: SessionState;

  constructor(raw: unknown, now: Date) {
    this.state = parse(raw, now);
  }

  get timeZone(): string | undefined {
    return this.state.timeZone;
  }
  get unit(): DistanceUnit | undefined {
    return this.state.unit;
  }
  get oneShot(): boolean {
    return this.state.oneShot === true;
  }
  get expecting(): Expecting | undefined {
    return this.state.expecting;
  }
  get advice(): Advice | undefined {
    return this.state.advice;
  }
  get pendingRun(): PendingRun | undefined {
    return this.state.pendingRun;
  }
  get dialog(): PendingDialog | undefined {
    return this.state.dialog;
  }
  get reminderTime(): string | undefined {
    return this.state.reminderTime;
  }

  /** The wanted reminder time, kept across the permission request (Connections.SendRequest -> Connections.Response). */
  holdReminderTime(time: string): void {
    this.state.reminderTime = time;
  }

  releaseReminderTime(): void {
    delete this.state.reminderTime;
  }

  /** Unplaced answers so far to the question about `slot`. */
  missesFor(slot: string): number {
    return this.state.misses?.slot === slot ? this.state.misses.count : 0;
  }

  /** One more unplaced answer to the question about `slot`; returns how many there have been. */
  recordMiss(slot: string): number {
    const count = this.missesFor(slot) + 1;
    this.state.misses = { slot, count };
    return count;
  }

  clearMisses(): void {
    delete this.state.misses;
  }

  /** The device's zone and units, read once per session from the settings API. */
  rememberPlace(timeZone: string, unit: DistanceUnit): void {
    this.state.timeZone = timeZone;
    this.state.unit = unit;
  }

  /** The runner named a unit: use it for the rest of the session. */
  useUnit(unit: DistanceUnit): void {
    this.state.unit = unit;
  }

  markOneShot(): void {
    this.state.oneShot = true;
  }

  /** What the next utterance answers; undefined when nothing is asked. */
  expect(expecting: Expecting | undefined): void {
    if (expecting) this.state.expecting = expecting;
    else delete this.state.expecting;
  }

  openDialog(dialog: PendingDialog): void {
    this.state.dialog = dialog;
  }

  closeDialog(): void {
    delete this.state.dialog;
  }

  rememberAdvice(advice: Advice): void {
    this.state.advice = advice;
  }

  forgetAdvice(): void {
    delete this.state.advice;
  }

  holdRun(run: PendingRun): void {
    this.state.pendingRun = run;
  }

  releaseRun(): void {
    delete this.state.pendingRun;
  }

  /** The attributes for the response: the only place session state is written. */
  toAttributes(): Record<string, unknown> {
    const { pendingRun, ...rest } = this.state;
    const attributes: Record<string, unknown> = { ...rest };
    if (pendingRun) {
      attributes.pendingRunKey = pendingRun.key;
      if (pendingRun.at) attributes.pendingRunAt = pendingRun.at;
      if (pendingRun.date) attributes.pendingRunDate = pendingRun.date;
      if (pendingRun.maybeSaved) attributes.pendingRunMaybeSaved = true;
    }
    return attributes;
  }
}
