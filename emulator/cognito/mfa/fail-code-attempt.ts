// A wrong MFA code, wherever it is checked (VerifySoftwareToken, SOFTWARE_TOKEN_MFA, EMAIL_OTP):
// it counts toward the same lockout as a wrong password, and the console's sign-in events show it.
import { CognitoError, messages } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import { recordSignInEvent } from '../sign-in-events';
import type { SignInAttempt } from '../sign-in-throttle';

/** Counts the failed attempt, records it, and throws: the lockout error, else `otherwise`. */
export function failCodeAttempt(
  ctx: PoolContext,
  username: string,
  attempt: SignInAttempt,
  otherwise: CognitoError,
): never {
  const lockedNow = attempt.failed();
  recordSignInEvent(ctx, username, lockedNow ? 'locked' : 'wrong-password', 'Wrong MFA code.');
  if (lockedNow) throw new CognitoError('NotAuthorizedException', messages.attemptsExceeded);
  throw otherwise;
}
