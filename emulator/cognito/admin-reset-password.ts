import { CognitoError } from './cognito-error';
import { requireUser } from './admin-users';
import type { PoolContext } from './pool-context';
import { revokeAllFamilies } from './self-service';
import { mailCode } from './triggers/custom-message';
import { adminCaller } from './triggers/trigger-event';
import { assertCanSend, issueCode } from './verification-codes';

/**
 * AdminResetUserPassword: the password stops working (sign-in answers
 * PasswordResetRequiredException) until the user enters the mailed reset code with a new one
 * (ConfirmForgotPassword). Needs a verified email to send the code to. Like a confirmed reset,
 * it also revokes the user's refresh tokens (stricter than documented; docs/emulator.md).
 */
export async function adminResetUserPassword(ctx: PoolContext, name: string): Promise<void> {
  const user = requireUser(ctx, name);
  if (!user.emailVerified || user.email === '')
    throw new CognitoError(
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  assertCanSend(ctx, user);
  const reset = ctx.repo.updateUser(user.username, {
    status: 'RESET_REQUIRED',
    updatedAt: ctx.clock.now(),
  });
  revokeAllFamilies(ctx, user.username);
  const code = issueCode(ctx, reset, 'reset');
  await mailCode(
    ctx,
    {
      source: 'CustomMessage_ForgotPassword',
      user: reset,
      clientId: adminCaller,
      code,
      to: reset.email,
    },
    { subject: 'Your password reset code', text: `Your password reset code is ${code}` },
  );
}
