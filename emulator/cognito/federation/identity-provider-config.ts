// A federated identity provider as the emulated pool knows it: the definition's name, type,
// scopes and mapping, plus what CreateIdentityProvider's ProviderDetails would hold.

import type { IdentityProviderDefinition } from '../../../contract/user-pool-definition';

export interface IdentityProviderConfig extends IdentityProviderDefinition {
  /** The pool's client at the IdP (ProviderDetails client_id). */
  readonly clientId: string;
  /** client_secret, sent client_secret_post to the token endpoint; never listed or described. */
  readonly clientSecret: string;
  /** oidc_issuer: the `iss` its ID tokens must carry. */
  readonly issuer: string;
  /** From the issuer's discovery document. */
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly jwksUri: string;
  readonly attributesUrl: string;
  /** Epoch ms (CreationDate / LastModifiedDate). */
  readonly createdAt: number;
}

/** The pool's provider called `name` (ProviderName is case-sensitive). */
export function findIdentityProvider(
  providers: readonly IdentityProviderConfig[] | undefined,
  name: string,
): IdentityProviderConfig | undefined {
  return (providers ?? []).find((p) => p.name === name);
}
