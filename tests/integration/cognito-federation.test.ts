// Federated sign-in through the local test IdP as provider "Google", over real HTTP
// (cognito-extensions §7.3-7.4): the round trip lands in the app with a code, the user is
// `Google_<sub>` with a new sub, EXTERNAL_PROVIDER, in the provider's group, with `identities`
// in the ID token only; a second sign-in is the same user with attributes re-mapped.
import {
  AdminGetUserCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { findForm, HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import {
  appRedirectUri,
  federatedAuthorizeUrl,
  federatedSignIn,
  reachIdpPage,
} from './federated-sign-in';
import { cognitoSdk, startCognito } from './start-test-emulator';

describe('federated sign-in through the local test IdP', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  const clock = createManualClock(Date.now());

  beforeAll(async () => {
    emulator = await startCognito({ clock });
    sdk = cognitoSdk(emulator);
  });
  afterAll(async () => {
    sdk.destroy();
    await emulator.close();
  });

  it('lands in the app with a code whose ID token carries identities, the email and the group', async () => {
    const person = { email: 'fed@example.com', name: 'Fed One', subject: '1000001' };
    const { callback, id, access } = await federatedSignIn(emulator, person);
    expect(callback.origin + callback.pathname).toBe(appRedirectUri(emulator));
    expect(callback.searchParams.get('state')).toBe('st');
    const group = `${emulator.userPoolId}_Google`;
    expect(id).toMatchObject({
      'cognito:username': 'Google_1000001',
      email: 'fed@example.com',
      email_verified: true,
      name: 'Fed One',
      'cognito:groups': [group],
      identities: [
        {
          userId: '1000001',
          providerName: 'Google',
          providerType: 'Google',
          issuer: null,
          primary: 'true',
          dateCreated: String(clock.now()),
        },
      ],
    });
    expect(id.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(id.sub).not.toBe('1000001');
    expect(access).not.toHaveProperty('identities');
    expect(access).toMatchObject({ username: 'Google_1000001', 'cognito:groups': [group] });
  });

  it('reuses the same user on a second sign-in and re-maps the attributes', async () => {
    const first = await federatedSignIn(emulator, {
      email: 'two@example.com',
      name: 'Before',
      subject: 'same-2',
    });
    clock.advance(60_000);
    const second = await federatedSignIn(emulator, {
      email: 'two.new@example.com',
      name: 'After',
      subject: 'same-2',
    });
    expect(second.id.sub).toBe(first.id.sub);
    expect(second.id).toMatchObject({ email: 'two.new@example.com', name: 'After' });
    const user = await sdk.send(
      new AdminGetUserCommand({ UserPoolId: emulator.userPoolId, Username: 'Google_same-2' }),
    );
    expect(user.UserStatus).toBe('EXTERNAL_PROVIDER');
    const attributes = Object.fromEntries(user.UserAttributes!.map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({
      email: 'two.new@example.com',
      name: 'After',
      sub: first.id.sub,
    });
    expect(JSON.parse(attributes['identities']!)).toEqual([
      expect.objectContaining({ userId: 'same-2', providerName: 'Google', primary: 'true' }),
    ]);
  });

  it('lists federated users as EXTERNAL_PROVIDER with their identities', async () => {
    await federatedSignIn(emulator, { email: 'listed@example.com', subject: 'listed-3' });
    const listed = await sdk.send(
      new ListUsersCommand({
        UserPoolId: emulator.userPoolId,
        Filter: 'email = "listed@example.com"',
      }),
    );
    expect(listed.Users).toHaveLength(1);
    expect(listed.Users![0]).toMatchObject({
      Username: 'Google_listed-3',
      UserStatus: 'EXTERNAL_PROVIDER',
    });
    expect(listed.Users![0]!.Attributes!.map((a) => a.Name)).toContain('identities');
  });

  it('keeps a local user with the same email apart: two users, as without linking on AWS', async () => {
    await emulator.pool.createUser({ email: 'both@example.com', password: 'Correct-Horse-1' });
    const fed = await federatedSignIn(emulator, { email: 'both@example.com', subject: 'both-4' });
    const local = emulator.pool.getUser('both@example.com')!;
    expect(local.username).not.toBe('Google_both-4');
    expect(fed.id['cognito:username']).toBe('Google_both-4');
  });

  it('refuses password sign-in for a federated user', async () => {
    await federatedSignIn(emulator, { email: 'nopw@example.com', subject: 'nopw-5' });
    await expect(
      sdk.send(
        new InitiateAuthCommand({
          ClientId: emulator.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'Google_nopw-5', PASSWORD: 'anything-Aa1!' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});

describe('federated users and test identities across a restart', () => {
  it('keeps the user (same sub) and the IdP page keeps offering the identity', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fed-'));
    try {
      const person = { email: 'kept@example.com', name: 'Kept', subject: 'kept-1' };
      const first = await startCognito({ dataDir });
      const before = await federatedSignIn(first, person);
      await first.close();
      const second = await startCognito({ dataDir });
      try {
        const browser = new HostedUiBrowser(second.urls.domain);
        const { page } = await reachIdpPage(browser, federatedAuthorizeUrl(second).url);
        expect(findForm(page.body, 'pickIdentity0').fields['subject']).toBe('kept-1');
        const after = await federatedSignIn(second, person);
        expect(after.id.sub).toBe(before.id.sub);
        expect(second.pool.getUser('Google_kept-1')?.status).toBe('EXTERNAL_PROVIDER');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
