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
 * The one store the skill talks to. `userKey` is already a hash of the Alexa userId (see user-key.ts):
 * no raw id is stored. Every method resolves (never rejects): failures come back typed.
 */
export interface HistoryStore {
  /** One Query: the runner's unexpired runs, check-ins and profile. `nowEpochSeconds` filters out expired items. */
  load(userKey: string, nowEpochSeconds: number): Promise<StoreResult<UserHistory>>;
  /** One conditional Put. Saving the same requestId twice keeps one item. */
  saveRun(userKey: string, run: StoredRun): Promise<StoreResult<void>>;
  /**
   * One DeleteItem of the run saved under `idempotencyKey` on `date` (the key saveRun used): for a run the runner
   * declined after a save whose outcome was unknown. Idempotent: `deleted` is false when there was nothing to remove.
   */
  deleteRun(userKey: string, date: string, idempotencyKey: string): Promise<StoreResult<{ deleted: boolean }>>;
  /** One Put keyed by date: a second check-in the same day replaces the first. */
  saveCheckIn(userKey: string, checkIn: CheckInRecord): Promise<StoreResult<void>>;
  /** One UpdateItem of the profile item: sets the fields given, keeps the others, and expires it `retention` after now. */
  saveProfile(userKey: string, profile: Profile, nowEpochSeconds: number): Promise<StoreResult<void>>;
  /** Every item of the user, gone (Query + BatchWriteItem until nothing is left). */
  deleteUser(userKey: string): Promise<StoreResult<{ deleted: number }>>;
}
