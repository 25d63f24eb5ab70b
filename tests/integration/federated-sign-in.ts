// A federated sign-in as a browser does it: the app's authorize URL with identity_provider, the
// local test IdP's page (create or pick an identity), /oauth2/idpresponse, then the app's code
// redeemed at /oauth2/token. Every hop is returned so tests can assert or tamper with it.
import { decodeJwt } from 'jose';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { pkceAuthorizeUrl, postTokenForm } from './hosted-code-tokens';
import { testAppOrigin } from './start-test-emulator';

export interface TestPerson {
  readonly email: string;
  readonly name?: string;
  readonly subject: string;
}

export const appRedirectUri = (emulator: Emulator) =>
  emulator.runtimeConfig(testAppOrigin).redirectUri;

/** The app's authorize URL (code + PKCE) with `params` added, e.g. identity_provider. */
export function federatedAuthorizeUrl(
  emulator: Emulator,
  params: Record<string, string> = { identity_provider: 'Google' },
  client = { clientId: emulator.clientId, redirectUri: appRedirectUri(emulator) },
) {
  const { url, verifier } = pkceAuthorizeUrl(emulator, {
    ...client,
    scope: 'openid email profile',
  });
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { url, verifier };
}

/** authorize -> the IdP's page: the answer of each hop up to the page. */
export async function reachIdpPage(browser: HostedUiBrowser, url: URL) {
  const authorize = await browser.request(url.href);
  if (authorize.status !== 302) throw new Error(`authorize answered ${authorize.status}`);
  const page = await browser.request(authorize.location!);
  return { authorize, page };
}

/** On the IdP's page: signs in as `person` (created the first time, re-created with new details). */
export function chooseOnIdpPage(
  browser: HostedUiBrowser,
  page: BrowserResponse,
  person: TestPerson,
) {
  return browser.submit(
    page,
    {
      email: person.email,
      name: person.name ?? '',
      subject: person.subject,
      email_verified: 'true',
    },
    'createIdentity',
  );
}

/** The whole round trip; returns the app's callback answer and the tokens its code gets. */
export async function federatedSignIn(emulator: Emulator, person: TestPerson) {
  const browser = new HostedUiBrowser(emulator.urls.domain);
  const { url, verifier } = federatedAuthorizeUrl(emulator);
  const { page } = await reachIdpPage(browser, url);
  const toPool = await chooseOnIdpPage(browser, page, person);
  const back = await browser.request(toPool.location!);
  const callback = new URL(back.location ?? 'x:/');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`idpresponse answered ${back.status} ${back.location ?? back.body}`);
  const res = await postTokenForm(emulator, {
    grant_type: 'authorization_code',
    client_id: emulator.clientId,
    code,
    redirect_uri: appRedirectUri(emulator),
    code_verifier: verifier,
  });
  if (res.status !== 200) throw new Error(`token endpoint answered ${res.status}`);
  const tokens = (await res.json()) as { id_token: string; access_token: string };
  return {
    callback,
    tokens,
    id: decodeJwt(tokens.id_token),
    access: decodeJwt(tokens.access_token),
  };
}
