import type { Clock } from '../../contract/clock';
import { sha256 } from './pool-context';
import {
  createPoolState,
  refreshTokensOf,
  snapshotState,
  sweepExpired,
  type AuthCodeRecord,
  type FederationState,
  type GroupRecord,
  type PersistedState,
  type RedeemedCode,
  type SessionKind,
  type SessionRecord,
  type TokenFamily,
  type UserRecord,
} from './pool-state';

/** What may change on a user: everything but the identity and the creation time. */
export type UserChange = Partial<Omit<UserRecord, 'username' | 'createdAt'>>;

/** What may change on a group: its details (the name is its identity). */
export type GroupChange = Partial<Omit<GroupRecord, 'name' | 'createdAt'>>;

/** Short-lived records kept in memory only (never saved); swept when they expire. */
export interface RecordMap<T> {
  get(id: string): T | undefined;
  set(id: string, record: T): void;
  delete(id: string): void;
  /** Gets and deletes: for single-use records. */
  take(id: string): T | undefined;
}

/**
 * The pool's data and its persistence. Every state change goes through here, and the saved
 * copy is written (coalesced, after the current turn) exactly when persisted data changed.
 */
export interface PoolRepository {
  user(username: string): UserRecord | undefined;
  /** By pool username (UUID) or by email, case-insensitively (never a federated user's email). */
  findUser(name: string): UserRecord | undefined;
  users(): readonly UserRecord[];
  /** Throws if the username is taken (callers check the email first). */
  addUser(user: UserRecord): void;
  /**
   * Replaces the named fields (or those a function of the current record returns); returns the
   * new record. Saves only if a field differs.
   */
  updateUser(
    username: string,
    change: UserChange | ((current: UserRecord) => UserChange),
  ): UserRecord;
  deleteUser(username: string): boolean;

  hasGroup(name: string): boolean;
  group(name: string): GroupRecord | undefined;
  /** Every group, in creation order. */
  groups(): readonly GroupRecord[];
  /** Adds a group unless its name is taken; true if it was added. */
  addGroup(group: GroupRecord): boolean;
  updateGroup(name: string, change: GroupChange): GroupRecord;
  /** Deletes the group and every membership in it; false if there was none. */
  deleteGroup(name: string): boolean;

  addFamily(family: TokenFamily): void;
  family(originJti: string): TokenFamily | undefined;
  familyOfRefreshToken(token: string): TokenFamily | undefined;
  /**
   * Rotation: marks the used refresh token superseded (its first supersession counts) and adds
   * the new one to the family.
   */
  rotateRefreshToken(originJti: string, usedToken: string, newToken: string, at: number): void;
  /** Marks one family revoked (first revocation wins); true if it was live. */
  revokeFamily(originJti: string, at: number): boolean;
  /** Revokes every live family of a user; returns how many were live. */
  revokeUserFamilies(username: string, at: number): number;

  /** Code e-mails sent to a user after `since` (ms). */
  sendsSince(username: string, since: number): number;
  recordSend(username: string, at: number, keepSince: number): void;

  readonly authCodes: RecordMap<AuthCodeRecord>;
  readonly redeemedCodes: RecordMap<RedeemedCode>;
  readonly federationStates: RecordMap<FederationState>;
  sessions(kind: SessionKind): RecordMap<SessionRecord>;
  /**
   * Ends every short-lived record of a user: hosted-UI sessions, pending challenges and sign-ins
   * (all session kinds) and unredeemed authorization codes. Returns how many ended.
   */
  endUserSessions(username: string): number;

  sweep(now: number): void;
  snapshot(now: number): PersistedState;
  /** Writes pending changes now. */
  flush(): void;
}

export interface RepositoryOptions {
  initial?: PersistedState | undefined;
  clock: Clock;
  save?: ((state: PersistedState) => void) | undefined;
  log: (line: string) => void;
}

function recordMap<T>(map: Map<string, T>): RecordMap<T> {
  return {
    get: (id) => map.get(id),
    set: (id, record) => void map.set(id, record),
    delete: (id) => void map.delete(id),
    take(id) {
      const record = map.get(id);
      map.delete(id);
      return record;
    },
  };
}

