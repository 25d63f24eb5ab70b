// SignUp's checks and the new account's record, for every kind of pool: email or phone number
// as the username (the pool username is then a UUID equal to `sub`), or a free-form username
// with `sub` separate and optional aliases. The caller stores it and sends the code.

import { CognitoError, messages } from './cognito-error';
import { findUser, isEmail, type PoolContext } from './pool-context';
import { checkPasswordPolicy } from './password-policy';
import type { UserRecord } from './pool-state';
import {
  isPhoneNumber,
  sameUsername,
  usernameAttributeOf,
  usernameInvalid,
  usernamePattern,
  usernameShapeMessage,
} from './sign-in-names';
import { parseAttributes, type UserAttribute } from './user-attributes';

export interface SignUpInput {
  readonly username: string;
  readonly password: string;
  readonly attributes?: readonly UserAttribute[] | undefined;
}

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

/** The pool's required standard attributes, in the schema's order. */
export function requiredAttributes(ctx: PoolContext): string[] {
  return Object.entries(ctx.config.standardAttributes)
    .filter(([, rules]) => rules?.required === true)
    .map(([name]) => name);
}

/** What the new account is called, and the attributes its username stands for. */
interface Identity {
  readonly username: string;
  readonly sub?: string;
  readonly email: string;
  readonly phone: string | undefined;
}

/** Email/phone username pools: the username is the attribute; the pool username a new UUID. */
function attributeIdentity(
  ctx: PoolContext,
  name: string,
  email: string | undefined,
  phone: string | undefined,
): Identity {
  const kinds = ctx.config.usernameAttributes;
  const kind = usernameAttributeOf(kinds, name, isEmail);
  if (kind === undefined) throw invalid(usernameShapeMessage(kinds));
  if (kind === 'email' && email !== undefined && email.toLowerCase() !== name.toLowerCase())
    throw invalid('The email attribute must equal the username (email is the sign-in name).');
  if (kind === 'phone_number' && phone !== undefined && phone !== name)
    throw invalid(
      'The phone_number attribute must equal the username (phone is the sign-in name).',
    );
  if (findUser(ctx, name))
    throw new CognitoError(
      'UsernameExistsException',
      kind === 'email'
        ? messages.emailExists
        : 'An account with the given phone_number already exists.',
    );
  return {
    username: ctx.ids.uuid(),
    email: kind === 'email' ? name : (email ?? ''),
    phone: kind === 'phone_number' ? name : phone,
  };
}

/** Free-form pools: the username as given; it may not look like an alias the pool allows. */
function freeFormIdentity(
  ctx: PoolContext,
  name: string,
  email: string | undefined,
  phone: string | undefined,
): Identity {
  const c = ctx.config;
  if (!usernamePattern.test(name)) throw invalid(usernameInvalid);
  const aliases = c.aliasAttributes ?? [];
  if (aliases.includes('email') && isEmail(name))
    throw invalid(
      'Username cannot be of email format, since user pool is configured for email alias.',
    );
  if (aliases.includes('phone_number') && isPhoneNumber(name))
    throw invalid(
      'Username cannot be of phone number format, since user pool is configured for phone_number alias.',
    );
  if (userByUsername(ctx, name))
    throw new CognitoError('UsernameExistsException', 'User already exists');
  return { username: name, sub: ctx.ids.uuid(), email: email ?? '', phone };
}

/**
 * Refuses a sign-up whose name was taken while it awaited something (the PreSignUp trigger):
 * the same existence checks and answers as the identity checks above, without their side effects.
 */
export function assertSignUpNameFree(ctx: PoolContext, input: SignUpInput): void {
  const kinds = ctx.config.usernameAttributes;
  if (kinds.length === 0) {
    if (userByUsername(ctx, input.username))
      throw new CognitoError('UsernameExistsException', 'User already exists');
    return;
  }
  const name = input.username.trim();
  if (!findUser(ctx, name)) return;
  throw new CognitoError(
    'UsernameExistsException',
    usernameAttributeOf(kinds, name, isEmail) === 'email'
      ? messages.emailExists
      : 'An account with the given phone_number already exists.',
  );
}

