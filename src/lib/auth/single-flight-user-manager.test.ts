import { User, UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildConfig } from '../../test/builders';
import { createUserManagers } from './user-managers';

const config = buildConfig();
const tokenEndpoint = `${config.domain}/oauth2/token`;
const metadata = {
  issuer: config.authority,
  authorization_endpoint: `${config.domain}/oauth2/authorize`,
  token_endpoint: tokenEndpoint,
  revocation_endpoint: `${config.domain}/oauth2/revoke`,
};

/** An unsigned JWT: oidc-client-ts reads the claims of a refreshed ID token, never its signature. */
const jwt = (claims: Record<string, unknown>) =>
  [{ alg: 'none' }, claims].map((p) => btoa(JSON.stringify(p)).replace(/=+$/, '')).join('.') + '.';

const now = Math.floor(Date.now() / 1000);
const idClaims = {
  iss: config.authority,
  aud: config.clientId,
  sub: 'user-1',
  auth_time: now - 60,
};

/** A token endpoint that rotates: every refresh answers with the next refresh token. */
function rotatingTokenEndpoint() {
  const sent: string[] = [];
  const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    expect(String(input instanceof Request ? input.url : input)).toBe(tokenEndpoint);
    const used = new URLSearchParams(String(init?.body)).get('refresh_token')!;
    sent.push(used);
    // Let a second, overlapping renewal start before this one answers.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return new Response(
      JSON.stringify({
        id_token: jwt({ ...idClaims, iat: now, exp: now + 3600 }),
        access_token: `access-after-${used}`,
        refresh_token: `${used}+`,
        token_type: 'Bearer',
        expires_in: 3600,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  });
  return { sent, fetchSpy };
}

async function signedIn(manager: UserManager): Promise<void> {
  await manager.storeUser(
    new User({
      id_token: jwt({ ...idClaims, iat: now - 60, exp: now + 3540 }),
      access_token: 'access-0',
      refresh_token: 'rt',
      token_type: 'Bearer',
      scope: config.scopes,
      profile: { ...idClaims, iat: now - 60, exp: now + 3540 },
      expires_at: now + 3540,
    }),
  );
}

describe('the main UserManager under refresh-token rotation', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.sessionStorage.clear();
  });

  const managers = () =>
    createUserManagers(config, {
      go: vi.fn(),
      userStorage: window.sessionStorage,
      stateStorage: window.localStorage,
      metadata,
    });

  it('runs two racing renewals as one and keeps the rotated refresh token', async () => {
    const { main } = managers();
    await signedIn(main);
    const { sent } = rotatingTokenEndpoint();
    const [a, b] = await Promise.all([main.signinSilent(), main.signinSilent()]);
    expect(sent).toEqual(['rt']);
    expect(a?.refresh_token).toBe('rt+');
    expect(b).toBe(a);
    expect((await main.getUser())?.refresh_token).toBe('rt+');
    // The next renewal spends the rotated token, not the first one again.
    await main.signinSilent();
    expect(sent).toEqual(['rt', 'rt+']);
    expect((await main.getUser())?.refresh_token).toBe('rt++');
  });

  it('is needed: oidc-client-ts alone sends the same refresh token twice', async () => {
    const plain = new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: config.redirectUri,
      userStore: undefined,
      metadata,
    });
    await signedIn(plain);
    const { sent } = rotatingTokenEndpoint();
    await Promise.all([plain.signinSilent(), plain.signinSilent()]);
    expect(sent).toEqual(['rt', 'rt']);
    await plain.removeUser();
  });

  it('lets a renewal run again after one failed', async () => {
    const { main } = managers();
    await signedIn(main);
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('offline'));
    await expect(main.signinSilent()).rejects.toThrow();
    const { sent } = rotatingTokenEndpoint();
    await expect(main.signinSilent()).resolves.toMatchObject({ refresh_token: 'rt+' });
    expect(sent).toEqual(['rt']);
  });
});
