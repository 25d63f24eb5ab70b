// Account linking (cognito-extensions §7.5): AdminLinkProviderForUser joins a federated identity
// that has not signed in yet to an existing user, so a later sign-in with it signs in as that
// user; AdminDisableProviderForUser removes the link, or disables a federated user that signed
// in. Texts Cognito is seen to answer are kept; the others are the emulator's (docs/emulator.md).

import { adminSetEnabled, requireUser } from '../admin-users';
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { findIdentityProvider, type IdentityProviderConfig } from './identity-provider-config';

/** A ProviderUserIdentifierType as the request carried it (lengths already checked). */
export interface ProviderUser {
  readonly providerName: string;
  readonly attributeName?: string | undefined;
  readonly attributeValue: string;
}

/** The DestinationUser's provider: the pool's own users. */
export const cognitoProviderName = 'Cognito';
/** The only ProviderAttributeName of OIDC and social providers: the IdP's user id. */
export const subjectAttribute = 'Cognito_Subject';
/** Cognito's bound on the identities linked to one user. */
export const maxLinksPerUser = 5;

const invalid = (message: string) => new CognitoError('InvalidParameterException', message);

export const linkMessages = {
  merging:
    'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
  alreadyLinked: 'SourceUser is already linked to DestinationUser',
  cognitoSource:
    'Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser',
  destinationProvider: 'Invalid DestinationUser: ProviderName must be Cognito',
  attributeName: (member: 'DestinationUser' | 'SourceUser' | 'User') =>
    `Invalid ${member}: ProviderAttributeName must be ${subjectAttribute}`,
  tooMany: `A user can have at most ${maxLinksPerUser} linked identities.`,
  controlCharacters: 'ProviderAttributeValue must not contain control characters.',
} as const;

/** The pool's identity provider a SourceUser / User names, or ResourceNotFoundException. */
function requireProvider(ctx: PoolContext, name: string): IdentityProviderConfig {
  const provider = findIdentityProvider(ctx.config.identityProviders, name);
  if (!provider)
    throw new CognitoError(
      'ResourceNotFoundException',
      `Identity provider ${name} does not exist.`,
    );
  return provider;
}

/** The federated user that signed in with this identity, if any (whatever its username's case). */
export function signedUpUser(
  ctx: PoolContext,
  providerName: string,
  userId: string,
): UserRecord | undefined {
  return ctx.repo
    .users()
    .find(
      (u) =>
        u.federatedIdentity?.providerName === providerName && u.federatedIdentity.userId === userId,
    );
}

/** The identity of an IdP's user: its provider and the value of `Cognito_Subject`. */
function checkIdentity(ctx: PoolContext, user: ProviderUser, side: 'SourceUser' | 'User') {
  if (user.providerName === cognitoProviderName && side === 'SourceUser')
    throw invalid(linkMessages.cognitoSource);
  const provider = requireProvider(ctx, user.providerName);
  if (user.attributeName !== subjectAttribute) throw invalid(linkMessages.attributeName(side));
  if (/\p{Cc}/u.test(user.attributeValue)) throw invalid(linkMessages.controlCharacters);
  return provider;
}

/**
 * AdminLinkProviderForUser. The SourceUser must not have signed in yet (its user would be lost
 * in a merge), must be linked to no one, and the destination keeps at most five links.
 */
export function adminLinkProvider(
  ctx: PoolContext,
  destination: ProviderUser,
  source: ProviderUser,
): void {
  if (destination.providerName !== cognitoProviderName)
    throw invalid(linkMessages.destinationProvider);
  if (destination.attributeName !== undefined && destination.attributeName !== subjectAttribute)
    throw invalid(linkMessages.attributeName('DestinationUser'));
  const provider = checkIdentity(ctx, source, 'SourceUser');
  const user = requireUser(ctx, destination.attributeValue);
  if (ctx.repo.linkedUser(provider.name, source.attributeValue))
    throw invalid(linkMessages.alreadyLinked);
  if (signedUpUser(ctx, provider.name, source.attributeValue)) throw invalid(linkMessages.merging);
  if ((user.providerLinks ?? []).length >= maxLinksPerUser)
    throw new CognitoError('LimitExceededException', linkMessages.tooMany);
  const immutable = immutableMapped(ctx, provider);
  if (immutable)
    throw invalid(
      `Invalid SourceUser: ${provider.name} maps the immutable attribute ${immutable}, which a linked sign-in could not write`,
    );
  ctx.repo.linkProvider(user.username, {
    providerName: provider.name,
    providerType: provider.type,
    providerAttributeName: subjectAttribute,
    providerAttributeValue: source.attributeValue,
    dateCreated: ctx.clock.now(),
  });
}

/** An immutable custom attribute the provider's mapping writes, if any. */
function immutableMapped(ctx: PoolContext, provider: IdentityProviderConfig): string | undefined {
  const immutable = new Set(
    (ctx.config.customAttributes ?? []).filter((a) => !a.mutable).map((a) => `custom:${a.name}`),
  );
  return Object.keys(provider.attributeMapping).find((name) => immutable.has(name));
}

/**
 * AdminDisableProviderForUser for an IdP identity: a linked one is unlinked (its next sign-in
 * makes a user of its own); one that signed in as its own user disables that user (its tokens
 * revoked), so it cannot sign in with the provider until AdminEnableUser. ProviderName Cognito
 * (turning off a native user's password) is not emulated and refused.
 */
export function adminDisableProvider(ctx: PoolContext, user: ProviderUser): void {
  if (user.providerName === cognitoProviderName)
    throw invalid(
      'Disabling the password of a Cognito user (ProviderName Cognito) is not supported by the local Cognito emulator.',
    );
  const provider = checkIdentity(ctx, user, 'User');
  if (ctx.repo.unlinkProvider(provider.name, user.attributeValue)) return;
  const federated = signedUpUser(ctx, provider.name, user.attributeValue);
  if (!federated) throw new CognitoError('UserNotFoundException', 'User does not exist.');
  adminSetEnabled(ctx, federated.username, false);
}