/** A free-form pool's user by username only (not by alias), case as the pool says. */
function userByUsername(ctx: PoolContext, name: string): UserRecord | undefined {
  const caseSensitive = ctx.config.usernameCaseSensitive;
  return (
    ctx.repo.user(name) ??
    ctx.repo.users().find((u) => sameUsername(caseSensitive, u.username, name))
  );
}

/** preferred_username as an alias belongs to one account (AWS's exact answer is unconfirmed). */
function assertPreferredUsernameFree(ctx: PoolContext, value: string | undefined): void {
  if (value === undefined || !(ctx.config.aliasAttributes ?? []).includes('preferred_username'))
    return;
  const caseSensitive = ctx.config.usernameCaseSensitive;
  const taken = ctx.repo
    .users()
    .some(
      (u) =>
        u.attributes['preferred_username'] !== undefined &&
        sameUsername(caseSensitive, u.attributes['preferred_username'], value),
    );
  if (taken)
    throw new CognitoError(
      'AliasExistsException',
      'An account with the given preferred_username already exists.',
    );
}

/** Every required attribute of the pool must have a value (SignUp and AdminCreateUser). */
export function checkRequiredAttributes(
  ctx: PoolContext,
  identity: { readonly email: string; readonly phone: string | undefined },
  other: Readonly<Record<string, string>>,
): void {
  const present = (name: string) =>
    name === 'email'
      ? identity.email !== ''
      : name === 'phone_number'
        ? identity.phone !== undefined
        : (other[name] ?? '') !== '';
  const missing = requiredAttributes(ctx).filter((name) => !present(name));
  if (missing.length > 0)
    throw invalid(
      `Attributes did not conform to the schema: ${missing.map((n) => `${n}: The attribute is required`).join(', ')}`,
    );
}

/**
 * Checks a SignUp request against the pool (self sign-up allowed, the username's shape, the
 * attributes' schema and formats, required attributes, the policy) and builds the UNCONFIRMED
 * account, its password hashed. Throws Cognito's errors.
 */
export async function signUpUser(ctx: PoolContext, input: SignUpInput): Promise<UserRecord> {
  if (!ctx.config.selfSignUp)
    throw new CognitoError('NotAuthorizedException', 'SignUp is not permitted for this user pool');
  const attrs = parseAttributes(input.attributes, ctx.config.customAttributes);
  // A client can never mark its own attributes verified (cognito-extensions §5).
  if (attrs.emailVerified !== undefined || attrs.other['phone_number_verified'] !== undefined)
    throw new CognitoError('NotAuthorizedException', messages.unauthorizedAttribute);
  const { phone_number: phone, ...other } = attrs.other;
  if (attrs.email !== undefined && !isEmail(attrs.email))
    throw invalid('Invalid email address format.');
  if (phone !== undefined && !isPhoneNumber(phone)) throw invalid('Invalid phone number format.');
  const byAttribute = ctx.config.usernameAttributes.length > 0;
  const name = byAttribute ? input.username.trim() : input.username;
  const build = () =>
    byAttribute
      ? attributeIdentity(ctx, name, attrs.email, phone)
      : freeFormIdentity(ctx, name, attrs.email, phone);
  const identity = build();
  checkRequiredAttributes(ctx, identity, other);
  assertPreferredUsernameFree(ctx, other['preferred_username']);
  checkPasswordPolicy(ctx.config.passwordPolicy, input.password);
  const passwordHash = await ctx.hasher.hash(input.password);
  // Again after the await: a parallel sign-up may have taken the name meanwhile.
  build();
  assertPreferredUsernameFree(ctx, other['preferred_username']);
  const now = ctx.clock.now();
  return {
    username: identity.username,
    ...(identity.sub === undefined ? {} : { sub: identity.sub }),
    email: identity.email,
    emailVerified: false,
    attributes: {
      ...other,
      ...(identity.phone === undefined
        ? {}
        : { phone_number: identity.phone, phone_number_verified: 'false' }),
    },
    status: 'UNCONFIRMED',
    enabled: true,
    passwordHash,
    temporaryPasswordExpiresAt: null,
    createdAt: now,
    updatedAt: now,
    groups: [],
    codes: {},
  };
}
