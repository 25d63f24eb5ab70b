// The one place a federated sign-in finds its pool user (cognito-extensions §7.4, §1.3): the
// user `<ProviderName>_<userId>` is created on the first sign-in (PreSignUp_ExternalProvider,
// then PostConfirmation_ConfirmSignUp) and its mapped attributes are overwritten at every one.

import { CognitoError } from '../cognito-error';
import { isEmail, type PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { checkRequiredAttributes } from '../sign-up-user';
import { postConfirmation } from '../triggers/post-confirmation';
import { preSignUp } from '../triggers/pre-sign-up';
import type { IdentityProviderConfig } from './identity-provider-config';
import { signInLinkedUser } from './linked-sign-in';
import { mapFederatedAttributes, type MappedProfile } from './map-federated-attributes';

export interface FederatedSignIn {
  readonly provider: IdentityProviderConfig;
  /** The IdP's verified ID-token claims (and userInfo's, if fetched). */
  readonly claims: Readonly<Record<string, unknown>>;
  /** The app client the sign-in started from (callerContext.clientId of the triggers). */
  readonly clientId: string;
}

/**
 * UNCONFIRMED whether Cognito lower-cases the prefix (real pools show both): the ProviderName is
 * kept as written (docs/emulator.md).
 */
export const federatedUsername = (providerName: string, userId: string): string =>
  `${providerName}_${userId}`;

/** The group Cognito puts every user of a provider in. */
export const providerGroupName = (userPoolId: string, providerName: string): string =>
  `${userPoolId}_${providerName}`;

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

/** The mapped values as UserRecord fields; absent claims leave `current`'s values in place. */
function mappedFields(
  profile: MappedProfile,
  current: UserRecord | undefined,
): Pick<UserRecord, 'email' | 'emailVerified' | 'attributes'> {
  if (profile.email !== undefined && !isEmail(profile.email))
    throw invalid('Invalid email address format.');
  return {
    email: profile.email ?? current?.email ?? '',
    emailVerified: profile.emailVerified ?? current?.emailVerified ?? false,
    attributes: { ...current?.attributes, ...profile.attributes },
  };
}

function ensureProviderGroup(ctx: PoolContext, name: string): void {
  const now = ctx.clock.now();
  ctx.repo.addGroup({ name, createdAt: now, updatedAt: now });
}

/**
 * The user named `<ProviderName>_<sub>` when it is that identity's federated user. A native user
 * who chose that name (SignUp and AdminCreateUser allow `_`) is never signed in by the IdP: the
 * sign-in is refused instead of landing in their account.
 */
function federatedUserNamed(
  ctx: PoolContext,
  username: string,
  providerName: string,
  userId: string,
): UserRecord | undefined {
  const user = ctx.repo.user(username);
  if (!user) return undefined;
  const identity = user.federatedIdentity;
  if (identity?.providerName === providerName && identity.userId === userId) return user;
  throw new CognitoError(
    'UsernameExistsException',
    `The username ${username} is taken by a user who did not sign in with ${providerName}.`,
  );
}

/**
 * Finds or creates the pool user of a federated sign-in and re-maps its attributes; an identity
 * linked to a user (AdminLinkProviderForUser, before or during PreSignUp) signs in as that user. Trigger
 * failures surface as CognitoError (UserLambdaValidationException); a PostConfirmation failure
 * comes after the user was stored, as on Cognito.
 */
export async function resolveFederatedUser(
  ctx: PoolContext,
  signIn: FederatedSignIn,
): Promise<UserRecord> {
  const { provider } = signIn;
  const profile = mapFederatedAttributes(provider.attributeMapping, signIn.claims);
  const username = federatedUsername(provider.name, profile.userId);
  const linked = ctx.repo.linkedUser(provider.name, profile.userId);
  if (linked) return signInLinkedUser(ctx, linked, mappedFields(profile, linked));
  const existing = federatedUserNamed(ctx, username, provider.name, profile.userId);
  if (existing) {
    if (!existing.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
    return ctx.repo.updateUser(username, (current) => ({
      ...mappedFields(profile, current),
      updatedAt: ctx.clock.now(),
    }));
  }
  const fields = mappedFields(profile, undefined);
  const { phone_number: phone, ...other } = fields.attributes;
  checkRequiredAttributes(ctx, { email: fields.email, phone }, other);
  const now = ctx.clock.now();
  const group = providerGroupName(ctx.config.userPoolId, provider.name);
  const draft: UserRecord = {
    username,
    sub: ctx.ids.uuid(),
    ...fields,
    status: 'EXTERNAL_PROVIDER',
    enabled: true,
    // No password: every password flow refuses EXTERNAL_PROVIDER users.
    passwordHash: '',
    temporaryPasswordExpiresAt: null,
    createdAt: now,
    updatedAt: now,
    groups: [group],
    codes: {},
    federatedIdentity: {
      providerName: provider.name,
      providerType: provider.type,
      userId: profile.userId,
      dateCreated: now,
    },
  };
  // Cognito ignores the answer's flags for external users.
  await preSignUp(ctx, 'PreSignUp_ExternalProvider', draft, signIn.clientId);
  // The common pattern: the trigger linked the identity to an existing user, who signs in.
  const linkedNow = ctx.repo.linkedUser(provider.name, profile.userId);
  if (linkedNow) return signInLinkedUser(ctx, linkedNow, mappedFields(profile, linkedNow));
  // A parallel first sign-in may have created the user while the trigger ran.
  const raced = federatedUserNamed(ctx, username, provider.name, profile.userId);
  if (raced) return raced;
  ensureProviderGroup(ctx, group);
  ctx.repo.addUser(draft);
  await postConfirmation(ctx, 'PostConfirmation_ConfirmSignUp', draft, signIn.clientId);
  return draft;
}
