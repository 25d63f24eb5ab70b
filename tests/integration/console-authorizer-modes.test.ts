// "Test the authorizer" in the other API modes: under apiAuth lambda the page runs the configured
// Lambda authorizer (authorizer/) through the gateway; under iam it explains SigV4 and says what
// the identity pool's own check makes of the ID token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { postAuthorizerTest } from './console-authorizer-form';
import { signInWithPassword, startTestEmulator } from './start-test-emulator';

const postTest = postAuthorizerTest;

describe.each(['lambda', 'iam'] as const)('Test the authorizer, apiAuth %s', (apiAuth) => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ apiAuth });
  }, 60_000);
  afterAll(() => emulator.close());

  it('decides a fresh ID token and a signed-out one as the mode does', async () => {
    const alice = await signInWithPassword(emulator, 'alice@example.com');
    const fresh = await postTest(emulator, { token: alice.idToken });
    const broken = await postTest(emulator, { token: `${alice.idToken}x` });
    emulator.pool.globalSignOut('alice@example.com');
    const revoked = await postTest(emulator, { token: alice.idToken });
    if (apiAuth === 'lambda') {
      expect(fresh.body).toContain('The Lambda authorizer would let this token through');
      expect(broken.body).toContain('The Lambda authorizer refused the token');
      expect(revoked.body).toContain('does not consult revocation');
    } else {
      expect(fresh.body).toContain('In iam mode the API takes no token');
      expect(fresh.body).toContain('The identity pool would exchange this ID token');
      expect(fresh.body).toContain('curl -i --aws-sigv4');
      expect(broken.body).toContain('Its signature does not verify');
      expect(revoked.body).toContain('server-side token check refuses it');
    }
  });
});

describe('Test the authorizer, apiToken access', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ apiToken: 'access' });
  }, 60_000);
  afterAll(() => emulator.close());

  it('refuses an ID token as the wrong token use and a scope-less access token by its scopes', async () => {
    const alice = await signInWithPassword(emulator, 'alice@example.com');
    const id = await postAuthorizerTest(emulator, { token: alice.idToken });
    expect(id.body).toContain(
      'Wrong token use: this is an id token, and the API takes access tokens.',
    );
    const access = await postAuthorizerTest(emulator, { token: alice.accessToken });
    expect(access.body).toContain('Missing scope: the token carries none of transactions/read.');
    expect(access.body).toContain('Its scope claim is &quot;aws.cognito.signin.user.admin&quot;');
    const real = await fetch(`${emulator.urls.api}/transactions`, {
      headers: { Authorization: alice.accessToken },
    });
    expect(real.status).toBe(401);
  });
});
