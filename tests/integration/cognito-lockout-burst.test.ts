// Bursts of guesses sent at once must not get past the lockout (issue 11, item 1): no burst
// checks more passwords than a patient attacker could one by one, a right password inside a
// burst that reaches the lock is refused, and each burst costs exactly one lockout step. The
// pipelined bursts arrive in a known order (the right password last); the SDK burst uses
// parallel connections, where only order-independent facts are asserted.
import {
  AdminInitiateAuthCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import { sendPipelined } from '../../emulator/cognito/testing/pipelined-requests';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, startCognito } from './start-test-emulator';

const password = 'Correct-Horse-2';
const incorrect = 'Incorrect username or password.';
const exceeded = 'Password attempts exceeded';
const wrong = Array.from({ length: 24 }, (_, i) => `Wrong-Pass-${i}`);
/** 24 wrong guesses and the right one, last. */
const burst = [...wrong, password];
const rounds = 6;

describe('lockout under bursts of parallel guesses', () => {
  const clock = createManualClock(Date.now());
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let users = 0;
  const newUser = async () => {
    const email = `burst${(users += 1)}@example.com`;
    await emulator.pool.createUser({ email, password });
    return email;
  };

  beforeAll(async () => {
    emulator = await startCognito({ clock });
    sdk = cognitoSdk(emulator);
  });
  afterAll(() => {
    sdk.destroy();
    emulator.close();
  });

  /**
   * Round 1 hits a fresh account; every later round comes the moment the previous lockout ends
   * (1 s, 2 s, 4 s …). In none does the right password get in, and after the last lockout it does.
   */
  async function expectBurstsRefused(attempt: (passwords: string[]) => Promise<string[]>) {
    const first = await attempt(burst);
    expect(first.at(-1)).toBe(exceeded);
    // Exactly the free failures were answered as such; everything after the lock was refused.
    expect(first.filter((m) => m === incorrect)).toHaveLength(5);
    expect(first.filter((m) => m === exceeded)).toHaveLength(20);
    let lockMs = 1000;
    for (let round = 2; round <= rounds; round += 1) {
      expect(await attempt(burst)).toEqual(burst.map(() => exceeded)); // still locked
      clock.advance(lockMs);
      expect(await attempt(burst)).toEqual(burst.map(() => exceeded));
      lockMs *= 2;
    }
    clock.advance(lockMs - 1);
    expect(await attempt([password])).toEqual([exceeded]);
    clock.advance(1);
    expect(await attempt([password])).toEqual(['signed in']);
  }

  it('holds on the JSON API (InitiateAuth USER_PASSWORD_AUTH)', async () => {
    const email = await newUser();
    await expectBurstsRefused(async (passwords) => {
      const answers = await sendPipelined(
        emulator.urls.jsonApi,
        passwords.map((PASSWORD) => ({
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
          },
          body: JSON.stringify({
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: emulator.clientId,
            AuthParameters: { USERNAME: email, PASSWORD },
          }),
        })),
      );
      return answers.map((a) => {
        const body = JSON.parse(a.body) as { message?: string; AuthenticationResult?: object };
        return body.AuthenticationResult ? 'signed in' : (body.message ?? a.body);
      });
    });
  });

  it('holds on the hosted login form', async () => {
    const email = await newUser();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: emulator.clientId,
      redirect_uri: emulator.runtimeConfig('http://localhost:5173').redirectUri,
      scope: 'openid email',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const page = await browser.request(`/login?${query}`);
    expect(page.status).toBe(200);
    const message = (r: BrowserResponse) =>
      r.status === 302 && r.location?.includes('code=')
        ? 'signed in'
        : (/role="alert" id="form-error">([^<]*)</.exec(r.body)?.[1] ?? `HTTP ${r.status}`);
    await expectBurstsRefused(async (passwords) =>
      (
        await browser.submitAll(
          page,
          passwords.map((pw) => ({ username: email, password: pw })),
          'cognitoSignInForm',
        )
      ).map(message),
    );
  });

  it('holds on AdminInitiateAuth with parallel connections: one lockout step per burst', async () => {
    const email = await newUser();
    const signIn = (PASSWORD: string) =>
      sdk
        .send(
          new AdminInitiateAuthCommand({
            UserPoolId: emulator.userPoolId,
            ClientId: emulator.clientId,
            AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: email, PASSWORD },
          }),
        )
        .then(
          () => 'signed in',
          (error: Error) => error.message,
        );
    for (let round = 0; round < rounds; round += 1) {
      const answers = await Promise.all(burst.map(signIn));
      // Whatever the arrival order, the lock after the burst is one step (1 s) long: no more
      // than the free failures and one more were checked since the last success.
      expect(answers.filter((m) => m === incorrect).length).toBeLessThanOrEqual(10);
      expect(await Promise.all(burst.map(signIn))).toEqual(burst.map(() => exceeded));
      clock.advance(999);
      expect(await signIn(password)).toBe(exceeded);
      clock.advance(1);
      expect(await signIn(password)).toBe('signed in');
    }
  });
});
