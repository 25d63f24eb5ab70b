// What a federated sign-in refuses, over real HTTP: providers the pool lacks or the client
// does not allow (back to the app as errors), an unknown, replayed, late or foreign-browser
// state, a tampered code, a failing PreSignUp (§1.5's redirect); and the login page's
// "Continue with Google" link only where the client allows it, in both languages.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import type { AppClientRequest } from '../../emulator/cognito/app-client-from-request';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import {
  appRedirectUri,
  chooseOnIdpPage,
  federatedAuthorizeUrl,
  reachIdpPage,
} from './federated-sign-in';
import { startCognito, testAppOrigin } from './start-test-emulator';

const cognitoOnly: AppClientRequest = {
  ClientId: 'cognitoonly0client00000001',
  ClientName: 'cognito-only',
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid', 'email', 'profile'],
  CallbackURLs: [`${testAppOrigin}/callback`],
  SupportedIdentityProviders: ['COGNITO'],
};
const person = { email: 'ref@example.com', name: 'Ref', subject: 'ref-1' };

describe('federated sign-in refusals', () => {
  let emulator: Emulator;
  const clock = createManualClock(Date.now());

  beforeAll(async () => {
    emulator = await startCognito({ clock, appClients: [cognitoOnly] });
  });
  afterAll(() => emulator.close());

  /** The app's callback after `params` on /oauth2/authorize (an error redirect). */
  async function authorizeError(
    params: Record<string, string>,
    client = { clientId: emulator.clientId, redirectUri: appRedirectUri(emulator) },
  ) {
    const { url } = federatedAuthorizeUrl(emulator, params, client);
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  }

  it.each([
    ['an unknown provider', { identity_provider: 'Facebook' }, /does not exist/],
    ['an unknown idp_identifier', { idp_identifier: 'example.com' }, /No identity provider/],
    ['a malformed idp_identifier', { idp_identifier: '<x>' }, /not a valid/],
    ['both parameters', { identity_provider: 'Google', idp_identifier: 'x' }, /not both/],
    ['an oversized provider name', { identity_provider: 'G'.repeat(5000) }, /does not exist/],
  ])('sends %s back to the app as invalid_request', async (_, params, description) => {
    const callback = await authorizeError(params);
    expect(callback.origin + callback.pathname).toBe(appRedirectUri(emulator));
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(description);
    expect(callback.searchParams.get('state')).toBe('st');
  });

  it('refuses a provider the client does not allow', async () => {
    const callback = await authorizeError(
      { identity_provider: 'Google' },
      { clientId: cognitoOnly.ClientId, redirectUri: `${testAppOrigin}/callback` },
    );
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toBe(
      'Login option is not available. Please try another one',
    );
  });

  it('sends the IdP Cognito’s own state, client and redirect, never the app’s', async () => {
    const { url } = federatedAuthorizeUrl(emulator);
    const res = await fetch(url, { redirect: 'manual' });
    const idp = new URL(res.headers.get('location')!);
    expect(idp.origin + idp.pathname).toBe(`${emulator.urls.domain}/_test-idp/authorize`);
    expect(Object.fromEntries(idp.searchParams)).toMatchObject({
      client_id: 'local-test-idp-client',
      redirect_uri: `${emulator.urls.domain}/oauth2/idpresponse`,
      response_type: 'code',
      scope: 'openid email profile',
    });
    expect(idp.searchParams.get('state')).not.toBe('st');
    expect(idp.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
  });

  /** authorize -> IdP page -> identity chosen: the idpresponse URL, not yet visited. */
  async function toIdpResponse(browser = new HostedUiBrowser(emulator.urls.domain)) {
    const { url } = federatedAuthorizeUrl(emulator);
    const { page } = await reachIdpPage(browser, url);
    const chosen = await chooseOnIdpPage(browser, page, person);
    return { browser, idpResponse: new URL(chosen.location!) };
  }

  it('refuses an unknown state, a replayed one, another browser and a late answer', async () => {
    const { browser, idpResponse } = await toIdpResponse();
    const wrong = new URL(idpResponse);
    wrong.searchParams.set('state', 'not-a-state');
    expect((await browser.request(wrong.href)).status).toBe(400);
    expect((await browser.request(idpResponse.href)).status).toBe(302);
    const replay = await browser.request(idpResponse.href);
    expect(replay.status).toBe(400);
    expect(replay.body).toContain('Something went wrong');

    const other = await toIdpResponse();
    expect(
      (await new HostedUiBrowser(emulator.urls.domain).request(other.idpResponse.href)).status,
    ).toBe(400);

    const late = await toIdpResponse();
    clock.advance(300_001);
    expect((await late.browser.request(late.idpResponse.href)).status).toBe(400);
  });

  it('sends a tampered or replayed IdP code back to the app as invalid_request', async () => {
    const { browser, idpResponse } = await toIdpResponse();
    const tampered = new URL(idpResponse);
    tampered.searchParams.set('code', `${idpResponse.searchParams.get('code')!}x`);
    const answer = await browser.request(tampered.href);
    const callback = new URL(answer.location!);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toBe(
      'The identity provider refused the code.',
    );

    const used = await toIdpResponse();
    expect((await used.browser.request(used.idpResponse.href)).status).toBe(302);
    const next = await toIdpResponse(used.browser);
    const replayed = new URL(next.idpResponse);
    replayed.searchParams.set('code', used.idpResponse.searchParams.get('code')!);
    const again = new URL((await used.browser.request(replayed.href)).location!);
    expect(again.searchParams.get('error')).toBe('invalid_request');
  });

  it('passes an IdP error on to the app without echoing it whole', async () => {
    const { browser, idpResponse } = await toIdpResponse();
    const denied = new URL(idpResponse);
    denied.searchParams.delete('code');
    denied.searchParams.set('error', `access_denied${'x'.repeat(500)}`);
    const callback = new URL((await browser.request(denied.href)).location!);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')!.length).toBeLessThan(120);
  });

  it('offers "Continue with Google" on the login page of a client that allows it, in both languages', async () => {
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const { url } = federatedAuthorizeUrl(emulator, {});
    const login = await browser.request((await browser.request(url.href)).location!);
    const link = /<a\s+class="button"\s+href="([^"]+)"\s*>Continue with Google<\/a/.exec(
      login.body,
    );
    expect(link).not.toBeNull();
    const target = new URL(link![1]!.replaceAll('&amp;', '&'), emulator.urls.domain);
    expect(target.pathname).toBe('/oauth2/authorize');
    expect(target.searchParams.get('identity_provider')).toBe('Google');
    expect((await browser.request(target.href)).location).toContain('/_test-idp/authorize');

    const korean = new URL(url);
    korean.searchParams.set('lang', 'ko');
    const ko = await browser.request((await browser.request(korean.href)).location!);
    expect(ko.body).toContain('Google로 계속하기');

    const other = federatedAuthorizeUrl(
      emulator,
      {},
      {
        clientId: cognitoOnly.ClientId,
        redirectUri: `${testAppOrigin}/callback`,
      },
    );
    const plain = await browser.request((await browser.request(other.url.href)).location!);
    expect(plain.status).toBe(200);
    expect(plain.body).not.toContain('Continue with');
  });
});

