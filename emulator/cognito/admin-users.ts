import { CognitoError, messages } from './cognito-error';
import { findUser, isEmail, type PoolContext } from './pool-context';
import { passwordChanged } from './password-changed';
import { checkPasswordPolicy, generateTemporaryPassword } from './password-policy';
import type { UserRecord } from './pool-state';
import { revokeAllFamilies } from './self-service';
import { attributeList, parseAttributes, type UserAttribute } from './user-attributes';
import { mailCode } from './triggers/custom-message';
import { postConfirmation } from './triggers/post-confirmation';
import { preSignUp } from './triggers/pre-sign-up';
import { adminCaller } from './triggers/trigger-event';
import { codesWithout } from './verification-codes';
import { userMfaFields } from './mfa/mfa-rules';
import { checkRequiredAttributes } from './sign-up-user';
import {
  usernameAttributeOf,
  usernameInvalid,
  usernamePattern,
  usernameShapeMessage,
} from './sign-in-names';

const seconds = (ms: number) => ms / 1000;

/** The user as AdminCreateUser/ListUsers return it. */
export function userType(user: UserRecord) {
  return {
    Username: user.username,
    Attributes: attributeList(user),
    UserCreateDate: seconds(user.createdAt),
    UserLastModifiedDate: seconds(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** The stable order of user lists: oldest account first, then by username. */
export const byCreation = (a: UserRecord, b: UserRecord) =>
  a.createdAt - b.createdAt || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);

/** Admin lookups are not covered by PreventUserExistenceErrors. */
export function requireUser(ctx: PoolContext, name: string): UserRecord {
  const user = findUser(ctx, name);
  if (!user) throw new CognitoError('UserNotFoundException', messages.userNotFound);
  return user;
}

async function sendInvitation(ctx: PoolContext, user: UserRecord, password: string) {
  const signInName = ctx.config.usernameAttributes.length === 0 ? user.username : user.email;
  await mailCode(
    ctx,
    {
      source: 'CustomMessage_AdminCreateUser',
      user,
      clientId: adminCaller,
      code: password,
      signInName,
      to: user.email,
    },
    {
      subject: 'Your temporary password',
      text: `Your username is ${signInName} and temporary password is ${password}`,
    },
  );
}

/** AdminCreateUser: FORCE_CHANGE_PASSWORD with a temporary password (mailed unless SUPPRESS). */
export async function adminCreateUser(
  ctx: PoolContext,
  input: {
    username: string;
    attributes?: readonly UserAttribute[] | undefined;
    temporaryPassword?: string | undefined;
    /** Checked by the reader (JsonInput.optionalEnum). */
    messageAction?: 'RESEND' | 'SUPPRESS' | undefined;
  },
) {
  const kinds = ctx.config.usernameAttributes;
  const freeForm = kinds.length === 0;
  const attrs = parseAttributes(input.attributes, ctx.config.customAttributes);
  const name = input.username.trim();
  const kind = freeForm ? undefined : usernameAttributeOf(kinds, name, isEmail);
  if (freeForm ? !usernamePattern.test(input.username) : kind === undefined)
    throw new CognitoError(
      'InvalidParameterException',
      freeForm ? usernameInvalid : usernameShapeMessage(kinds),
    );
  const email = kind === 'email' ? name : (attrs.email ?? '');
  if (kind === 'phone_number') attrs.other['phone_number'] = name;
  const loginName = freeForm ? input.username : name;
  const password = input.temporaryPassword ?? generateTemporaryPassword();
  checkPasswordPolicy(ctx.config.passwordPolicy, password, 'temporaryPassword');
  const now = ctx.clock.now();
  const expires = now + ctx.config.passwordPolicy.temporaryPasswordValidityDays * 86_400_000;
  const existing = findUser(ctx, loginName);
  if (input.messageAction === 'RESEND') {
    if (!existing) throw new CognitoError('UserNotFoundException', messages.userNotFound);
    if (existing.status !== 'FORCE_CHANGE_PASSWORD') {
      throw new CognitoError(
        'UnsupportedUserStateException',
        'Resend not possible. User status is not FORCE_CHANGE_PASSWORD',
      );
    }
    const passwordHash = await ctx.hasher.hash(password);
    const resent = ctx.repo.updateUser(existing.username, {
      passwordHash,
      temporaryPasswordExpiresAt: expires,
      updatedAt: now,
    });
    passwordChanged(ctx, existing.username);
    await sendInvitation(ctx, resent, password);
    return { User: userType(resent) };
  }
  if (existing) throw new CognitoError('UsernameExistsException', 'User account already exists');
  checkRequiredAttributes(ctx, { email, phone: attrs.other['phone_number'] }, attrs.other);
  const sub = ctx.ids.uuid();
  const user: UserRecord = {
    username: freeForm ? input.username : sub,
    ...(freeForm ? { sub } : {}),
    email,
    emailVerified: attrs.emailVerified ?? false,
    attributes: attrs.other,
    status: 'FORCE_CHANGE_PASSWORD',
    enabled: true,
    passwordHash: await ctx.hasher.hash(password),
    temporaryPasswordExpiresAt: expires,
    createdAt: now,
    updatedAt: now,
    groups: [],
    codes: {},
  };
  await preSignUp(ctx, 'PreSignUp_AdminCreateUser', user, adminCaller);
  if (findUser(ctx, loginName))
    throw new CognitoError('UsernameExistsException', 'User account already exists');
  ctx.repo.addUser(user);
  if (input.messageAction !== 'SUPPRESS' && email !== '') await sendInvitation(ctx, user, password);
  return { User: userType(user) };
}

export function adminGetUser(ctx: PoolContext, name: string) {
  const user = requireUser(ctx, name);
  const { Attributes, ...rest } = userType(user);
  return { ...rest, UserAttributes: Attributes, ...userMfaFields(ctx.config, user) };
}

/** Deleting a user also deletes their tokens' families, so refresh tokens stop working. */
export function adminDeleteUser(ctx: PoolContext, name: string): void {
  const user = requireUser(ctx, name);
  revokeAllFamilies(ctx, user.username);
  ctx.repo.deleteUser(user.username);
}

/** Disabling revokes the user's tokens (Cognito: "revokes all access tokens"). */
export function adminSetEnabled(ctx: PoolContext, name: string, enabled: boolean): void {
  const user = requireUser(ctx, name);
  ctx.repo.updateUser(user.username, { enabled, updatedAt: ctx.clock.now() });
  if (!enabled) revokeAllFamilies(ctx, user.username);
}

export async function adminConfirmSignUp(ctx: PoolContext, name: string): Promise<void> {
  const user = requireUser(ctx, name);
  if (user.status !== 'UNCONFIRMED') {
    throw new CognitoError(
      'NotAuthorizedException',
      `User cannot be confirmed. Current status is ${user.status}`,
    );
  }
  const confirmed = ctx.repo.updateUser(user.username, {
    status: 'CONFIRMED',
    codes: codesWithout(user.codes, 'signup'),
    updatedAt: ctx.clock.now(),
  });
  await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', confirmed, adminCaller);
}

/** AdminSetUserPassword; either way the user's sessions and refresh tokens end. */
export async function adminSetUserPassword(
  ctx: PoolContext,
  name: string,
  password: string,
  permanent: boolean,
): Promise<void> {
  const user = requireUser(ctx, name);
  checkPasswordPolicy(ctx.config.passwordPolicy, password);
  const passwordHash = await ctx.hasher.hash(password);
  ctx.repo.updateUser(user.username, {
    passwordHash,
    status: permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD',
    temporaryPasswordExpiresAt: permanent
      ? null
      : ctx.clock.now() + ctx.config.passwordPolicy.temporaryPasswordValidityDays * 86_400_000,
    updatedAt: ctx.clock.now(),
  });
  passwordChanged(ctx, user.username);
}
