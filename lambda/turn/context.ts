import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { DistanceUnit } from '../coach/index.js';
import type { HistoryKey, HistoryStore, StoreResult, UserHistory } from '../history/store.js';
import { historyKeyFor, type UserKeyer } from '../history/user-key.js';
import { LOCALE_DEFAULTS, toLocale, type Locale, type LocaleDefaults } from '../speech/locales.js';
import { readDeviceSettings, type DeviceSettings } from './device-settings.js';
import { localDateTime } from './local-date.js';
import { Session } from './session.js';

export interface SkillDeps {
  store: HistoryStore;
  /** The instant of the turn; tests and the console pass their own. */
  clock: () => Date;
  /** Reads the device's zone and units; defaults to the Alexa settings API. */
  deviceSettings?: (input: HandlerInput) => Promise<DeviceSettings>;
  /** One structured line per turn. */
  log?: (line: string) => void;
  /** Total DynamoDB calls so far on the shared client, for the per-turn figure in the log line. */
  dynamoCalls?: () => number;
  /** userId (and personId) -> store key with the deployment's secret (compose.ts); the fixed local secret when absent. */
  userKey?: UserKeyer;
}

/** Where and when the runner is, as far as this turn knows. */
export interface Place {
  timeZone: string;
  unit: DistanceUnit;
  /** The runner's local date, 'YYYY-MM-DD'. */
  today: string;
  /** The runner's local hour, 0-23. */
  hour: number;
}

const EMPTY_HISTORY: UserHistory = { runs: [], checkIns: [], profile: {} };

/**
 * Everything one turn knows beyond the request: built by a request interceptor, read by the handlers.
 * History is read lazily and at most once (one Query), so turns that need none make no DynamoDB call.
 */
export class Turn {
  readonly locale: Locale;
  readonly defaults: LocaleDefaults;
  readonly now: Date;
  readonly requestId: string;
  /** The account's key, or a recognised person's within it (context.System.person). */
  readonly userKey: HistoryKey | undefined;
  /**
   * The recognised voice profile's personId, for the name tag on launch only: never stored or logged.
   * https://developer.amazon.com/en-US/docs/alexa/custom-skills/add-personalization-to-your-skill.html
   */
  readonly personId: string | undefined;
  readonly session: Session;
  /** What happened, for the log line: set by handlers. */
  outcome = 'answered';
  /** A sentence the turn's reply starts with, whichever handler speaks it (see sayFirst). */
  private lead?: string;
  writes = 0;
  private historyRead?: Promise<StoreResult<UserHistory>>;
  private placeRead?: Promise<Place>;

  constructor(
    private readonly input: HandlerInput,
    readonly deps: SkillDeps,
  ) {
    const envelope = input.requestEnvelope;
    this.locale = toLocale(safe(() => getLocale(envelope)));
    this.defaults = LOCALE_DEFAULTS[this.locale];
    this.now = deps.clock();
    this.requestId = envelope.request?.requestId ?? 'unknown';
    const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
    const personId = envelope.context?.System?.person?.personId;
    this.personId = typeof personId === 'string' && personId.length > 0 ? personId : undefined;
    this.userKey =
      typeof userId === 'string' && userId.length > 0 ? (deps.userKey ?? historyKeyFor)(userId, this.personId) : undefined;
    this.session = new Session(envelope.session?.attributes, this.now);
    if (envelope.session?.new && getRequestType(envelope) === 'IntentRequest') this.session.markOneShot();
  }

  /**
   * Something the runner must hear before whatever else this turn says ("first, that pain..."), when the reply
   * comes from another handler's flow. Spoken once, by the reply that takes it.
   */
  sayFirst(text: string): void {
    this.lead = text;
  }

  /** The lead set by sayFirst, once. */
  takeLead(): string | undefined {
    const lead = this.lead;
    delete this.lead;
    return lead;
  }

  /** The runner's history: one Query, memoised for the turn. */
  history(): Promise<StoreResult<UserHistory>> {
    if (!this.userKey) return Promise.resolve({ ok: true, value: EMPTY_HISTORY });
    const key = this.userKey;
    this.historyRead ??= this.deps.store.load(key, Math.floor(this.now.getTime() / 1000));
    return this.historyRead;
  }

  /** The history, or an empty one when the store failed (advice still works from today's answers). */
  async historyOrEmpty(): Promise<{ history: UserHistory; available: boolean }> {
    const result = await this.history();
    return result.ok ? { history: result.value, available: true } : { history: EMPTY_HISTORY, available: false };
  }

  /** Time zone and units: session cache, then the device settings (Alexa settings API), then the locale's. */
  place(): Promise<Place> {
    this.placeRead ??= this.resolvePlace();
    return this.placeRead;
  }

  private async resolvePlace(): Promise<Place> {
    let { timeZone, unit } = this.session;
    if (!timeZone || !unit) {
      // The settings API is read once per session, then cached in the session: no DynamoDB call for it.
      const settings = await (this.deps.deviceSettings ?? readDeviceSettings)(this.input).catch(() => ({}) as DeviceSettings);
      timeZone ??= settings.timeZone ?? this.defaults.timeZone;
      unit ??= settings.unit ?? this.defaults.unit;
      this.session.rememberPlace(timeZone, unit);
    }
    const { date, hour } = localDateTime(this.now, timeZone);
    return { timeZone, unit, today: date, hour };
  }

  /** A write through the store, counted so a turn can keep to one. */
  async write<T>(op: (store: HistoryStore, userKey: HistoryKey) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    if (!this.userKey) return { ok: false, failure: 'rejected' };
    this.writes += 1;
    return op(this.deps.store, this.userKey);
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The one registry of turns: keyed by the request envelope, so the skill's log line can read the turn too. */
const TURNS = new WeakMap<object, Turn>();

export function attachTurn(input: HandlerInput, deps: SkillDeps): Turn {
  const turn = new Turn(input, deps);
  TURNS.set(input.requestEnvelope, turn);
  return turn;
}

/** The turn of a request, once the skill has started on it. */
export function turnOfEnvelope(envelope: unknown): Turn | undefined {
  return envelope && typeof envelope === 'object' ? TURNS.get(envelope) : undefined;
}

export function findTurn(input: HandlerInput): Turn | undefined {
  return turnOfEnvelope(input.requestEnvelope);
}

export function turnOf(input: HandlerInput): Turn {
  const turn = findTurn(input);
  if (!turn) throw new Error('turn context missing');
  return turn;
}
