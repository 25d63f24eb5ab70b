// /oauth2/authorize with identity_provider (or idp_identifier): Cognito keeps the app's
// request under a state of its own and sends the browser to the IdP (cognito-extensions §7.3
// step 2). The state is bound to this browser by a cookie, and lives 5 minutes.

import type { ServerResponse } from 'node:http';
import { serializeCookie } from '../../http/cookies';
import { addCookie, redirect } from '../../http/respond';
import type { AuthorizeRequest } from '../oauth/authorize-request';
import { sha256, type PoolContext } from '../pool-context';
import type { IdentityProviderConfig } from './identity-provider-config';

/** Cognito's bound on a hosted authentication (the IdP round trip included). */
export const federationSeconds = 300;
export const federationCookie = 'idp-state';

/** The URL the IdP sends its answer to. */
export const idpResponseUrl = (ctx: PoolContext) => `${ctx.config.domain}/oauth2/idpresponse`;

export function startFederatedSignIn(
  ctx: PoolContext,
  res: ServerResponse,
  request: AuthorizeRequest,
  provider: IdentityProviderConfig,
): void {
  const state = ctx.ids.secret(32);
  const nonce = ctx.ids.secret(32);
  const binding = ctx.ids.secret(32);
  ctx.repo.federationStates.set(state, {
    providerName: provider.name,
    authorizeQuery: request.query.toString(),
    nonce,
    bindingHash: sha256(binding),
    expiresAt: ctx.clock.now() + federationSeconds * 1000,
  });
  addCookie(
    res,
    serializeCookie(federationCookie, binding, {
      maxAgeSeconds: federationSeconds,
      path: '/oauth2/idpresponse',
    }),
  );
  const url = new URL(provider.authorizeUrl);
  url.searchParams.set('client_id', provider.clientId);
  url.searchParams.set('redirect_uri', idpResponseUrl(ctx));
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', provider.scopes.join(' '));
  url.searchParams.set('state', state);
  // UNCONFIRMED whether Cognito sends one (cognito-extensions §9 #22); checked when it comes back.
  url.searchParams.set('nonce', nonce);
  redirect(res, url.href);
}
