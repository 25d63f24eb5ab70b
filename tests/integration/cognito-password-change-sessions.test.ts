// A password change ends every session of the account (issue 11, item 4): after a reset, an
// admin's new password (permanent or temporary), a new temporary password, or the forced
// change, the hosted-UI cookie no longer yields a code, refresh tokens (hosted and JSON API) are
// refused, codes issued before the change do not redeem, and a pending challenge is dead.
import { createHash } from 'node:crypto';
import {
  GetTokensFromRefreshTokenCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, startCognito } from './start-test-emulator';

const password = 'Correct-Horse-2';
const newPassword = 'Brand-New-Pass-3';
const verifier = 'dBjftJeZ4CVP-mJ92K9ubZ8nfZgIyDzF0zMv8Z1tK3q';
const challenge = createHash('sha256').update(verifier).digest('base64url');

describe('a password change ends the sessions of the account', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  let users = 0;
  const ClientId = () => emulator.clientId;
  const UserPoolId = () => emulator.userPoolId;

  beforeAll(async () => {
    emulator = await startCognito();
    sdk = cognitoSdk(emulator);
  });
  afterAll(() => {
    sdk.destroy();
    emulator.close();
  });

  const redirectUri = () => emulator.runtimeConfig('http://localhost:5173').redirectUri;
  const authorizeUrl = () =>
    `${emulator.urls.domain}/oauth2/authorize?${new URLSearchParams({
      response_type: 'code',
      client_id: ClientId(),
      redirect_uri: redirectUri(),
      scope: 'openid email',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })}`;
  const token = (form: Record<string, string>) =>
    fetch(`${emulator.urls.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: ClientId(), ...form }),
    });
  const redeem = (code: string) =>
    token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      code_verifier: verifier,
    });
  const codeOf = (location: string | null) => new URL(location!).searchParams.get('code');
  // The product's client rotates refresh tokens: its JSON-API refresh (issue 15).
  const jsonRefresh = (RefreshToken: string) =>
    sdk.send(new GetTokensFromRefreshTokenCommand({ ClientId: ClientId(), RefreshToken }));

  /** A signed-in account: a hosted session, its refresh token, an unredeemed code, a JSON one. */
  async function signedInEverywhere() {
    const email = `changed${(users += 1)}@example.com`;
    await emulator.pool.createUser({ email, password });
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const signedIn = await browser.signIn(authorizeUrl(), email, password);
    expect(signedIn.status).toBe(302);
    const tokens = (await (await redeem(codeOf(signedIn.location)!)).json()) as {
      refresh_token: string;
    };
    const again = await browser.request(authorizeUrl()); // the cookie answers at once
    const pendingCode = codeOf(again.location);
    expect(pendingCode).toBeTruthy();
    const api = await sdk.send(
      new InitiateAuthCommand({
        ClientId: ClientId(),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    return {
      email,
      browser,
      hostedRefresh: tokens.refresh_token,
      pendingCode: pendingCode!,
      apiRefresh: api.AuthenticationResult!.RefreshToken!,
    };
  }

  const changes: [string, (email: string) => Promise<unknown>][] = [
    [
      'ConfirmForgotPassword (JSON API)',
      async (email) => {
        await sdk.send(new ForgotPasswordCommand({ ClientId: ClientId(), Username: email }));
        await sdk.send(
          new ConfirmForgotPasswordCommand({
            ClientId: ClientId(),
            Username: email,
            ConfirmationCode: emulator.pool.mailbox.latest(email)!.code!,
            Password: newPassword,
          }),
        );
      },
    ],
    [
      'the hosted reset pages (in another browser)',
      async (email) => {
        const other = new HostedUiBrowser(emulator.urls.domain);
        const query = new URL(authorizeUrl()).search;
        const forgot = await other.request(`/forgotPassword${query}`);
        const sent = await other.submit(forgot, { username: email }, 'forgotPasswordForm');
        const confirm = await other.request(sent.location!);
        const done = await other.submit(
          confirm,
          {
            code: emulator.pool.mailbox.latest(email)!.code!,
            password: newPassword,
            confirmPassword: newPassword,
          },
          'confirmForgotPasswordForm',
        );
        expect(done.status).toBe(302);
        expect(new URL(done.location!, emulator.urls.domain).pathname).toBe('/login');
      },
    ],
    [
      'AdminSetUserPassword Permanent: true',
      (email) =>
        sdk.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: UserPoolId(),
            Username: email,
            Password: newPassword,
            Permanent: true,
          }),
        ),
    ],
    [
      'AdminSetUserPassword Permanent: false, then the forced change',
      async (email) => {
        await sdk.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: UserPoolId(),
            Username: email,
            Password: 'Temp-Pass-5',
            Permanent: false,
          }),
        );
        // The user is CONFIRMED again afterwards: only revocation keeps the old sessions dead.
        const answer = await challengeFor(email, 'Temp-Pass-5');
        const done = await answer(newPassword);
        expect(done.AuthenticationResult?.RefreshToken).toBeTruthy();
      },
    ],
  ];

  it.each(changes)('after %s', async (_name, change) => {
    const account = await signedInEverywhere();
    await change(account.email);

    const authorize = await account.browser.request(authorizeUrl());
    expect(authorize.status).toBe(302);
    expect(new URL(authorize.location!, emulator.urls.domain).pathname).toBe('/login');
    const hosted = await token({
      grant_type: 'refresh_token',
      refresh_token: account.hostedRefresh,
    });
    expect(hosted.status).toBe(400);
    expect(await hosted.json()).toMatchObject({ error: 'invalid_grant' });
    const code = await redeem(account.pendingCode);
    expect(code.status).toBe(400);
    expect(await code.json()).toMatchObject({ error: 'invalid_grant' });
    await expect(jsonRefresh(account.apiRefresh)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Refresh Token has been revoked',
    });
  });

  /** A user with a temporary password and a NEW_PASSWORD_REQUIRED session on the JSON API. */
  async function pendingChallenge(temporary: string) {
    const email = `temporary${(users += 1)}@example.com`;
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: UserPoolId(),
        Username: email,
        TemporaryPassword: temporary,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
      }),
    );
    return { email, answer: await challengeFor(email, temporary) };
  }

  /** Signs in with a temporary password on the JSON API; answers its NEW_PASSWORD_REQUIRED. */
  async function challengeFor(email: string, temporary: string) {
    const started = await sdk.send(
      new InitiateAuthCommand({
        ClientId: ClientId(),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: temporary },
      }),
    );
    expect(started.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    return (NEW_PASSWORD: string) =>
      sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: ClientId(),
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: started.Session,
          ChallengeResponses: {
            USERNAME: started.ChallengeParameters!.USER_ID_FOR_SRP!,
            NEW_PASSWORD,
          },
        }),
      );
  }

  it('after the forced change in another browser, a pending challenge is refused', async () => {
    const { email, answer } = await pendingChallenge('Temp-Pass-1');
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const signedIn = await browser.signIn(authorizeUrl(), email, 'Temp-Pass-1');
    const form = await browser.request(signedIn.location!);
    expect(form.status).toBe(200);
    const done = await browser.submit(form, {
      newPassword,
      confirmNewPassword: newPassword,
    });
    expect(codeOf(done.location)).toBeTruthy();
    await expect(answer('Attacker-Pass-9')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('after a new temporary password (AdminCreateUser RESEND), the old challenge is refused', async () => {
    const { email, answer } = await pendingChallenge('Temp-Pass-1');
    await sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: UserPoolId(),
        Username: email,
        TemporaryPassword: 'Temp-Pass-2',
        MessageAction: 'RESEND',
      }),
    );
    await expect(answer('Attacker-Pass-9')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('lets only one of two parallel answers to one challenge Session sign in', async () => {
    const { answer } = await pendingChallenge('Temp-Pass-1');
    const answers = await Promise.allSettled([answer('First-Pass-7'), answer('Second-Pass-8')]);
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(answers.find((a) => a.status === 'rejected')).toMatchObject({
      reason: { name: 'NotAuthorizedException' },
    });
  });
});
