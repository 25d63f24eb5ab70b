import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { buildPoolConfig } from '../build-pool-config';
import { resolveOptions } from '../emulator-options';
import { createMailbox } from '../mailbox/mailbox';
import { authenticate } from './authenticate';
import type { PasswordHasher } from './password-hasher';
import { randomIds, type PoolContext } from './pool-context';
import { createPoolRepository } from './pool-repository';
import { createSignInEvents } from './sign-in-events';
import { createSignInThrottle } from './sign-in-throttle';

const config = buildPoolConfig(resolveOptions({ dataDir: null }), 'http://127.0.0.1:9229', 0);

/** A pool whose hasher holds every check until the test releases it. */
function gatedPool() {
  const clock = createManualClock();
  const held: (() => void)[] = [];
  const hasher: PasswordHasher = {
    hash: async (password) => `plain:${password}`,
    verify: (password, hash) =>
      new Promise((resolve) => held.push(() => resolve(hash === `plain:${password}`))),
  };
  const ctx: PoolContext = {
    config,
    repo: createPoolRepository({ clock, log: () => {} }),
    clock,
    ids: randomIds,
    hasher,
    mailbox: createMailbox({ clock, newId: () => randomIds.uuid(), log: () => {} }),
    throttle: createSignInThrottle({ freeFailures: config.freeFailedSignIns, clock }),
    signIns: createSignInEvents(clock),
    keys: () => {
      throw new Error('no keys in this test');
    },
    log: () => {},
  };
  ctx.repo.addUser({
    username: 'u1',
    email: 'ann@example.com',
    emailVerified: true,
    attributes: {},
    status: 'CONFIRMED',
    enabled: true,
    passwordHash: 'plain:Old-Pass-1',
    temporaryPasswordExpiresAt: null,
    createdAt: 0,
    updatedAt: 0,
    groups: [],
    codes: {},
  });
  const release = async () => {
    while (held.length === 0) await new Promise((resolve) => setImmediate(resolve));
    held.shift()!();
  };
  return { ctx, release };
}

describe('authenticate', () => {
  it('refuses a password that was changed while it was being checked', async () => {
    const { ctx, release } = gatedPool();
    const signIn = authenticate(ctx, 'ann@example.com', 'Old-Pass-1');
    await new Promise((resolve) => setImmediate(resolve));
    ctx.repo.updateUser('u1', { passwordHash: 'plain:New-Pass-2' });
    await release();
    await expect(signIn).rejects.toThrow('Incorrect username or password.');
  });

  it('signs in with the right password when nothing changed meanwhile', async () => {
    const { ctx, release } = gatedPool();
    const signIn = authenticate(ctx, 'ann@example.com', 'Old-Pass-1');
    await release();
    await expect(signIn).resolves.toMatchObject({ kind: 'signedIn' });
  });
});
