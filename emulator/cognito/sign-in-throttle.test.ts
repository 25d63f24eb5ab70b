import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle';

describe('createSignInThrottle', () => {
  it('allows five failures, then locks for 1 s, 2 s, 4 s ...', () => {
    const t = createSignInThrottle(5);
    let now = 0;
    for (let i = 0; i < 5; i++) expect(t.recordFailure('k', now)).toBe(false);
    expect(t.recordFailure('k', now)).toBe(true);
    expect(() => t.assertOpen('k', now + 999)).toThrow('Password attempts exceeded');
    now += 1000;
    expect(() => t.assertOpen('k', now)).not.toThrow();
    t.recordFailure('k', now);
    expect(() => t.assertOpen('k', now + 1999)).toThrow();
    expect(() => t.assertOpen('k', now + 2000)).not.toThrow();
  });

  it('caps the lockout at 15 minutes and forgets after 15 quiet minutes', () => {
    const t = createSignInThrottle(0);
    let now = 0;
    for (let i = 0; i < 20; i++) {
      t.recordFailure('k', now);
      now += 16 * 60_000 - 1;
    }
    expect(() => t.assertOpen('k', now - 1)).not.toThrow();
    const fresh = createSignInThrottle(1);
    fresh.recordFailure('k', 0);
    expect(fresh.recordFailure('k', 16 * 60_000)).toBe(false);
  });

  it('resets on success and keeps keys apart', () => {
    const t = createSignInThrottle(1);
    t.recordFailure('a', 0);
    t.recordSuccess('a');
    expect(t.recordFailure('a', 0)).toBe(false);
    expect(t.recordFailure('b', 0)).toBe(false);
  });
});
