// SignUp in every kind of pool, through the AWS SDK v3: free-form usernames with aliases, phone
// numbers as usernames, case sensitivity, required attributes, admin-only pools, and pools that
// auto-verify email, phone or nothing.
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createPoolWithClient, type PoolSettings } from './created-pool';
import { failureOf } from './start-test-emulator';

let h: CognitoSdkHarness;
const password = 'Sign-up-pass-1';

beforeAll(async () => {
  h = await startCognitoSdk();
});
afterAll(() => h.close());

/** A new pool and a public client allowing USER_PASSWORD_AUTH. */
const pool = (settings: PoolSettings) =>
  createPoolWithClient(h.sdk, settings, {
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });

/** ConfirmSignUp with the code (ForceAliasCreation when `force`). */
const confirm = (clientId: string, username: string, code: string, force = false) =>
  h.sdk.send(
    new ConfirmSignUpCommand({
      ClientId: clientId,
      Username: username,
      ConfirmationCode: code,
      ForceAliasCreation: force,
    }),
  );

const signIn = (clientId: string, username: string) =>
  h.sdk.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );

const attributesOf = async (poolId: string, username: string) =>
  Object.fromEntries(
    (
      await h.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }))
    ).UserAttributes!.map((a) => [a.Name, a.Value]),
  );

const codeFor = (to: string) => h.emulator.pool.mailbox.latest(to)?.code ?? '';

describe('SignUp in a free-form pool with an email alias', () => {
  let ids: { poolId: string; clientId: string };
  beforeAll(async () => {
    ids = await pool({
      AliasAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'email', Required: true, Mutable: true }],
    });
  });
  const signUp = (username: string, email?: string) =>
    h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: username,
        Password: password,
        ...(email === undefined ? {} : { UserAttributes: [{ Name: 'email', Value: email }] }),
      }),
    );

  it('keeps the username, makes sub separate, mails the code, then signs in by the alias', async () => {
    const result = await signUp('bob', 'bob@example.com');
    expect(result).toMatchObject({
      UserConfirmed: false,
      CodeDeliveryDetails: {
        DeliveryMedium: 'EMAIL',
        AttributeName: 'email',
        Destination: 'b***@e***',
      },
    });
    expect(result.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    // The alias is not usable before it is verified.
    expect(await failureOf(signIn(ids.clientId, 'bob@example.com'))).toMatchObject({
      name: 'NotAuthorizedException',
    });
    await confirm(ids.clientId, 'bob', codeFor('bob@example.com'));
    expect(await attributesOf(ids.poolId, 'bob')).toMatchObject({
      sub: result.UserSub,
      email: 'bob@example.com',
      email_verified: 'true',
    });
    const { AuthenticationResult } = await signIn(ids.clientId, 'BOB@example.com');
    expect(decodeJwt(AuthenticationResult!.IdToken!)).toMatchObject({
      sub: result.UserSub,
      'cognito:username': 'bob',
      email_verified: true,
    });
  });

  it('refuses an email-shaped username, a taken one, a missing required email, bad formats', async () => {
    expect(await failureOf(signUp('dan@example.com', 'dan@example.com'))).toEqual(
      expect.objectContaining({
        name: 'InvalidParameterException',
        message:
          'Username cannot be of email format, since user pool is configured for email alias.',
      }),
    );
    await signUp('taken', 'taken@example.com');
    expect(await failureOf(signUp('taken', 'other@example.com'))).toMatchObject({
      name: 'UsernameExistsException',
      message: 'User already exists',
    });
    expect(await failureOf(signUp('noemail'))).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: email: The attribute is required',
    });
    expect(await failureOf(signUp('badmail', 'not-an-email'))).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid email address format.',
    });
    expect(await failureOf(signUp('has space', 's@example.com'))).toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringContaining("Value at 'username' failed to satisfy constraint"),
    });
    const flagged = h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: 'flagged',
        Password: password,
        UserAttributes: [
          { Name: 'email', Value: 'flagged@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    expect(await failureOf(flagged)).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'A client attempted to write unauthorized attribute',
    });
  });

  it('gives a verified email to one account: AliasExistsException unless ForceAliasCreation', async () => {
    await signUp('first', 'shared@example.com');
    await confirm(ids.clientId, 'first', codeFor('shared@example.com'));
    await signUp('second', 'shared@example.com');
    const confirmSecond = (force: boolean) =>
      confirm(ids.clientId, 'second', codeFor('shared@example.com'), force);
    expect(await failureOf(confirmSecond(false))).toMatchObject({
      name: 'AliasExistsException',
      message: 'An account with the email already exists.',
    });
    await h.sdk.send(
      new ResendConfirmationCodeCommand({ ClientId: ids.clientId, Username: 'second' }),
    );
    await confirmSecond(true);
    expect((await attributesOf(ids.poolId, 'first'))['email_verified']).toBe('false');
    expect((await attributesOf(ids.poolId, 'second'))['email_verified']).toBe('true');
    const { AuthenticationResult } = await signIn(ids.clientId, 'shared@example.com');
    expect(decodeJwt(AuthenticationResult!.IdToken!)['cognito:username']).toBe('second');
  });
});

