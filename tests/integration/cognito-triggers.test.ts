// The product's Cognito Lambda triggers (triggers/, named by contract/user-pool-definition.ts)
// as the emulator runs them in-process, through the JSON API with the AWS SDK: PreSignUp's
// domain rules, CustomMessage's emails, PreTokenGeneration's access-token claims (refresh too).
// PostConfirmation's profile item is in api-profile.test.ts (it needs the API's table).
import {
  AdminCreateUserCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';

const password = 'Correct-horse-9-battery';
let h: CognitoSdkHarness;
const log: string[] = [];

beforeAll(async () => {
  h = await startCognitoSdk({
    triggerEnvironment: {
      SIGNUP_ALLOWED_DOMAINS: 'example.com,corp.example',
      SIGNUP_AUTO_CONFIRM_DOMAINS: 'corp.example',
    },
    log: (line) => log.push(line),
  });
});
afterAll(() => h.close());

const signUp = (email: string) =>
  h.sdk.send(new SignUpCommand({ ClientId: h.ClientId, Username: email, Password: password }));

describe('PreSignUp (SIGNUP_ALLOWED_DOMAINS, SIGNUP_AUTO_CONFIRM_DOMAINS)', () => {
  it('refuses a domain that is not allowed, as Cognito reports a trigger error, and creates nobody', async () => {
    const refused = signUp('eve@evil.test');
    await expect(refused).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: 'PreSignUp failed with error Sign-ups are limited to approved email domains.',
      $metadata: { httpStatusCode: 400 },
    });
    expect(h.emulator.pool.getUser('eve@evil.test')).toBeUndefined();
    expect(h.emulator.pool.mailbox.latest('eve@evil.test')).toBeUndefined();
  });

  it('refuses AdminCreateUser of such a domain too (PreSignUp_AdminCreateUser)', async () => {
    await expect(
      h.sdk.send(
        new AdminCreateUserCommand({ UserPoolId: h.UserPoolId, Username: 'mallory@evil.test' }),
      ),
    ).rejects.toMatchObject({ name: 'UserLambdaValidationException' });
    expect(h.emulator.pool.getUser('mallory@evil.test')).toBeUndefined();
  });

  it('confirms and verifies an auto-confirm domain without a code: no mail, signs in at once', async () => {
    const answer = await signUp('bob@corp.example');
    expect(answer.UserConfirmed).toBe(true);
    expect(answer.CodeDeliveryDetails).toBeUndefined();
    expect(h.emulator.pool.mailbox.latest('bob@corp.example')).toBeUndefined();
    const { id } = await h.signIn('bob@corp.example', password);
    expect(id['email_verified']).toBe(true);
  });

  it('leaves an allowed domain to the usual code', async () => {
    const answer = await signUp('ada@example.com');
    expect(answer.UserConfirmed).toBe(false);
    expect(h.emulator.pool.getUser('ada@example.com')?.status).toBe('UNCONFIRMED');
    await h.sdk.send(
      new ConfirmSignUpCommand({
        ClientId: h.ClientId,
        Username: 'ada@example.com',
        ConfirmationCode: h.codeFor('ada@example.com'),
      }),
    );
    expect(h.emulator.pool.getUser('ada@example.com')?.status).toBe('CONFIRMED');
  });

  it('logs each run where the emulator logs', () => {
    expect(log.some((l) => /^\[trigger\] PreSignUp PreSignUp_SignUp ok \(\d+ ms\)$/.test(l))).toBe(
      true,
    );
  });
});

describe('CustomMessage', () => {
  it.each([
    [
      'sign-up',
      (e: string) => signUp(e),
      'Your Ledger verification code',
      /Welcome to Ledger!\n\nYour verification code is (\d{6})\n/,
    ],
    [
      'resend',
      (e: string) =>
        h.sdk.send(new ResendConfirmationCodeCommand({ ClientId: h.ClientId, Username: e })),
      'Your Ledger verification code',
      /Your verification code is (\d{6})/,
    ],
  ])(
    'writes the %s email in plain text, naming the app, with the real code',
    async (_k, send, subject, body) => {
      const email = 'mail-signup@example.com';
      await send(email);
      const mail = h.emulator.pool.mailbox.latest(email)!;
      expect(mail.subject).toBe(subject);
      expect(mail.text).toMatch(body);
      expect(mail.text).not.toContain('{####}');
      expect(body.exec(mail.text)?.[1]).toBe(mail.code);
    },
  );

  it('writes the forgot-password email', async () => {
    await h.emulator.pool.createUser({ email: 'forgot@example.com', password });
    await h.sdk.send(
      new ForgotPasswordCommand({ ClientId: h.ClientId, Username: 'forgot@example.com' }),
    );
    const mail = h.emulator.pool.mailbox.latest('forgot@example.com')!;
    expect(mail.subject).toBe('Reset your Ledger password');
    expect(mail.text).toContain(`Your password reset code is ${mail.code}\n`);
  });

  it('gives an admin-created user their sign-in name and temporary password', async () => {
    await h.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: h.UserPoolId,
        Username: 'invited@example.com',
        TemporaryPassword: 'Temp-Pass-1!',
      }),
    );
    const mail = h.emulator.pool.mailbox.latest('invited@example.com')!;
    expect(mail.subject).toBe('Your Ledger account');
    expect(mail.text).toContain(
      'Username: invited@example.com\nTemporary password: Temp-Pass-1!\n',
    );
  });
});

describe('PreTokenGeneration (V2_0)', () => {
  it('puts email and the groups into the access token, on sign-in and on refresh', async () => {
    await h.emulator.pool.createUser({ email: 'grace@example.com', password, groups: ['admins'] });
    const signedIn = await h.sdk.send(
      new InitiateAuthCommand({
        ClientId: h.ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'grace@example.com', PASSWORD: password },
      }),
    );
    // The product client rotates refresh tokens, so it refreshes with GetTokensFromRefreshToken.
    const refreshed = await h.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: h.ClientId,
        RefreshToken: signedIn.AuthenticationResult!.RefreshToken!,
      }),
    );
    for (const result of [signedIn, refreshed]) {
      const access = decodeJwt(result.AuthenticationResult!.AccessToken!);
      expect(access).toMatchObject({
        email: 'grace@example.com',
        'cognito:groups': ['admins'],
        token_use: 'access',
      });
      expect(decodeJwt(result.AuthenticationResult!.IdToken!)['cognito:groups']).toEqual([
        'admins',
      ]);
    }
    const refreshRun = /^\[trigger\] PreTokenGeneration TokenGeneration_RefreshTokens ok/;
    expect(log.some((l) => refreshRun.test(l))).toBe(true);
  });
});
