import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Mailbox } from '../mailbox/mailbox';
import type { Clock } from '../../contract/clock';
import type { KeyRing } from './key-ring';
import type { PasswordHasher } from './password-hasher';
import type { PoolConfig } from './pool-config';
import type { PoolRepository } from './pool-repository';
import type { UserRecord } from './pool-state';
import type { SignInEvents } from './sign-in-events';
import type { SignInThrottle } from './sign-in-throttle';
import { phoneOf, phoneVerified, sameUsername } from './sign-in-names';
import type { PoolTriggers } from './triggers/pool-triggers';

/** Sources of randomness, passed in so tests can make them predictable. */
export interface IdSource {
  uuid(): string;
  /** A 6-digit code. */
  code(): string;
  /** An unguessable token of `bytes` random bytes, base64url. */
  secret(bytes: number): string;
}

export const randomIds: IdSource = {
  uuid: () => randomUUID(),
  code: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
  secret: (bytes) => randomBytes(bytes).toString('base64url'),
};

/** What every operation gets: config, data, and the services that vary. */
export interface PoolContext {
  readonly config: PoolConfig;
  /** The pool's data; the only way to read or change it. */
  readonly repo: PoolRepository;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly hasher: PasswordHasher;
  readonly mailbox: Mailbox;
  readonly throttle: SignInThrottle;
  /** Recent sign-in events per user (memory only), for the dev console. */
  readonly signIns: SignInEvents;
  /** The Lambda triggers this pool runs; none for pools created through the API. */
  readonly triggers?: PoolTriggers | undefined;
  /** The current key ring (replaced on rotation). */
  keys(): KeyRing;
  log(line: string): void;
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const nowSeconds = (ctx: PoolContext) => Math.floor(ctx.clock.now() / 1000);

/**
 * Finds a user by the name they sign in with: in a pool that signs in by email or phone the
 * username (UUID), the email (case-insensitively) or the phone number the pool uses; in a
 * free-form pool the username (case as the pool says) or a verified alias the pool allows
 * (email, phone_number) or its preferred_username.
 */
export function findUser(ctx: PoolContext, name: string): UserRecord | undefined {
  const c = ctx.config;
  if (c.usernameAttributes.length > 0) {
    const byName = ctx.repo.findUser(name);
    if (byName || !c.usernameAttributes.includes('phone_number')) return byName;
    return ctx.repo.users().find((u) => phoneOf(u) === name.trim());
  }
  const direct = ctx.repo.user(name);
  if (direct) return direct;
  const lower = name.toLowerCase();
  const users = ctx.repo.users();
  if (!c.usernameCaseSensitive) {
    const byName = users.find((u) => u.username.toLowerCase() === lower);
    if (byName) return byName;
  }
  const aliases = c.aliasAttributes ?? [];
  return users.find(
    (u) =>
      (aliases.includes('email') &&
        u.emailVerified &&
        u.email !== '' &&
        u.email.toLowerCase() === lower) ||
      (aliases.includes('phone_number') && phoneVerified(u) && phoneOf(u) === name) ||
      (aliases.includes('preferred_username') &&
        u.attributes['preferred_username'] !== undefined &&
        sameUsername(c.usernameCaseSensitive, u.attributes['preferred_username'], name)),
  );
}

export const isEmail = (value: string) =>
  value.length <= 128 &&
  /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/.test(value);

/** Cognito masks destinations: `j***@e***`. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}
