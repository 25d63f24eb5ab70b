import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { createSignInThrottle, type ThrottleKey } from './sign-in-throttle';

/** A throttle on a manual clock, with one-step helpers for sequential attempts. */
function throttleOf(freeFailures: number, maxNameEntries?: number) {
  const clock = createManualClock(0);
  const t = createSignInThrottle({ freeFailures, clock, maxNameEntries });
  return {
    t,
    clock,
    /** One attempt that fails; true when it started a lockout. */
    fail: async (key: ThrottleKey) => (await t.admit(key)).failed(),
    succeed: async (key: ThrottleKey) => (await t.admit(key)).succeeded(),
    /** Whether an attempt is refused unchecked now (an admitted probe is settled as a success). */
    isLocked: async (key: ThrottleKey) =>
      t.admit(key).then(
        (attempt) => (attempt.succeeded(), false),
        (error: Error) => {
          expect(error.message).toBe('Password attempts exceeded');
          return true;
        },
      ),
  };
}

describe('createSignInThrottle', () => {
  it('allows five failures, then locks for 1 s, 2 s, 4 s ...', async () => {
    const { fail, isLocked, clock } = throttleOf(5);
    for (let i = 0; i < 5; i++) expect(await fail('user:k')).toBe(false);
    expect(await fail('user:k')).toBe(true);
    clock.advance(999);
    expect(await isLocked('user:k')).toBe(true);
    clock.advance(1);
    expect(await fail('user:k')).toBe(true);
    clock.advance(1999);
    expect(await isLocked('user:k')).toBe(true);
    clock.advance(1);
    expect(await isLocked('user:k')).toBe(false);
  });

  it('caps the lockout at 15 minutes and forgets after 15 quiet minutes', async () => {
    const { fail, isLocked, clock } = throttleOf(0);
    for (let i = 0; i < 20; i++) {
      await fail('user:k');
      clock.advance(16 * 60_000 - 1);
    }
    clock.set(clock.now() - 1);
    expect(await isLocked('user:k')).toBe(false);
    const fresh = throttleOf(1);
    await fresh.fail('user:k');
    fresh.clock.advance(16 * 60_000);
    expect(await fresh.fail('user:k')).toBe(false);
  });

  it('resets on success and keeps keys apart', async () => {
    const { fail, succeed } = throttleOf(1);
    await fail('user:a');
    await succeed('user:a');
    expect(await fail('user:a')).toBe(false);
    expect(await fail('user:b')).toBe(false);
  });

  it('forgets a key on reset', async () => {
    const { t, fail, isLocked } = throttleOf(0);
    await fail('user:a');
    expect(await isLocked('user:a')).toBe(true);
    t.reset('user:a');
    expect(await isLocked('user:a')).toBe(false);
  });
});

describe('createSignInThrottle under bursts', () => {
  it('admits no more attempts at once than the free failures and one more', async () => {
    const { t } = throttleOf(5);
    const admitted: number[] = [];
    const burst = Array.from({ length: 25 }, (_, i) =>
      t.admit('user:k').then((a) => (admitted.push(i), a)),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(admitted).toEqual([0, 1, 2, 3, 4, 5]);
    const first = await Promise.all(burst.slice(0, 6));
    expect(first.map((a) => a.failed())).toEqual([false, false, false, false, false, true]);
    // The waiting ones are refused unchecked, the right password (last) among them.
    const rest = await Promise.allSettled(burst.slice(6));
    expect(rest.every((r) => r.status === 'rejected')).toBe(true);
  });

  it('admits one attempt at a time once a lockout has passed', async () => {
    const { t, fail, clock } = throttleOf(5);
    for (let i = 0; i < 6; i++) await fail('user:k');
    clock.advance(1000);
    const one = t.admit('user:k');
    const two = t.admit('user:k');
    expect((await one).failed()).toBe(true);
    await expect(two).rejects.toThrow('Password attempts exceeded');
  });

  it('lets waiting attempts in after a success, counted afresh', async () => {
    const { t } = throttleOf(1);
    const a = await t.admit('user:k');
    const b = await t.admit('user:k');
    const c = t.admit('user:k');
    a.succeeded();
    expect(b.failed()).toBe(false);
    expect((await c).failed()).toBe(true);
  });
});

describe('createSignInThrottle under a flood of junk names', () => {
  it('keeps a locked account locked however many unknown names fail', async () => {
    const { fail, isLocked } = throttleOf(5);
    for (let i = 0; i < 6; i++) await fail('user:victim');
    for (let i = 0; i < 12_000; i++) await fail(`name:junk${i}@example.com`);
    expect(await isLocked('user:victim')).toBe(true);
  });

  it('keeps failures of an account that is not locked yet, and bounds the names', async () => {
    const { fail, isLocked } = throttleOf(5, 100);
    for (let i = 0; i < 5; i++) await fail('user:victim');
    for (let i = 0; i < 500; i++) await fail(`name:junk${i}`);
    expect(await fail('user:victim')).toBe(true);
    expect(await isLocked('user:victim')).toBe(true);
  });

  it('drops unlocked names before locked ones', async () => {
    const { fail, isLocked } = throttleOf(1, 10);
    await fail('name:locked');
    expect(await fail('name:locked')).toBe(true);
    for (let i = 0; i < 50; i++) await fail(`name:other${i}`);
    expect(await isLocked('name:locked')).toBe(true);
  });
});
