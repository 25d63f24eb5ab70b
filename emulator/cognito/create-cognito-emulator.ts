import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { sendInternalError } from '../http/respond';
import { createMailbox, type Mailbox } from '../mailbox/mailbox';
import {
  adminCreateUser,
  adminDeleteUser,
  adminGetUser,
  adminSetEnabled,
  adminSetUserPassword,
} from './admin-users';
import { adminAddUserToGroup, createGroup } from './groups';
import { systemClock, type Clock } from '../../contract/clock';
import type { KeyFile, PublicJwk } from './key-ring';
import { createPasswordHasher, type PasswordHasher } from './password-hasher';
import { findUser, randomIds, type IdSource } from './pool-context';
import type { PoolConfig } from './pool-config';
import { createPoolRegistry, type PoolRegistry, type PoolStore } from './pool-registry';
import type { PersistedState } from './pool-state';
import { revokeAllFamilies } from './self-service';
import { routeCognito } from './cognito-routes';
import { checkIdToken, type IdTokenCheck } from './check-id-token';
import { admitJsonApiCaller } from './json-api/json-api-cors';
import type { PoolTriggers } from './triggers/pool-triggers';

/** What varies between a test, the CLI and the dev server. */
export interface CognitoServices {
  clock?: Clock;
  ids?: IdSource;
  hasher?: PasswordHasher;
  mailbox?: Mailbox;
  keyFile: KeyFile;
  initialState?: PersistedState;
  /** Saves the pool's data (called coalesced after changes, and on flush). */
  saveState?: (state: PersistedState) => void;
  saveKeys?: (file: KeyFile) => void;
  /** Where pools created through the API are kept (none: they live in memory only). */
  poolStore?: PoolStore;
  log?: (line: string) => void;
  /** The product pool's Lambda triggers, run in-process. */
  triggers?: PoolTriggers;
}

/** Test and tooling handle on the pool: admin operations without HTTP. */
export interface CognitoPool {
  readonly config: PoolConfig;
  readonly mailbox: Mailbox;
  /** Creates a CONFIRMED user with a permanent password and verified email (seed helper). */
  createUser(input: {
    email: string;
    password: string;
    groups?: string[];
    attributes?: Record<string, string>;
  }): Promise<{ username: string }>;
  /** AdminCreateUser: FORCE_CHANGE_PASSWORD with a temporary password (mailed). */
  adminCreateUser(input: {
    email: string;
    temporaryPassword?: string;
    suppressMessage?: boolean;
  }): Promise<{ username: string }>;
  getUser(
    name: string,
  ):
    | { username: string; email: string; status: string; enabled: boolean; groups: string[] }
    | undefined;
  disableUser(name: string): void;
  enableUser(name: string): void;
  deleteUser(name: string): void;
  globalSignOut(name: string): void;
  /** New signing keys; old public keys stay in the JWKS until their tokens have expired. */
  rotateKeys(): Promise<void>;
  jwks(): { keys: PublicJwk[] };
  /** Writes pending changes now. */
  flush(): void;
}

export interface CognitoEmulator {
  readonly pool: CognitoPool;
  /** Every pool, for in-process callers of the operations (the dev console). */
  readonly pools: PoolRegistry;
  /** Answers Cognito's paths; calls `next` for anything else. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  readonly listener: RequestListener;
  /** The product pool's check of an ID token, for the identity pool's Logins. */
  checkIdToken(token: string): IdTokenCheck;
  /** The product pool's JSON API CORS gate (same origin, same rules for the identity pool API). */
  admitJsonApiCaller(req: IncomingMessage, res: ServerResponse): void;
  close(): void;
}

/** The Cognito part as a library: config and services in, a request handler and pool handle out. */
export function createCognitoEmulator(
  config: PoolConfig,
  services: CognitoServices,
): CognitoEmulator {
  const clock = services.clock ?? systemClock;
  const log = services.log ?? ((line: string) => console.log(line));
  const ids = services.ids ?? randomIds;
  const pools = createPoolRegistry({
    primary: config,
    primaryKeys: services.keyFile,
    primaryState: services.initialState,
    savePrimaryState: services.saveState,
    store: services.poolStore,
    primaryTriggers: services.triggers,
    shared: {
      clock,
      ids,
      log,
      hasher: services.hasher ?? createPasswordHasher(),
      mailbox: services.mailbox ?? createMailbox({ clock, newId: () => ids.uuid(), log }),
    },
  });
  const ctx = pools.primary;
  const repo = ctx.repo;
  // Only memory hygiene, so it runs on wall time; every expiry is decided where the record is
  // read, against the clock, so a manual clock needs no sweep to be right.
  const sweeper = setInterval(() => pools.sweep(clock.now()), 60_000);
  sweeper.unref();

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    try {
      return await routeCognito(pools, req, res, url);
    } catch (error) {
      const where = `[cognito] internal error on ${req.method} ${url.pathname}`;
      sendInternalError(res, log, where, error, 'Internal error in the local Cognito emulator.');
      return true;
    }
  };
  const user = (name: string) => {
    const u = findUser(ctx, name);
    if (!u) throw new Error(`No user ${name}`);
    return u;
  };
  const pool: CognitoPool = {
    get config() {
      return ctx.config;
    },
    mailbox: ctx.mailbox,
    async createUser(input) {
      const created = await adminCreateUser(ctx, {
        username: input.email,
        attributes: [
          { Name: 'email_verified', Value: 'true' },
          ...Object.entries(input.attributes ?? {}).map(([Name, Value]) => ({ Name, Value })),
        ],
        messageAction: 'SUPPRESS',
      });
      await adminSetUserPassword(ctx, created.User.Username, input.password, true);
      for (const g of input.groups ?? []) {
        if (!repo.hasGroup(g)) createGroup(ctx, g);
        adminAddUserToGroup(ctx, created.User.Username, g);
      }
      return { username: created.User.Username };
    },
    async adminCreateUser(input) {
      const created = await adminCreateUser(ctx, {
        username: input.email,
        attributes: [{ Name: 'email_verified', Value: 'true' }],
        temporaryPassword: input.temporaryPassword,
        messageAction: input.suppressMessage ? 'SUPPRESS' : undefined,
      });
      return { username: created.User.Username };
    },
    getUser(name) {
      const u = findUser(ctx, name);
      if (!u) return undefined;
      const info = adminGetUser(ctx, u.username);
      return {
        username: u.username,
        email: u.email,
        status: info.UserStatus,
        enabled: u.enabled,
        groups: [...u.groups],
      };
    },
    disableUser: (name) => adminSetEnabled(ctx, user(name).username, false),
    enableUser: (name) => adminSetEnabled(ctx, user(name).username, true),
    deleteUser: (name) => adminDeleteUser(ctx, user(name).username),
    globalSignOut: (name) => revokeAllFamilies(ctx, user(name).username),
    async rotateKeys() {
      services.saveKeys?.(await pools.rotatePrimaryKeys());
    },
    jwks: () => ctx.keys().jwks(),
    flush: () => pools.flush(),
  };
  return {
    pool,
    pools,
    handle,
    checkIdToken: (token) => checkIdToken(ctx, token),
    admitJsonApiCaller: (req, res) => admitJsonApiCaller(ctx, req, res),
    listener: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://emulator.invalid');
      void handle(req, res, url).then((handled) => {
        if (!handled) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Not found');
        }
      });
    },
    close() {
      clearInterval(sweeper);
      pool.flush();
    },
  };
}
