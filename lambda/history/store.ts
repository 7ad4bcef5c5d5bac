import type { CheckInRecord, RunRecord } from '../coach/types.js';

/** What the skill remembers about the runner between sessions. */
export interface Profile {
  newRunner?: boolean;
}

/** A logged session as stored: the coach's record plus when and by which request it was logged. */
export interface StoredRun extends RunRecord {
  /** ISO instant the run was logged. */
  loggedAt: string;
  /** Alexa request id: a retried request must not log the run twice. */
  requestId: string;
}

/** Everything one turn needs, read in one Query. */
export interface UserHistory {
  runs: StoredRun[];
  checkIns: CheckInRecord[];
  profile: Profile;
}

export type StoreFailure = 'unavailable' | 'timeout' | 'throttled' | 'rejected';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; failure: StoreFailure };

/**
 * A recognised voice profile's history inside an account: `account` is the account's key (hash of the userId),
 * `person` a hash of (userId, personId) (see user-key.ts). Neither raw id is stored.
 */
export interface PersonKey {
  account: string;
  person: string;
}

/**
 * Whose history a call is about. A string is the account's key: its own history, without any person's (what a
 * voice Alexa does not recognise hears and keeps).
 */
export type HistoryKey = string | PersonKey;

/**
 * What deleteUser removes. 'own': the key's own history (a person's, or the account's shared one, which is what
 * "delete my data" from that voice means). 'account': everything in the key's account, every person's included
 * (the skill was disabled).
 */
export type DeleteScope = 'own' | 'account';

/**
 * The one store the skill talks to. `userKey` is already a hash of the Alexa userId (see user-key.ts):
 * no raw id is stored. Every method resolves (never rejects): failures come back typed.
 */
export interface HistoryStore {
  /** One Query: the runner's unexpired runs, check-ins and profile. `nowEpochSeconds` filters out expired items. */
  load(userKey: HistoryKey, nowEpochSeconds: number): Promise<StoreResult<UserHistory>>;
  /** One conditional Put. Saving the same requestId twice keeps one item. */
  saveRun(userKey: HistoryKey, run: StoredRun): Promise<StoreResult<void>>;
  /**
   * One DeleteItem of the run saved under `idempotencyKey` on `date` (the key saveRun used): for a run the runner
   * declined after a save whose outcome was unknown. Idempotent: `deleted` is false when there was nothing to remove.
   */
  deleteRun(userKey: HistoryKey, date: string, idempotencyKey: string): Promise<StoreResult<{ deleted: boolean }>>;
  /** One Put keyed by date: a second check-in the same day replaces the first. */
  saveCheckIn(userKey: HistoryKey, checkIn: CheckInRecord): Promise<StoreResult<void>>;
  /** One UpdateItem of the profile item: sets the fields given, keeps the others, and expires it `retention` after now. */
  saveProfile(userKey: HistoryKey, profile: Profile, nowEpochSeconds: number): Promise<StoreResult<void>>;
  /**
   * Every item of `scope`, gone (Query + BatchWriteItem until nothing is left): by default the key's own history;
   * with 'account', the whole account of the key, every person's included (SkillDisabled).
   */
  deleteUser(userKey: HistoryKey, scope?: DeleteScope): Promise<StoreResult<{ deleted: number }>>;
}