describe('SignUp and usernames’ case', () => {
  it('treats Dave and dave as one user when the pool is case-insensitive', async () => {
    const ids = await pool({
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
    });
    const signUp = (username: string) =>
      h.sdk.send(
        new SignUpCommand({ ClientId: ids.clientId, Username: username, Password: password }),
      );
    await signUp('Dave');
    expect(await failureOf(signUp('dave'))).toMatchObject({ name: 'UsernameExistsException' });
    await h.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: ids.poolId, Username: 'DAVE' }));
    const { AuthenticationResult } = await signIn(ids.clientId, 'dAvE');
    expect(decodeJwt(AuthenticationResult!.IdToken!)['cognito:username']).toBe('Dave');
  });

  it('keeps Erin and erin apart when the pool is case-sensitive (the API’s default)', async () => {
    const ids = await pool({});
    const signUp = (username: string) =>
      h.sdk.send(
        new SignUpCommand({ ClientId: ids.clientId, Username: username, Password: password }),
      );
    const a = await signUp('Erin');
    const b = await signUp('erin');
    expect(a.UserSub).not.toBe(b.UserSub);
  });
});

describe('SignUp with phone numbers', () => {
  it('signs up by phone number, sends the code as an SMS to the mailbox, verifies the phone', async () => {
    const ids = await pool({
      UsernameAttributes: ['phone_number'],
      AutoVerifiedAttributes: ['phone_number'],
    });
    const phone = '+15555550100';
    expect(
      await failureOf(
        h.sdk.send(
          new SignUpCommand({ ClientId: ids.clientId, Username: 'zoe', Password: password }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Username should be a phone number.',
    });
    const result = await h.sdk.send(
      new SignUpCommand({ ClientId: ids.clientId, Username: phone, Password: password }),
    );
    expect(result.CodeDeliveryDetails).toEqual({
      Destination: '+*******0100',
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    });
    const sms = h.emulator.pool.mailbox.latest(phone)!;
    expect(sms.subject).toBe('SMS: Your verification code');
    expect(
      await failureOf(
        h.sdk.send(
          new SignUpCommand({ ClientId: ids.clientId, Username: phone, Password: password }),
        ),
      ),
    ).toMatchObject({
      name: 'UsernameExistsException',
      message: 'An account with the given phone_number already exists.',
    });
    await confirm(ids.clientId, phone, sms.code!);
    const { AuthenticationResult } = await signIn(ids.clientId, phone);
    const claims = decodeJwt(AuthenticationResult!.IdToken!);
    expect(claims).toMatchObject({ phone_number: phone, phone_number_verified: true });
    expect(claims['cognito:username']).toBe(claims.sub);
  });

  it('prefers the phone when a pool auto-verifies both and the user has both', async () => {
    const ids = await pool({ AutoVerifiedAttributes: ['email', 'phone_number'] });
    const attributes = [
      { Name: 'email', Value: 'both@example.com' },
      { Name: 'phone_number', Value: '+15555550122' },
    ];
    const both = await h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: 'both',
        Password: password,
        UserAttributes: attributes,
      }),
    );
    expect(both.CodeDeliveryDetails?.DeliveryMedium).toBe('SMS');
    expect(h.emulator.pool.mailbox.latest('both@example.com')).toBeUndefined();
    const emailOnly = await h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: 'mailonly',
        Password: password,
        UserAttributes: [{ Name: 'email', Value: 'mailonly@example.com' }],
      }),
    );
    expect(emailOnly.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    await confirm(ids.clientId, 'both', codeFor('+15555550122'));
    expect(await attributesOf(ids.poolId, 'both')).toMatchObject({
      phone_number_verified: 'true',
      email_verified: 'false',
    });
  });

  it('refuses a malformed phone number attribute', async () => {
    const ids = await pool({ AutoVerifiedAttributes: ['email'] });
    const bad = h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: 'phil',
        Password: password,
        UserAttributes: [{ Name: 'phone_number', Value: '555-0100' }],
      }),
    );
    expect(await failureOf(bad)).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid phone number format.',
    });
  });

  it('signs in by a verified phone alias or by preferred_username', async () => {
    const ids = await pool({
      AliasAttributes: ['phone_number', 'preferred_username'],
      AutoVerifiedAttributes: ['phone_number'],
    });
    const signUp = (username: string, attributes: Record<string, string>) =>
      h.sdk.send(
        new SignUpCommand({
          ClientId: ids.clientId,
          Username: username,
          Password: password,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
    expect(await failureOf(signUp('+15555550111', {}))).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'Username cannot be of phone number format, since user pool is configured for phone_number alias.',
    });
    await signUp('pat', { phone_number: '+15555550111', preferred_username: 'patty' });
    expect(await failureOf(signUp('pat2', { preferred_username: 'patty' }))).toMatchObject({
      name: 'AliasExistsException',
    });
    await confirm(ids.clientId, 'pat', codeFor('+15555550111'));
    for (const name of ['+15555550111', 'patty']) {
      const { AuthenticationResult } = await signIn(ids.clientId, name);
      expect(decodeJwt(AuthenticationResult!.IdToken!)['cognito:username']).toBe('pat');
    }
  });
});

