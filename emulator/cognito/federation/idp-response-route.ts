// GET /oauth2/idpresponse: the IdP's answer (cognito-extensions §7.3 steps 3-5). Cognito's state
// finds the app's request (single use, 5 minutes, this browser only); the code is exchanged
// and the ID token verified; resolveFederatedUser finds or creates the user; the app gets its
// code as after any hosted sign-in. Failures once the app is known go back to its redirect_uri
// as `error_description=…&state=…&error=invalid_request` (§1.5).

import { clearCookie, parseCookies } from '../../http/cookies';
import { addCookie } from '../../http/respond';
import { CognitoError } from '../cognito-error';
import {
  defineHostedRoute,
  PageError,
  PageRedirect,
  requireAuthorizeRequest,
} from '../hosted-ui/define-hosted-page';
import { appendToRedirect, type AuthorizeRequest } from '../oauth/authorize-request';
import { completeSignIn, startHostedSession } from '../oauth/complete-sign-in';
import { sha256 } from '../pool-context';
import { exchangeIdpCode, IdpExchangeError } from './exchange-idp-code';
import { findIdentityProvider } from './identity-provider-config';
import { FederatedProfileError } from './map-federated-attributes';
import { resolveFederatedUser } from './resolve-federated-user';
import { federationCookie } from './start-federated-sign-in';

const answered = ['state', 'code', 'error', 'error_description'];
const maxCode = 2048;
const maxState = 256;

/** The redirect that tells the app why its federated sign-in failed (Cognito's order). */
function backToApp(request: AuthorizeRequest, description: string): PageRedirect {
  const out = new URLSearchParams({ error_description: description });
  if (request.state !== undefined) out.set('state', request.state);
  out.set('error', 'invalid_request');
  return new PageRedirect(
    appendToRedirect(request.redirectUri, out, request.responseType === 'token'),
  );
}

const expired = () =>
  new PageError(
    400,
    'invalid_request',
    'Something went wrong. The sign-in took longer than 5 minutes, was already used or was started in another browser. Start again from the app.',
  );

export const idpResponseRoute = defineHostedRoute({
  path: '/oauth2/idpresponse',
  methods: ['GET'],
  async handle(page) {
    const { ctx, url } = page;
    const params = url.searchParams;
    const repeated = answered.find((name) => params.getAll(name).length > 1);
    if (repeated)
      throw new PageError(
        400,
        'invalid_request',
        `The parameter ${repeated} was sent more than once.`,
      );
    const state = params.get('state') ?? '';
    if (state === '' || state.length > maxState) throw expired();
    const record = ctx.repo.federationStates.take(state);
    if (!record) throw expired();
    const binding = parseCookies(page.req.headers.cookie).get(federationCookie);
    addCookie(page.res, clearCookie(federationCookie, '/oauth2/idpresponse'));
    if (record.expiresAt <= ctx.clock.now()) throw expired();
    if (binding === undefined || sha256(binding) !== record.bindingHash) throw expired();
    const request = requireAuthorizeRequest(page, new URLSearchParams(record.authorizeQuery));
    const provider = findIdentityProvider(ctx.config.identityProviders, record.providerName);
    if (!provider) throw backToApp(request, 'The identity provider no longer exists.');
    const idpError = params.get('error');
    if (idpError !== null)
      throw backToApp(request, `The identity provider answered ${idpError.slice(0, 64)}.`);
    const code = params.get('code') ?? '';
    if (code === '' || code.length > maxCode)
      throw backToApp(request, 'The identity provider sent no usable code.');
    let user;
    try {
      const claims = await exchangeIdpCode(ctx, provider, code, record.nonce);
      user = await resolveFederatedUser(ctx, {
        provider,
        claims,
        clientId: request.client.clientId,
      });
    } catch (error) {
      if (error instanceof IdpExchangeError || error instanceof FederatedProfileError)
        throw backToApp(request, error.message);
      // Trigger failures and schema refusals: Cognito's text with its trailing space (`..+&`).
      if (error instanceof CognitoError) throw backToApp(request, `${error.message} `);
      throw error;
    }
    const authTime = startHostedSession(ctx, page.res, user, request.client.clientId);
    await completeSignIn(ctx, page.res, request, user, authTime);
  },
});
