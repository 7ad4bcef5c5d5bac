/**
 * A HistoryStore in memory, for the benchmark only: the same turns without the SDK and the server, so the table can
 * show how much of a warm turn is the skill itself and how much is the DynamoDB round trip.
 */
import type { CheckInRecord } from '../lambda/coach/index.js';
import type { HistoryStore, Profile, StoreResult, StoredRun, UserHistory } from '../lambda/history/store.js';

interface UserData {
  runs: Map<string, StoredRun>;
  checkIns: Map<string, CheckInRecord>;
  profile: Profile;
}

export class MemoryHistoryStore implements HistoryStore {
  private readonly users = new Map<string, UserData>();

  private user(key: string): UserData {
    let data = this.users.get(key);
    if (!data) {
      data = { runs: new Map(), checkIns: new Map(), profile: {} };
      this.users.set(key, data);
    }
    return data;
  }

  async load(userKey: string): Promise<StoreResult<UserHistory>> {
    const data = this.user(userKey);
    // Copies, as a Query returns fresh objects every time.
    return {
      ok: true,
      value: {
        runs: [...data.runs.values()].map((r) => ({ ...r })).sort((a, b) => a.loggedAt.localeCompare(b.loggedAt)),
        checkIns: [...data.checkIns.values()].map((c) => ({ ...c })).sort((a, b) => a.date.localeCompare(b.date)),
        profile: { ...data.profile },
      },
    };
  }

  async saveRun(userKey: string, run: StoredRun): Promise<StoreResult<void>> {
    const runs = this.user(userKey).runs;
    const key = `${run.loggedAt}#${run.requestId}`;
    if (!runs.has(key)) runs.set(key, { ...run });
    return { ok: true, value: undefined };
  }

  async deleteRun(userKey: string, date: string, idempotencyKey: string): Promise<StoreResult<{ deleted: boolean }>> {
    const runs = this.user(userKey).runs;
    const key = [...runs.entries()].find(([, run]) => run.date === date && run.requestId === idempotencyKey)?.[0];
    if (key !== undefined) runs.delete(key);
    return { ok: true, value: { deleted: key !== undefined } };
  }

  async saveCheckIn(userKey: string, checkIn: CheckInRecord): Promise<StoreResult<void>> {
    this.user(userKey).checkIns.set(checkIn.date, { ...checkIn });
    return { ok: true, value: undefined };
  }

  async saveProfile(userKey: string, profile: Profile): Promise<StoreResult<void>> {
    this.user(userKey).profile = { ...profile };
    return { ok: true, value: undefined };
  }

  /** The bench has no voice profiles: the account's own history is all there is, whatever the scope. */
  async deleteUser(userKey: string): Promise<StoreResult<{ deleted: number }>> {
    const data = this.users.get(userKey);
    this.users.delete(userKey);
    const deleted = data ? data.runs.size + data.checkIns.size + 1 : 0;
    return { ok: true, value: { deleted } };
  }
}
