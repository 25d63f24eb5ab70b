// The SPA's two-step client (src/features/profile/two-step/two-step-client.ts) against the
// emulator's User Pools JSON API over loopback HTTP, with the access token of a password
// sign-in: the calls Profile makes, in its order, agree with what the emulator answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { createTwoStepClient } from '../../src/features/profile/two-step/two-step-client';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { mfaPassword, passwordSignIn } from './mfa-flows';

const clock = createManualClock();
let h: CognitoSdkHarness;

beforeAll(async () => {
  h = await startCognitoSdk({ clock });
});
afterAll(() => h?.close());

async function clientFor(email: string) {
  await h.emulator.pool.createUser({ email, password: mfaPassword });
  const { accessToken } = await h.signIn(email, mfaPassword);
  return createTwoStepClient({
    endpoint: h.emulator.urls.jsonApi,
    accessToken: () => accessToken,
    fetch: globalThis.fetch,
  });
}

describe("Profile's two-step client against the emulator", () => {
  it('reads off, sets up an authenticator app, and the next sign-in asks for its code', async () => {
    const client = await clientFor('spa-totp@example.com');
    await expect(client.status()).resolves.toEqual({ enabled: [], preferred: null });
    const secret = await client.associateAuthenticator();
    await client.verifyAuthenticator(totpCode(secret, clock.now()));
    await client.preferOnly('SOFTWARE_TOKEN_MFA', []);
    await expect(client.status()).resolves.toEqual({
      enabled: ['SOFTWARE_TOKEN_MFA'],
      preferred: 'SOFTWARE_TOKEN_MFA',
    });
    const next = await passwordSignIn(h.sdk, h.ClientId, 'spa-totp@example.com');
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });

  it("refuses a wrong first code with Cognito's type, which Profile shows on the field", async () => {
    const client = await clientFor('spa-wrong@example.com');
    const secret = await client.associateAuthenticator();
    const wrong = String((Number(totpCode(secret, clock.now())) + 1) % 1_000_000).padStart(6, '0');
    await expect(client.verifyAuthenticator(wrong)).rejects.toMatchObject({
      type: 'EnableSoftwareTokenMFAException',
    });
    await expect(client.status()).resolves.toEqual({ enabled: [], preferred: null });
  });

  it('switches to email codes, which turns the app off, and turns everything off', async () => {
    const client = await clientFor('spa-email@example.com');
    const secret = await client.associateAuthenticator();
    await client.verifyAuthenticator(totpCode(secret, clock.now()));
    await client.preferOnly('SOFTWARE_TOKEN_MFA', []);
    // One call: email on and preferred, the app off.
    await client.preferOnly('EMAIL_OTP', ['SOFTWARE_TOKEN_MFA']);
    await expect(client.status()).resolves.toEqual({
      enabled: ['EMAIL_OTP'],
      preferred: 'EMAIL_OTP',
    });
    expect((await passwordSignIn(h.sdk, h.ClientId, 'spa-email@example.com')).ChallengeName).toBe(
      'EMAIL_OTP',
    );
    await client.turnOff(['EMAIL_OTP']);
    await expect(client.status()).resolves.toEqual({ enabled: [], preferred: null });
    const signIn = await passwordSignIn(h.sdk, h.ClientId, 'spa-email@example.com');
    expect(signIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
