// Tokens from the hosted UI as the SPA gets them (code + PKCE S256), for suites that need OAuth
// tokens of a particular client and scope set rather than a JSON-API sign-in.
import { createHash, randomBytes } from 'node:crypto';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';

export interface OAuthTokens {
  readonly id_token: string;
  readonly access_token: string;
  readonly refresh_token: string;
}

/** POSTs `fields` form-encoded to the token endpoint. */
export function postTokenForm(emulator: Emulator, fields: Record<string, string>) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(fields);
  return fetch(`${emulator.urls.domain}/oauth2/token`, { method: 'POST', headers, body });
}

/** The authorize URL of a code + PKCE request, and the verifier that redeems its code. */
export function pkceAuthorizeUrl(
  emulator: Emulator,
  request: { readonly clientId: string; readonly redirectUri: string; readonly scope: string },
): { url: URL; verifier: string } {
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL('/oauth2/authorize', emulator.urls.domain);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: 'st',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }))
    url.searchParams.set(name, value);
  return { url, verifier };
}

/** Signs `email` in on the hosted pages for `request` and redeems the code. */
export async function hostedCodeTokens(
  emulator: Emulator,
  request: { readonly clientId: string; readonly redirectUri: string; readonly scope: string },
  email: string,
  password: string,
): Promise<OAuthTokens> {
  const { url, verifier } = pkceAuthorizeUrl(emulator, request);
  const browser = new HostedUiBrowser(emulator.urls.domain);
  const answer = await browser.signIn(url.href, email, password);
  const code = new URL(answer.location ?? 'x:/').searchParams.get('code');
  if (!code) throw new Error(`the hosted sign-in answered ${answer.status} without a code`);
  const res = await postTokenForm(emulator, {
    grant_type: 'authorization_code',
    client_id: request.clientId,
    code,
    redirect_uri: request.redirectUri,
    code_verifier: verifier,
  });
  if (res.status !== 200) throw new Error(`the token endpoint answered ${res.status}`);
  return (await res.json()) as OAuthTokens;
}