export function createPoolRepository(options: RepositoryOptions): PoolRepository {
  const state = createPoolState(options.initial, options.clock.now());
  let scheduled: NodeJS.Immediate | undefined;
  const write = () => {
    scheduled = undefined;
    try {
      options.save?.(snapshotState(state, options.clock.now()));
    } catch (error) {
      options.log(`[cognito] could not save data: ${String(error)}`);
    }
  };
  const changed = () => {
    if (options.save) scheduled ??= setImmediate(write);
  };
  /** Replaces the named fields of one record; saves only if a field differs (users, groups). */
  const replaceRecord = <T extends object>(
    map: Map<string, T>,
    id: string,
    update: Partial<T> | ((current: T) => Partial<T>),
  ): T => {
    const old = map.get(id);
    if (!old) throw new Error(`No record ${id}`);
    const change = typeof update === 'function' ? update(old) : update;
    const keys = Object.keys(change) as (keyof T)[];
    if (keys.every((k) => Object.is(old[k], change[k]))) return old;
    const next = { ...old, ...change };
    map.set(id, next);
    changed();
    return next;
  };
  const sessions = {
    challenge: recordMap(state.sessions.challenge),
    hosted: recordMap(state.sessions.hosted),
    pendingSignIn: recordMap(state.sessions.pendingSignIn),
    pendingChallenge: recordMap(state.sessions.pendingChallenge),
  };
  const revoke = (family: TokenFamily, at: number) => {
    if (family.revokedAt !== null) return false;
    state.tokenFamilies.set(family.originJti, { ...family, revokedAt: at });
    return true;
  };
  return {
    user: (username) => state.users.get(username),
    findUser(name) {
      const direct = state.users.get(name);
      if (direct) return direct;
      const email = name.trim().toLowerCase();
      // A federated user's email is not a sign-in name: the same email may be a local user's.
      for (const user of state.users.values())
        if (user.email.toLowerCase() === email && !user.federatedIdentity) return user;
      return undefined;
    },
    users: () => [...state.users.values()],
    addUser(user) {
      if (state.users.has(user.username)) throw new Error(`User ${user.username} exists`);
      state.users.set(user.username, user);
      changed();
    },
    updateUser(username, update) {
      return replaceRecord<UserRecord>(state.users, username, update);
    },
    deleteUser(username) {
      if (!state.users.delete(username)) return false;
      changed();
      return true;
    },
    hasGroup: (name) => state.groups.has(name),
    group: (name) => state.groups.get(name),
    groups: () => [...state.groups.values()],
    addGroup(group) {
      if (state.groups.has(group.name)) return false;
      state.groups.set(group.name, group);
      changed();
      return true;
    },
    updateGroup(name, change) {
      return replaceRecord<GroupRecord>(state.groups, name, change);
    },
    deleteGroup(name) {
      if (!state.groups.delete(name)) return false;
      for (const [username, user] of state.users) {
        if (user.groups.includes(name))
          state.users.set(username, { ...user, groups: user.groups.filter((g) => g !== name) });
      }
      changed();
      return true;
    },
    addFamily(family) {
      state.tokenFamilies.set(family.originJti, family);
      if (family.refreshHash !== null) state.refreshIndex.set(family.refreshHash, family.originJti);
      changed();
    },
    family: (originJti) => state.tokenFamilies.get(originJti),
    familyOfRefreshToken(token) {
      const jti = state.refreshIndex.get(sha256(token));
      return jti === undefined ? undefined : state.tokenFamilies.get(jti);
    },
    rotateRefreshToken(originJti, usedToken, newToken, at) {
      const family = state.tokenFamilies.get(originJti);
      if (!family) throw new Error(`No token family ${originJti}`);
      const used = sha256(usedToken);
      const added = sha256(newToken);
      const refreshTokens = [
        ...refreshTokensOf(family).map((t) =>
          t.hash === used && t.supersededAt === null ? { ...t, supersededAt: at } : t,
        ),
        { hash: added, supersededAt: null },
      ];
      state.tokenFamilies.set(originJti, { ...family, refreshTokens });
      state.refreshIndex.set(added, originJti);
      changed();
    },
    revokeFamily(originJti, at) {
      const family = state.tokenFamilies.get(originJti);
      const revoked = family !== undefined && revoke(family, at);
      if (revoked) changed();
      return revoked;
    },
    revokeUserFamilies(username, at) {
      let count = 0;
      for (const family of state.tokenFamilies.values())
        if (family.username === username && revoke(family, at)) count += 1;
      if (count > 0) changed();
      return count;
    },
    sendsSince: (username, since) =>
      (state.sendLog.get(username) ?? []).filter((t) => t > since).length,
    recordSend(username, at, keepSince) {
      const kept = (state.sendLog.get(username) ?? []).filter((t) => t > keepSince);
      state.sendLog.set(username, [...kept, at]);
    },
    authCodes: recordMap(state.authCodes),
    redeemedCodes: recordMap(state.redeemedCodes),
    federationStates: recordMap(state.federationStates),
    sessions: (kind) => sessions[kind],
    endUserSessions(username) {
      let ended = 0;
      for (const map of [state.authCodes, ...Object.values(state.sessions)] as Map<
        string,
        { username: string }
      >[]) {
        for (const [id, record] of map)
          if (record.username === username && map.delete(id)) ended += 1;
      }
      return ended;
    },
    sweep: (now) => sweepExpired(state, now),
    snapshot: (now) => snapshotState(state, now),
    flush() {
      if (!scheduled) return;
      clearImmediate(scheduled);
      write();
    },
  };
}
