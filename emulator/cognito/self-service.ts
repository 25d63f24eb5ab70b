import { CognitoError, messages } from './cognito-error';
import { findUser, isEmail, maskEmail, type PoolContext } from './pool-context';
import { storeConfirmedPassword } from './password-changed';
import { checkPasswordPolicy } from './password-policy';
import type { UserRecord } from './pool-state';
import { parseAttributes, subOf, type UserAttribute } from './user-attributes';
import { mailCode } from './triggers/custom-message';
import { postConfirmation } from './triggers/post-confirmation';
import { preSignUp, withPreSignUp } from './triggers/pre-sign-up';
import { assertCanSend, consumeCode, issueCode } from './verification-codes';

/** Where a code went (masked), as every code-sending operation answers it. */
export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: 'EMAIL';
  AttributeName: 'email';
}

export const delivery = (email: string): CodeDeliveryDetails => ({
  Destination: maskEmail(email),
  DeliveryMedium: 'EMAIL',
  AttributeName: 'email',
});

async function sendSignUpCode(
  ctx: PoolContext,
  user: UserRecord,
  clientId: string,
  source: 'CustomMessage_SignUp' | 'CustomMessage_ResendCode',
): Promise<void> {
  const code = issueCode(ctx, user, 'signup');
  await mailCode(
    ctx,
    { source, user, clientId, code, to: user.email },
    { subject: 'Your verification code', text: `Your verification code is ${code}` },
  );
}

/** SignUp: email is the sign-in name; the pool username is a new UUID (= sub). */
export async function signUp(
  ctx: PoolContext,
  input: {
    username: string;
    password: string;
    attributes?: readonly UserAttribute[] | undefined;
    clientId: string;
  },
): Promise<{ UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDeliveryDetails }> {
  const email = input.username.trim();
  if (!isEmail(email))
    throw new CognitoError('InvalidParameterException', messages.usernameNotEmail);
  const attrs = parseAttributes(input.attributes, ctx.config.customAttributes);
  if (attrs.email !== undefined && attrs.email.toLowerCase() !== email.toLowerCase()) {
    throw new CognitoError(
      'InvalidParameterException',
      'The email attribute must equal the username (email is the sign-in name).',
    );
  }
  checkPasswordPolicy(ctx.config.passwordPolicy, input.password);
  if (findUser(ctx, email)) throw new CognitoError('UsernameExistsException', messages.emailExists);
  const now = ctx.clock.now();
  const draft: UserRecord = {
    username: ctx.ids.uuid(),
    email,
    emailVerified: false,
    attributes: attrs.other,
    status: 'UNCONFIRMED',
    enabled: true,
    passwordHash: await ctx.hasher.hash(input.password),
    temporaryPasswordExpiresAt: null,
    createdAt: now,
    updatedAt: now,
    groups: [],
    codes: {},
  };
  const user = withPreSignUp(
    draft,
    await preSignUp(ctx, 'PreSignUp_SignUp', draft, input.clientId),
  );
  // Re-check after the awaits: a parallel sign-up may have taken the address meanwhile.
  if (findUser(ctx, email)) throw new CognitoError('UsernameExistsException', messages.emailExists);
  ctx.repo.addUser(user);
  if (user.status === 'CONFIRMED') {
    await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', user, input.clientId);
    return { UserConfirmed: true, UserSub: subOf(user) };
  }
  assertCanSend(ctx, user);
  await sendSignUpCode(ctx, user, input.clientId, 'CustomMessage_SignUp');
  return { UserConfirmed: false, UserSub: subOf(user), CodeDeliveryDetails: delivery(email) };
}

/** ConfirmSignUp: the code verifies the email and confirms the account. */
export async function confirmSignUp(
  ctx: PoolContext,
  name: string,
  code: string,
  clientId: string,
): Promise<UserRecord> {
  const user = findUser(ctx, name);
  if (!user) throw new CognitoError('CodeMismatchException', messages.codeMismatch);
  if (user.status !== 'UNCONFIRMED') {
    throw new CognitoError(
      'NotAuthorizedException',
      `User cannot be confirmed. Current status is ${user.status}`,
    );
  }
  consumeCode(ctx, user, 'signup', code);
  const confirmed = ctx.repo.updateUser(user.username, {
    status: 'CONFIRMED',
    emailVerified: true,
    updatedAt: ctx.clock.now(),
  });
  await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', confirmed, clientId);
  return confirmed;
}

/** ResendConfirmationCode; unknown users get the same answer (PreventUserExistenceErrors). */
export async function resendConfirmationCode(
  ctx: PoolContext,
  name: string,
  clientId: string,
): Promise<{ CodeDeliveryDetails: CodeDeliveryDetails }> {
  const user = findUser(ctx, name);
  if (!user) return { CodeDeliveryDetails: delivery(isEmail(name) ? name : 'x@x') };
  if (user.status !== 'UNCONFIRMED')
    throw new CognitoError('InvalidParameterException', 'User is already confirmed.');
  assertCanSend(ctx, user);
  await sendSignUpCode(ctx, user, clientId, 'CustomMessage_ResendCode');
  return { CodeDeliveryDetails: delivery(user.email) };
}

/** ForgotPassword: mails a reset code when the account can be reset; same answer otherwise. */
export async function forgotPassword(
  ctx: PoolContext,
  name: string,
  clientId: string,
): Promise<{ CodeDeliveryDetails: CodeDeliveryDetails }> {
  const user = findUser(ctx, name);
  const fake = { CodeDeliveryDetails: delivery(isEmail(name) ? name : 'x@x') };
  if (!user) return fake;
  const eligible =
    user.enabled &&
    user.emailVerified &&
    (user.status === 'CONFIRMED' || user.status === 'RESET_REQUIRED');
  if (!eligible) {
    ctx.log(
      `[cognito] no reset code sent to ${user.email}: account is ${user.enabled ? user.status : 'disabled'}${user.emailVerified ? '' : ', email not verified'}`,
    );
    return fake;
  }
  assertCanSend(ctx, user);
  const code = issueCode(ctx, user, 'reset');
  await mailCode(
    ctx,
    { source: 'CustomMessage_ForgotPassword', user, clientId, code, to: user.email },
    { subject: 'Your password reset code', text: `Your password reset code is ${code}` },
  );
  return { CodeDeliveryDetails: delivery(user.email) };
}

/**
 * ConfirmForgotPassword. Stricter than Cognito: a reset also ends the user's hosted sessions
 * and revokes their refresh tokens (a reset usually means the old password leaked).
 */
export async function confirmForgotPassword(
  ctx: PoolContext,
  name: string,
  code: string,
  password: string,
  clientId: string,
): Promise<UserRecord> {
  checkPasswordPolicy(ctx.config.passwordPolicy, password);
  const user = findUser(ctx, name);
  if (!user || !user.enabled)
    throw new CognitoError('CodeMismatchException', messages.codeMismatch);
  consumeCode(ctx, user, 'reset', code);
  const passwordHash = await ctx.hasher.hash(password);
  ctx.throttle.reset(`user:${user.username}`);
  const updated = storeConfirmedPassword(ctx, user.username, passwordHash);
  await postConfirmation(ctx, 'PostConfirmation_ConfirmForgotPassword', updated, clientId);
  return updated;
}

/** Revokes every token family of a user (global sign-out, disable, reset). */
export function revokeAllFamilies(ctx: PoolContext, username: string): void {
  ctx.repo.revokeUserFamilies(username, ctx.clock.now());
}
