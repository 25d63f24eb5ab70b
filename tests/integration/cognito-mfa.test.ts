// MFA in the product's pool (OPTIONAL, authenticator app and email codes) through the JSON API
// with the AWS SDK: setup, sign-in with codes computed from the secret or read from the mailbox,
// Cognito's errors for wrong and replayed codes, and the user's MFA fields.
import {
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { answer, mfaPassword, passwordSignIn, setUpTotp } from './mfa-flows';
import { failureOf } from './start-test-emulator';

const clock = createManualClock();
let h: CognitoSdkHarness;

beforeAll(async () => {
  h = await startCognitoSdk({ clock });
});
afterAll(() => h?.close());

/** A new confirmed user of the product's pool, signed in (no MFA yet). */
async function newUser(email: string) {
  await h.emulator.pool.createUser({ email, password: mfaPassword });
  return h.signIn(email, mfaPassword);
}

describe('authenticator-app MFA', () => {
  it('sets up TOTP, then signs in with the password and a code from the secret', async () => {
    const { accessToken } = await newUser('totp@example.com');
    const secret = await setUpTotp(h.sdk, clock, accessToken);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = await h.sdk.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(user).toMatchObject({
      UserMFASettingList: ['SOFTWARE_TOKEN_MFA'],
      PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
    });

    const challenge = await passwordSignIn(h.sdk, h.ClientId, 'totp@example.com');
    expect(challenge.AuthenticationResult).toBeUndefined();
    expect(challenge).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeParameters: { FRIENDLY_DEVICE_NAME: 'Test phone' },
    });
    const wrong = await failureOf(
      answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', challenge.Session!, {
        USERNAME: 'totp@example.com',
        SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now() + 90_000),
      }),
    );
    expect(wrong).toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
    const code = totpCode(secret, clock.now());
    const done = await answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', challenge.Session!, {
      USERNAME: 'totp@example.com',
      SOFTWARE_TOKEN_MFA_CODE: code,
    });
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();

    // The same code again, in a new sign-in within its window: refused as used.
    const again = await passwordSignIn(h.sdk, h.ClientId, 'totp@example.com');
    const replayed = await failureOf(
      answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', again.Session!, {
        USERNAME: 'totp@example.com',
        SOFTWARE_TOKEN_MFA_CODE: code,
      }),
    );
    expect(replayed).toMatchObject({
      name: 'ExpiredCodeException',
      message: 'Your software token has already been used once.',
    });
    // The Session that succeeded cannot be answered twice.
    const reused = await failureOf(
      answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', challenge.Session!, {
        USERNAME: 'totp@example.com',
        SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now() + 30_000),
      }),
    );
    expect(reused).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
  });

  it('accepts a code from one step either side of the clock, not two', async () => {
    const { accessToken } = await newUser('skew@example.com');
    const secret = await setUpTotp(h.sdk, clock, accessToken);
    const first = await passwordSignIn(h.sdk, h.ClientId, 'skew@example.com');
    const tooOld = await failureOf(
      answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', first.Session!, {
        USERNAME: 'skew@example.com',
        SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now() - 60_000),
      }),
    );
    expect(tooOld.name).toBe('CodeMismatchException');
    const done = await answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', first.Session!, {
      USERNAME: 'skew@example.com',
      SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now() + 30_000),
    });
    expect(done.AuthenticationResult).toBeDefined();
    clock.advance(60_000);
  });

  it('refuses a wrong first code with EnableSoftwareTokenMFAException and keeps MFA off', async () => {
    const { accessToken } = await newUser('badsetup@example.com');
    const { SecretCode } = await h.sdk.send(
      new AssociateSoftwareTokenCommand({ AccessToken: accessToken }),
    );
    const refused = await failureOf(
      h.sdk.send(
        new VerifySoftwareTokenCommand({
          AccessToken: accessToken,
          UserCode: totpCode(SecretCode!, clock.now() + 120_000),
        }),
      ),
    );
    expect(refused).toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
      message: 'Code mismatch and fail enable Software Token MFA',
    });
    const user = await h.sdk.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(user).not.toHaveProperty('UserMFASettingList');
    expect(user).not.toHaveProperty('PreferredMfaSetting');
    const signIn = await passwordSignIn(h.sdk, h.ClientId, 'badsetup@example.com');
    expect(signIn.AuthenticationResult).toBeDefined();
  });

  it.each([
    ['no token and no Session', {}, 'InvalidParameterException'],
    ['both', { AccessToken: 'a.b.c', Session: 'x'.repeat(40) }, 'InvalidParameterException'],
    ['a forged Session', { Session: `AYABe${'x'.repeat(40)}` }, 'NotAuthorizedException'],
    ['a Session too long', { Session: 'x'.repeat(2049) }, 'InvalidParameterException'],
    ['a bad access token', { AccessToken: 'not-a-jwt' }, 'NotAuthorizedException'],
  ])('refuses AssociateSoftwareToken with %s', async (_label, input, name) => {
    const failure = await failureOf(h.sdk.send(new AssociateSoftwareTokenCommand(input)));
    expect(failure.name).toBe(name);
  });

  it.each([
    ['a 5-digit code', '12345'],
    ['a 7-digit code', '1234567'],
    ['letters', 'abcdef'],
    ['an empty code', ''],
  ])('refuses VerifySoftwareToken with %s', async (_label, UserCode) => {
    const { accessToken } = await h.signIn('badsetup@example.com', mfaPassword);
    const failure = await failureOf(
      h.sdk.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode })),
    );
    expect(failure.name).toBe('InvalidParameterException');
  });
});

