import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import { createSignInEvents } from '../sign-in-events';
import type { SignInAttempt } from '../sign-in-throttle';
import { failCodeAttempt } from './fail-code-attempt';

function setUp(lockedNow: boolean) {
  const signIns = createSignInEvents(createManualClock(0));
  // Only the sign-in events are read: the rest of the pool's context plays no part here.
  const ctx = { signIns } as unknown as PoolContext;
  const attempt: SignInAttempt = { failed: () => lockedNow, succeeded: () => undefined };
  return { ctx, signIns, attempt };
}

describe('a wrong MFA code', () => {
  it("throws the check's own error and shows in the user's sign-in events", () => {
    const { ctx, signIns, attempt } = setUp(false);
    const mismatch = new CognitoError('CodeMismatchException', 'Invalid code received for user');
    expect(() => failCodeAttempt(ctx, 'ada', attempt, mismatch)).toThrow(mismatch);
    expect(signIns.list('ada')).toEqual([
      { kind: 'wrong-password', at: 0, detail: 'Wrong MFA code.' },
    ]);
  });

  it('that starts a lockout throws the lockout error and shows as locked', () => {
    const { ctx, signIns, attempt } = setUp(true);
    const mismatch = new CognitoError('CodeMismatchException', 'Invalid code received for user');
    expect(() => failCodeAttempt(ctx, 'ada', attempt, mismatch)).toThrow(
      'Password attempts exceeded',
    );
    expect(signIns.list('ada')[0]).toMatchObject({ kind: 'locked', detail: 'Wrong MFA code.' });
  });
});
