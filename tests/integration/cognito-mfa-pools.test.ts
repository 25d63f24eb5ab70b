// MFA as pool settings demand it, through the JSON API: a pool with MFA ON makes a new user set
// up an authenticator app at first sign-in (MFA_SETUP with Associate/Verify on the Session), a
// pool with MFA OFF never asks; challenge Sessions expire after 3 minutes on the shared clock;
// wrong codes count toward the same lockout as wrong passwords.
import {
  AdminInitiateAuthCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createConfirmedUser, createPoolWithClient, type CreatedPool } from './created-pool';
import { answer, mfaPassword, passwordSignIn, setUpTotp } from './mfa-flows';
import { failureOf } from './start-test-emulator';

const clock = createManualClock();
let h: CognitoSdkHarness;

beforeAll(async () => {
  h = await startCognitoSdk({ clock });
});
afterAll(() => h?.close());

/** A pool with `MfaConfiguration` and TOTP as its one factor, and a password-auth client. */
async function poolWithMfa(mfa: 'ON' | 'OFF'): Promise<CreatedPool> {
  const pool = await createPoolWithClient(
    h.sdk,
    {},
    { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'] },
  );
  await h.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.poolId,
      MfaConfiguration: mfa,
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  return pool;
}

describe('a pool with MFA ON', () => {
  let pool: CreatedPool;
  beforeAll(async () => {
    pool = await poolWithMfa('ON');
  });

  it('makes a new user set up an authenticator app at first sign-in, then asks for codes', async () => {
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'first', password: mfaPassword });
    const setup = await passwordSignIn(h.sdk, pool.clientId, 'first');
    expect(setup).toMatchObject({
      ChallengeName: 'MFA_SETUP',
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });
    const early = await failureOf(
      answer(h.sdk, pool.clientId, 'MFA_SETUP', setup.Session!, { USERNAME: 'first' }),
    );
    expect(early.name).toBe('InvalidParameterException');

    const associated = await h.sdk.send(
      new AssociateSoftwareTokenCommand({ Session: setup.Session! }),
    );
    expect(associated.Session).toBeTruthy();
    const verified = await h.sdk.send(
      new VerifySoftwareTokenCommand({
        Session: associated.Session!,
        UserCode: totpCode(associated.SecretCode!, clock.now()),
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    const done = await answer(h.sdk, pool.clientId, 'MFA_SETUP', verified.Session!, {
      USERNAME: 'first',
    });
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();

    const user = await h.sdk.send(
      new GetUserCommand({ AccessToken: done.AuthenticationResult!.AccessToken! }),
    );
    expect(user.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    const cannotTurnOff = await failureOf(
      h.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: done.AuthenticationResult!.AccessToken!,
          SoftwareTokenMfaSettings: { Enabled: false },
        }),
      ),
    );
    expect(cannotTurnOff.name).toBe('InvalidParameterException');

    clock.advance(30_000);
    const next = await passwordSignIn(h.sdk, pool.clientId, 'first');
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const signedIn = await answer(h.sdk, pool.clientId, 'SOFTWARE_TOKEN_MFA', next.Session!, {
      USERNAME: 'first',
      SOFTWARE_TOKEN_MFA_CODE: totpCode(associated.SecretCode!, clock.now()),
    });
    expect(signedIn.AuthenticationResult).toBeDefined();
  });

  it('lets a challenge Session live 3 minutes on the shared clock, not longer', async () => {
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'late', password: mfaPassword });
    const setup = await passwordSignIn(h.sdk, pool.clientId, 'late');
    clock.advance(179_000);
    const associated = await h.sdk.send(
      new AssociateSoftwareTokenCommand({ Session: setup.Session! }),
    );
    clock.advance(180_000);
    const expired = await failureOf(
      h.sdk.send(
        new VerifySoftwareTokenCommand({
          Session: associated.Session!,
          UserCode: totpCode(associated.SecretCode!, clock.now()),
        }),
      ),
    );
    expect(expired).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('counts wrong codes toward the password lockout', async () => {
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'guess', password: mfaPassword });
    const setup = await passwordSignIn(h.sdk, pool.clientId, 'guess');
    const { SecretCode, Session } = await h.sdk.send(
      new AssociateSoftwareTokenCommand({ Session: setup.Session! }),
    );
    const verified = await h.sdk.send(
      new VerifySoftwareTokenCommand({ Session, UserCode: totpCode(SecretCode!, clock.now()) }),
    );
    await answer(h.sdk, pool.clientId, 'MFA_SETUP', verified.Session!, { USERNAME: 'guess' });
    clock.advance(30_000);

    const challenge = await passwordSignIn(h.sdk, pool.clientId, 'guess');
    const wrong = totpCode(SecretCode!, clock.now() + 300_000);
    const failures: string[] = [];
    for (let i = 0; i < 6; i++) {
      const failure = await failureOf(
        answer(h.sdk, pool.clientId, 'SOFTWARE_TOKEN_MFA', challenge.Session!, {
          USERNAME: 'guess',
          SOFTWARE_TOKEN_MFA_CODE: wrong,
        }),
      );
      failures.push(`${failure.name}: ${failure.message}`);
    }
    // Five free failures (freeFailedSignIns), as for passwords; the sixth starts a lockout.
    expect(failures).toEqual([
      ...Array<string>(5).fill('CodeMismatchException: Invalid code received for user'),
      'NotAuthorizedException: Password attempts exceeded',
    ]);
    // Locked: even the right password is refused until the lockout ends.
    const locked = await failureOf(passwordSignIn(h.sdk, pool.clientId, 'guess'));
    expect(locked).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Password attempts exceeded',
    });
  });
});