describe('email-code MFA', () => {
  it('signs in with the password and the code mailed to the user', async () => {
    const { accessToken } = await newUser('mail@example.com');
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const challenge = await passwordSignIn(h.sdk, h.ClientId, 'mail@example.com');
    expect(challenge).toMatchObject({
      ChallengeName: 'EMAIL_OTP',
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        CODE_DELIVERY_DESTINATION: 'm***@e***',
      },
    });
    const mail = (await fetch(
      `${h.emulator.urls.domain}/_dev/mailbox.json?to=mail@example.com`,
    ).then((r) => r.json())) as { code: string; subject: string }[];
    const code = mail[0]!.code;
    expect(code).toMatch(/^\d{6}$/);
    const wrong = await failureOf(
      answer(h.sdk, h.ClientId, 'EMAIL_OTP', challenge.Session!, {
        USERNAME: 'mail@example.com',
        EMAIL_OTP_CODE: code === '000000' ? '111111' : '000000',
      }),
    );
    expect(wrong).toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
    const done = await answer(h.sdk, h.ClientId, 'EMAIL_OTP', challenge.Session!, {
      USERNAME: 'mail@example.com',
      EMAIL_OTP_CODE: code,
    });
    expect(done.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('asks which factor to use when both are on and none is preferred', async () => {
    const { accessToken } = await newUser('both@example.com');
    const secret = await setUpTotp(h.sdk, clock, accessToken);
    await h.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: h.UserPoolId,
        Username: 'both@example.com',
        EmailMfaSettings: { Enabled: true },
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    const admin = await h.sdk.send(
      new AdminGetUserCommand({ UserPoolId: h.UserPoolId, Username: 'both@example.com' }),
    );
    expect(admin.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    expect(admin).not.toHaveProperty('PreferredMfaSetting');
    const select = await passwordSignIn(h.sdk, h.ClientId, 'both@example.com');
    expect(select).toMatchObject({
      ChallengeName: 'SELECT_MFA_TYPE',
      ChallengeParameters: { MFAS_CAN_SELECT: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' },
    });
    const bad = await failureOf(
      answer(h.sdk, h.ClientId, 'SELECT_MFA_TYPE', select.Session!, {
        USERNAME: 'both@example.com',
        ANSWER: 'SMS_MFA',
      }),
    );
    expect(bad.name).toBe('InvalidParameterException');
    const totp = await answer(h.sdk, h.ClientId, 'SELECT_MFA_TYPE', select.Session!, {
      USERNAME: 'both@example.com',
      ANSWER: 'SOFTWARE_TOKEN_MFA',
    });
    expect(totp.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const done = await answer(h.sdk, h.ClientId, 'SOFTWARE_TOKEN_MFA', totp.Session!, {
      USERNAME: 'both@example.com',
      SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now()),
    });
    expect(done.AuthenticationResult).toBeDefined();
  });

  it('refuses to turn on a factor the user cannot use, or to prefer a disabled one', async () => {
    const { accessToken } = await newUser('prefs@example.com');
    const notVerified = await failureOf(
      h.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          SoftwareTokenMfaSettings: { Enabled: true },
        }),
      ),
    );
    expect(notVerified).toMatchObject({
      name: 'InvalidParameterException',
      message: 'User has not verified software token mfa',
    });
    const contradiction = await failureOf(
      h.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          EmailMfaSettings: { Enabled: false, PreferredMfa: true },
        }),
      ),
    );
    expect(contradiction.name).toBe('InvalidParameterException');
    const sms = await failureOf(
      h.sdk.send(
        new SetUserMFAPreferenceCommand({
          AccessToken: accessToken,
          SMSMfaSettings: { Enabled: true },
        }),
      ),
    );
    expect(sms.name).toBe('InvalidParameterException');
  });
});
