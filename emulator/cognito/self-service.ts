import { CognitoError, messages } from './cognito-error';
import {
  delivery,
  sendSignUpCode,
  signUpCodeTarget,
  type CodeDeliveryDetails,
} from './code-delivery';
import { findUser, isEmail, type PoolContext } from './pool-context';
import { storeConfirmedPassword } from './password-changed';
import { checkPasswordPolicy } from './password-policy';
import type { UserRecord } from './pool-state';
import { phoneOf, phoneVerified } from './sign-in-names';
import { assertSignUpNameFree, signUpUser, type SignUpInput } from './sign-up-user';
import { subOf } from './user-attributes';
import { mailCode } from './triggers/custom-message';
import { postConfirmation } from './triggers/post-confirmation';
import { preSignUp, withPreSignUp } from './triggers/pre-sign-up';
import { assertCanSend, consumeCode, issueCode } from './verification-codes';

/**
 * SignUp: an UNCONFIRMED account (sign-up-user.ts checks the request against the pool) and a
 * code to the attribute the pool auto-verifies; without one, no code and no CodeDeliveryDetails.
 */
export async function signUp(
  ctx: PoolContext,
  input: SignUpInput & { readonly clientId: string },
): Promise<{ UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDeliveryDetails }> {
  const draft = await signUpUser(ctx, input);
  const user = withPreSignUp(
    draft,
    await preSignUp(ctx, 'PreSignUp_SignUp', draft, input.clientId),
  );
  // Again after the trigger's await: a parallel sign-up may have taken the name meanwhile.
  assertSignUpNameFree(ctx, input);
  ctx.repo.addUser(user);
  if (user.status === 'CONFIRMED') {
    await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', user, input.clientId);
    return { UserConfirmed: true, UserSub: subOf(user) };
  }
  assertCanSend(ctx, user);
  const sent = await sendSignUpCode(ctx, user, input.clientId, 'CustomMessage_SignUp');
  return {
    UserConfirmed: false,
    UserSub: subOf(user),
    ...(sent ? { CodeDeliveryDetails: sent } : {}),
  };
}

/**
 * In a pool with aliases, a verified email or phone number belongs to one account: confirming
 * it for another is AliasExistsException, unless ForceAliasCreation moves it (the old owner's
 * attribute becomes unverified).
 */
function claimAlias(
  ctx: PoolContext,
  user: UserRecord,
  attribute: 'email' | 'phone_number',
  force: boolean,
): void {
  if (!(ctx.config.aliasAttributes ?? []).includes(attribute)) return;
  const owner = ctx.repo
    .users()
    .find((u) =>
      u.username === user.username
        ? false
        : attribute === 'email'
          ? u.emailVerified && u.email.toLowerCase() === user.email.toLowerCase()
          : phoneVerified(u) && phoneOf(u) === phoneOf(user),
    );
  if (!owner) return;
  if (!force)
    throw new CognitoError(
      'AliasExistsException',
      attribute === 'email'
        ? 'An account with the email already exists.'
        : 'An account with the phone_number already exists.',
    );
  ctx.repo.updateUser(owner.username, (current) =>
    attribute === 'email'
      ? { emailVerified: false }
      : { attributes: { ...current.attributes, phone_number_verified: 'false' } },
  );
}

/** ConfirmSignUp: the code confirms the account and verifies the attribute it was sent to. */
export async function confirmSignUp(
  ctx: PoolContext,
  name: string,
  code: string,
  forceAliasCreation: boolean,
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
  const target = signUpCodeTarget(ctx, user);
  const withCode = consumeCode(ctx, user, 'signup', code);
  if (target) claimAlias(ctx, withCode, target.attribute, forceAliasCreation);
  const confirmed = ctx.repo.updateUser(user.username, (current) => ({
    status: 'CONFIRMED',
    ...(target?.attribute === 'email' ? { emailVerified: true } : {}),
    ...(target?.attribute === 'phone_number'
      ? { attributes: { ...current.attributes, phone_number_verified: 'true' } }
      : {}),
    updatedAt: ctx.clock.now(),
  }));
  await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', confirmed, clientId);
  return confirmed;
}

/** What an unknown user is told: a delivery like a real one (PreventUserExistenceErrors). */
const unknownUserAnswer = (name: string): { CodeDeliveryDetails: CodeDeliveryDetails } => ({
  CodeDeliveryDetails: delivery(isEmail(name) ? name : 'x@x'),
});

/** ResendConfirmationCode; unknown users get the same answer (PreventUserExistenceErrors). */
export async function resendConfirmationCode(
  ctx: PoolContext,
  name: string,
  clientId: string,
): Promise<{ CodeDeliveryDetails: CodeDeliveryDetails }> {
  const user = findUser(ctx, name);
  if (!user) return unknownUserAnswer(name);
  if (user.status !== 'UNCONFIRMED')
    throw new CognitoError('InvalidParameterException', 'User is already confirmed.');
  if (!signUpCodeTarget(ctx, user))
    throw new CognitoError(
      'NotAuthorizedException',
      'Cannot resend codes. Auto verification not turned on.',
    );
  assertCanSend(ctx, user);
  return {
    CodeDeliveryDetails: (await sendSignUpCode(ctx, user, clientId, 'CustomMessage_ResendCode'))!,
  };
}

/** ForgotPassword: mails a reset code when the account can be reset; same answer otherwise. */
export async function forgotPassword(
  ctx: PoolContext,
  name: string,
  clientId: string,
): Promise<{ CodeDeliveryDetails: CodeDeliveryDetails }> {
  const user = findUser(ctx, name);
  const fake = unknownUserAnswer(name);
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