describe('SignUp and the pool’s policies', () => {
  it('refuses SignUp in a pool where only admins create users', async () => {
    const ids = await pool({ AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const attempt = h.sdk.send(
      new SignUpCommand({ ClientId: ids.clientId, Username: 'nobody', Password: password }),
    );
    expect(await failureOf(attempt)).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'SignUp is not permitted for this user pool',
    });
  });

  it('enforces every required attribute with Cognito’s message', async () => {
    const ids = await pool({
      Schema: [
        { Name: 'given_name', Required: true, Mutable: true },
        { Name: 'family_name', Required: true, Mutable: true },
      ],
    });
    const attempt = (attributes: { Name: string; Value: string }[]) =>
      h.sdk.send(
        new SignUpCommand({
          ClientId: ids.clientId,
          Username: 'req',
          Password: password,
          UserAttributes: attributes,
        }),
      );
    expect(await failureOf(attempt([{ Name: 'given_name', Value: 'Ada' }]))).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: family_name: The attribute is required',
    });
    expect(await failureOf(attempt([]))).toMatchObject({
      message:
        'Attributes did not conform to the schema: given_name: The attribute is required, family_name: The attribute is required',
    });
    await attempt([
      { Name: 'given_name', Value: 'Ada' },
      { Name: 'family_name', Value: 'Lovelace' },
    ]);
    // Admins are held to the schema too.
    const byAdmin = h.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: ids.poolId,
        Username: 'admin-req',
        UserAttributes: [{ Name: 'family_name', Value: 'Byron' }],
        MessageAction: 'SUPPRESS',
      }),
    );
    expect(await failureOf(byAdmin)).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: given_name: The attribute is required',
    });
  });

  it('sends no code when the pool auto-verifies nothing: only AdminConfirmSignUp confirms', async () => {
    const ids = await pool({});
    const email = 'quiet@example.com';
    const result = await h.sdk.send(
      new SignUpCommand({
        ClientId: ids.clientId,
        Username: 'quiet',
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    expect(result.UserConfirmed).toBe(false);
    expect(result.CodeDeliveryDetails).toBeUndefined();
    expect(h.emulator.pool.mailbox.latest(email)).toBeUndefined();
    expect(
      await failureOf(
        h.sdk.send(
          new ResendConfirmationCodeCommand({ ClientId: ids.clientId, Username: 'quiet' }),
        ),
      ),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Cannot resend codes. Auto verification not turned on.',
    });
    expect(await failureOf(signIn(ids.clientId, 'quiet'))).toMatchObject({
      name: 'UserNotConfirmedException',
    });
    await h.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: ids.poolId, Username: 'quiet' }));
    await signIn(ids.clientId, 'quiet');
    expect((await attributesOf(ids.poolId, 'quiet'))['email_verified']).toBe('false');
  });
});