describe('a pool with MFA OFF', () => {
  it('signs a user with a verified authenticator app in without a challenge', async () => {
    const pool = await poolWithMfa('ON');
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'later', password: mfaPassword });
    const setup = await passwordSignIn(h.sdk, pool.clientId, 'later');
    const associated = await h.sdk.send(
      new AssociateSoftwareTokenCommand({ Session: setup.Session! }),
    );
    const verified = await h.sdk.send(
      new VerifySoftwareTokenCommand({
        Session: associated.Session!,
        UserCode: totpCode(associated.SecretCode!, clock.now()),
      }),
    );
    await answer(h.sdk, pool.clientId, 'MFA_SETUP', verified.Session!, { USERNAME: 'later' });
    await h.sdk.send(
      new SetUserPoolMfaConfigCommand({ UserPoolId: pool.poolId, MfaConfiguration: 'OFF' }),
    );
    const admin = await h.sdk.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.poolId,
        ClientId: pool.clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'later', PASSWORD: mfaPassword },
      }),
    );
    expect(admin.ChallengeName).toBeUndefined();
    expect(admin.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('refuses AssociateSoftwareToken when the pool has no software-token factor', async () => {
    const pool = await createPoolWithClient(
      h.sdk,
      {},
      { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] },
    );
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'plain', password: mfaPassword });
    const { AuthenticationResult } = await passwordSignIn(h.sdk, pool.clientId, 'plain');
    const refused = await failureOf(
      h.sdk.send(
        new AssociateSoftwareTokenCommand({ AccessToken: AuthenticationResult!.AccessToken! }),
      ),
    );
    expect(refused).toMatchObject({
      name: 'SoftwareTokenMFANotFoundException',
      message: 'Software Token MFA has not been enabled by the userPool.',
    });
  });
});

describe('the product pool', () => {
  it('keeps signing users without MFA in with tokens (MFA OPTIONAL)', async () => {
    await h.emulator.pool.createUser({ email: 'nomfa@example.com', password: mfaPassword });
    const result = await passwordSignIn(h.sdk, h.ClientId, 'nomfa@example.com');
    expect(result.AuthenticationResult).toBeDefined();
    const { accessToken } = await h.signIn('nomfa@example.com', mfaPassword);
    await setUpTotp(h.sdk, clock, accessToken);
    const challenged = await passwordSignIn(h.sdk, h.ClientId, 'nomfa@example.com');
    expect(challenged.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });
});
