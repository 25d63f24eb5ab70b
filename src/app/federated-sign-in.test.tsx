// "Continue with <provider>" on the pages outside the signed-in shell: one button per provider
// config.json lists, each starting the same code + PKCE sign-in with identity_provider set.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { buildConfig } from '../test/builders';
import { createFakeAuth } from '../test/fake-auth';
import type { RenderStrictOptions } from '../test/render-strict';
import { renderStrict } from '../test/render-strict';
import { App } from './App';

function openAt(path: string, config: RuntimeConfig, options: RenderStrictOptions = {}) {
  window.history.replaceState(null, '', path);
  const auth = createFakeAuth(config);
  renderStrict(<App config={config} basename="/" environment={auth.environment} />, options);
  return auth;
}

const withGoogle = buildConfig({ identityProviders: ['Google'] });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('federated sign-in buttons', () => {
  it('send the landing page straight to the provider, with code + PKCE and a stored state', async () => {
    const auth = openAt('/', withGoogle);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    const url = auth.lastUrl();
    expect(url.pathname).toBe('/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      identity_provider: 'Google',
      client_id: withGoogle.clientId,
      redirect_uri: withGoogle.redirectUri,
      response_type: 'code',
      code_challenge_method: 'S256',
      lang: 'en',
    });
    const stored = window.localStorage.getItem(`oidc.${url.searchParams.get('state')}`);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ data: { returnTo: '/transactions' } });
  });

  it('leave Sign in on the hosted page, without identity_provider', async () => {
    const auth = openAt('/', withGoogle);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(auth.go).toHaveBeenCalledTimes(1));
    expect(auth.lastUrl().searchParams.has('identity_provider')).toBe(false);
  });

  it('offer one button per provider, on the signed-out page too', async () => {
    openAt('/signed-out', buildConfig({ identityProviders: ['Google', 'Okta'] }));
    expect(await screen.findByRole('button', { name: 'Continue with Google' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Continue with Okta' })).toBeEnabled();
  });

  it('are absent when config.json lists no provider', async () => {
    openAt('/', buildConfig());
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.queryByRole('button', { name: /Continue with/ })).toBeNull();
  });

  it('speak Korean on a Korean page', async () => {
    openAt('/', withGoogle, { locale: 'ko' });
    expect(await screen.findByRole('button', { name: 'Google 계정으로 계속하기' })).toBeEnabled();
  });
});
