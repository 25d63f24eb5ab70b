// Linking end to end, over real HTTP: a local email user with transactions; a federated sign-in
// through the local test IdP that is linked to it (by AdminLinkProviderForUser beforehand, or by
// a PreSignUp_ExternalProvider trigger calling it) gets the local user's username and sub, so
// the API shows it the same transactions. Without a link, the same email is a second user.
import {
  AdminLinkProviderForUserCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { federatedSignIn } from './federated-sign-in';
import {
  cognitoSdk,
  signInWithPassword,
  startTestEmulator,
  testAppOrigin,
} from './start-test-emulator';

const linkByEmail = fileURLToPath(new URL('./fixtures/triggers/link-by-email.ts', import.meta.url));

describe('account linking end to end', () => {
  let emulator: Emulator;
  let sdk: CognitoIdentityProviderClient;
  beforeAll(async () => {
    emulator = await startTestEmulator({ triggers: { PreSignUp: linkByEmail } });
    process.env['LINK_TRIGGER_ENDPOINT'] = emulator.urls.jsonApi;
    sdk = cognitoSdk(emulator);
  });
  afterAll(async () => {
    delete process.env['LINK_TRIGGER_ENDPOINT'];
    sdk.destroy();
    await emulator.close();
  });

  const api = (path: string, token: string, body?: object) =>
    fetch(`${emulator.urls.api}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        Origin: testAppOrigin,
        Authorization: token,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const descriptions = async (token: string) => {
    const res = await api('/transactions', token);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { description: string }[] }).items.map(
      (i) => i.description,
    );
  };
  /** A local user with one transaction; its ID token's claims. */
  const localUserWithCoffee = async (email: string) => {
    const { idToken } = await signInWithPassword(emulator, email);
    const created = await api('/transactions', idToken, {
      date: '2026-11-20',
      description: `Coffee of ${email}`,
      amount: -350,
      currency: 'EUR',
    });
    expect(created.status).toBe(201);
    return decodeJwt(idToken);
  };

  it('a linked Google sign-in is the local user: same username, sub and transactions', async () => {
    const local = await localUserWithCoffee('ann@example.com');
    await sdk.send(
      new AdminLinkProviderForUserCommand({
        UserPoolId: emulator.userPoolId,
        DestinationUser: {
          ProviderName: 'Cognito',
          ProviderAttributeValue: String(local['cognito:username']),
        },
        SourceUser: {
          ProviderName: 'Google',
          ProviderAttributeName: 'Cognito_Subject',
          ProviderAttributeValue: '3000001',
        },
      }),
    );
    // Another email at the IdP: the link is by identity, not by email.
    const { id, access, tokens } = await federatedSignIn(emulator, {
      email: 'ann.google@example.com',
      subject: '3000001',
    });
    expect(id['cognito:username']).toBe(local['cognito:username']);
    expect(id['sub']).toBe(local['sub']);
    expect(access['username']).toBe(local['cognito:username']);
    expect(id['identities']).toEqual([
      expect.objectContaining({ userId: '3000001', primary: 'false' }),
    ]);
    expect(await descriptions(tokens.id_token)).toEqual(['Coffee of ann@example.com']);
  });

  it('a PreSignUp_ExternalProvider trigger that links by email joins the local user', async () => {
    const local = await localUserWithCoffee('bo@example.com');
    const first = await federatedSignIn(emulator, { email: 'bo@example.com', subject: '3000002' });
    expect(first.id['cognito:username']).toBe(local['cognito:username']);
    expect(first.id['sub']).toBe(local['sub']);
    expect(await descriptions(first.tokens.id_token)).toEqual(['Coffee of bo@example.com']);
    expect(emulator.pool.getUser('Google_3000002')).toBeUndefined();
    // The next sign-in finds the link at once.
    const again = await federatedSignIn(emulator, { email: 'bo@example.com', subject: '3000002' });
    expect(again.id['sub']).toBe(local['sub']);
  });

  it('without a link the same email makes a second user with its own (empty) data', async () => {
    // The trigger links only to a local user whose email is verified: this one has no code yet.
    await sdk.send(
      new SignUpCommand({
        ClientId: emulator.clientId,
        Username: 'cy@example.com',
        Password: 'Correct-horse-9-battery',
      }),
    );
    const { id, tokens } = await federatedSignIn(emulator, {
      email: 'cy@example.com',
      subject: '3000003',
    });
    expect(id['cognito:username']).toBe('Google_3000003');
    expect(id['sub']).not.toBe(emulator.pool.getUser('cy@example.com')?.username);
    expect(await descriptions(tokens.id_token)).toEqual([]);
  });
});