describe('a failing PreSignUp on a first federated sign-in', () => {
  it('redirects to the app with error_description, state and error=invalid_request', async () => {
    const throwing = fileURLToPath(new URL('./fixtures/triggers/throwing.ts', import.meta.url));
    const emulator = await startCognito({ triggers: { PreSignUp: throwing } });
    try {
      const browser = new HostedUiBrowser(emulator.urls.domain);
      const { url } = federatedAuthorizeUrl(emulator);
      const { page } = await reachIdpPage(browser, url);
      const chosen = await chooseOnIdpPage(browser, page, person);
      const answer = await browser.request(chosen.location!);
      expect(answer.location).toBe(
        `${appRedirectUri(emulator)}?error_description=PreSignUp+failed+with+error+No+sign-ups+on+Tuesdays..+&state=st&error=invalid_request`,
      );
      expect(emulator.pool.getUser('Google_ref-1')).toBeUndefined();
    } finally {
      await emulator.close();
    }
  });
});

describe('a failing PostConfirmation on a first federated sign-in', () => {
  it('keeps the user, as Cognito keeps a confirmation, and tells the app', async () => {
    const throwing = fileURLToPath(new URL('./fixtures/triggers/throwing.ts', import.meta.url));
    const emulator = await startCognito({ triggers: { PostConfirmation: throwing } });
    try {
      const browser = new HostedUiBrowser(emulator.urls.domain);
      const { url } = federatedAuthorizeUrl(emulator);
      const { page } = await reachIdpPage(browser, url);
      const chosen = await chooseOnIdpPage(browser, page, person);
      const callback = new URL((await browser.request(chosen.location!)).location!);
      expect(callback.searchParams.get('error')).toBe('invalid_request');
      expect(callback.searchParams.get('error_description')).toBe(
        'PostConfirmation failed with error No sign-ups on Tuesdays.. ',
      );
      expect(emulator.pool.getUser('Google_ref-1')?.status).toBe('EXTERNAL_PROVIDER');
    } finally {
      await emulator.close();
    }
  });
});
