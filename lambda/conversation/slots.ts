import { isCalendarDate } from '../coach/index.js';
import type { Intent, Slot } from 'ask-sdk-model';

/**
 * Slot values as the handlers use them: entity-resolved ids for custom types (never the raw words), numbers,
 * minutes and dates for the built-ins. Everything from the request is untrusted: anything unexpected reads as
 * 'unmatched' so the handler can ask again instead of guessing.
 */
export type SlotRead<T> = { state: 'missing' } | { state: 'matched'; value: T } | { state: 'unmatched' };

const MISSING = { state: 'missing' } as const;
const UNMATCHED = { state: 'unmatched' } as const;

/** One slot of the request's intent, if it is an object at all (the request is untrusted). */
export function slotOf(intent: Intent | undefined, name: string): Slot | undefined {
  const slots: unknown = intent?.slots;
  if (!slots || typeof slots !== 'object') return undefined;
  const slot: unknown = (slots as Record<string, unknown>)[name];
  return slot && typeof slot === 'object' ? (slot as Slot) : undefined;
}

function rawValue(slot: Slot | undefined): string | undefined {
  const v: unknown = slot?.value;
  return typeof v === 'string' && v.trim().length > 0 ? v.trim() : undefined;
}

/** A longer answer than anyone says: the understanding layer reads no more than this of one slot. */
const MAX_WORDS_CHARS = 500;

/** The runner's own words in a slot, for the understanding layer. */
export function slotWords(slot: Slot | undefined): string | undefined {
  return rawValue(slot)?.slice(0, MAX_WORDS_CHARS);
}

/** The resolved id of a custom slot, if it is one of `ids`. */
export function customSlot<T extends string>(intent: Intent | undefined, name: string, ids: readonly T[]): SlotRead<T> {
  const slot = slotOf(intent, name);
  const raw = rawValue(slot);
  const authorities: unknown = slot?.resolutions?.resolutionsPerAuthority;
  if (!raw && !Array.isArray(authorities)) return MISSING;
  if (Array.isArray(authorities)) {
    for (const authority of authorities as unknown[]) {
      const a = authority as { status?: { code?: unknown }; values?: unknown };
      if (a?.status?.code !== 'ER_SUCCESS_MATCH' || !Array.isArray(a.values)) continue;
      for (const v of a.values as unknown[]) {
        const id: unknown = (v as { value?: { id?: unknown } })?.value?.id;
        if (typeof id === 'string' && (ids as readonly string[]).includes(id)) return { state: 'matched', value: id as T };
      }
    }
  }
  return raw ? UNMATCHED : MISSING;
}

/** AMAZON.NUMBER: a finite number, or unmatched ('?' or words). */
export function numberSlot(intent: Intent | undefined, name: string): SlotRead<number> {
  const raw = rawValue(slotOf(intent, name));
  if (!raw) return MISSING;
  if (!/^-?\d+(\.\d+)?$/.test(raw) || raw.length > 12) return UNMATCHED;
  return { state: 'matched', value: Number(raw) };
}

/** AMAZON.DURATION (ISO-8601, e.g. PT1H10M) in minutes. */
export function durationSlot(intent: Intent | undefined, name: string): SlotRead<number> {
  const raw = rawValue(slotOf(intent, name));
  if (!raw) return MISSING;
  const minutes = isoDurationMinutes(raw);
  return minutes === undefined ? UNMATCHED : { state: 'matched', value: minutes };
}

export function isoDurationMinutes(iso: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const [, d, h, min, s] = m;
  const total = Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(min ?? 0) + Number(s ?? 0) / 60;
  return Number.isFinite(total) ? Math.round(total * 10) / 10 : undefined;
}

/** AMAZON.DATE as a calendar date 'YYYY-MM-DD' (weeks, months and seasons read as unmatched). */
export function dateSlot(intent: Intent | undefined, name: string): SlotRead<string> {
  const raw = rawValue(slotOf(intent, name));
  if (!raw) return MISSING;
  // The one calendar-date validator: 2026-02-30 is not a day (Date.parse would roll it into March).
  if (!isCalendarDate(raw)) return UNMATCHED;
  return { state: 'matched', value: raw };
}

/** A slot filled as if Alexa had matched it: what the runner's words meant, kept for the next turn of the dialog. */
export function resolvedSlot(name: string, id: string, words: string | undefined): Slot {
  return {
    name,
    value: words ?? id,
    confirmationStatus: 'NONE',
    resolutions: { resolutionsPerAuthority: [{ authority: 'recovery-coach.understood', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: id, id } }] }] },
  } as Slot;
}

export function valueOr<T>(read: SlotRead<T>): T | undefined {
  return read.state === 'matched' ? read.value : undefined;
}
