// The emulator's one clock reaches every part: Cognito's tokens, lockouts and hosted session, the
// mailbox, the gateway's authorizer (and its cache) and the API's routes. The clock starts years
// away from the wall clock, so any part left on wall time answers differently, over real HTTP.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import type { MailMessage } from '../../emulator/mailbox/mailbox';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { startTestEmulator, testAppOrigin as appOrigin } from './start-test-emulator';

const password = 'Correct-horse-9-battery';
const idTokenSeconds = 300;
// Far from today on purpose: a part that reads wall time would see tokens issued in the future.
const clock = createManualClock(Date.UTC(2031, 5, 1, 12, 0, 0));
let emulator: Emulator;

const iso = () => new Date(clock.now()).toISOString();
const uniqueEmail = (label: string) =>
  `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

/** Calls the pool's JSON API as the AWS SDK would; answers status and body. */
async function jsonApi(operation: string, body: Record<string, unknown>) {
  const response = await fetch(emulator.urls.jsonApi, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const initiateAuth = (email: string, pw: string) =>
  jsonApi('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: emulator.clientId,
    AuthParameters: { USERNAME: email, PASSWORD: pw },
  });

async function idTokenFor(email: string): Promise<string> {
  const answer = await initiateAuth(email, password);
  expect(answer.status).toBe(200);
  return (answer.body.AuthenticationResult as { IdToken: string }).IdToken;
}

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, number>;

const callApi = (path: string, token: string, body?: unknown) =>
  fetch(`${emulator.urls.api}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Origin: appOrigin,
      Authorization: token,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  emulator = await startTestEmulator({ tokenLifetimes: { idTokenSeconds }, clock });
});

afterAll(async () => {
  await emulator?.close();
});

describe('the emulator on one manual clock', () => {
  it('exposes the clock it was given', () => {
    expect(emulator.clock).toBe(clock);
  });

  it('has the gateway accept a token until its exp on the clock, and refuse it from then on (cache included)', async () => {
    const email = uniqueEmail('expiry');
    await emulator.pool.createUser({ email, password });
    const token = await idTokenFor(email);
    const issuedAt = Math.floor(clock.now() / 1000);
    expect(claimsOf(token)).toMatchObject({ iat: issuedAt, exp: issuedAt + idTokenSeconds });

    // The first call also puts the allow into the authorizer's cache.
    expect((await callApi('/transactions', token)).status).toBe(200);
    clock.advance(idTokenSeconds * 1000 - 1000);
    expect((await callApi('/transactions', token)).status).toBe(200);

    clock.advance(1000);
    const expired = await callApi('/transactions', token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ message: 'The incoming token has expired' });
  });

  it("stamps the API's timestamps with the clock's time", async () => {
    const email = uniqueEmail('stamps');
    await emulator.pool.createUser({ email, password });
    const created = await callApi('/transactions', await idTokenFor(email), {
      date: '2031-06-01',
      description: 'Coffee',
      amount: -350,
      currency: 'EUR',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ createdAt: iso(), updatedAt: iso() });
  });

  it("dates a mailbox message with the clock's time", async () => {
    const email = uniqueEmail('mail');
    const signUp = await jsonApi('SignUp', {
      ClientId: emulator.clientId,
      Username: email,
      Password: password,
      UserAttributes: [{ Name: 'email', Value: email }],
    });
    expect(signUp.status).toBe(200);
    const url = `${emulator.urls.mailboxJson}?to=${encodeURIComponent(email)}`;
    const messages = (await (await fetch(url)).json()) as MailMessage[];
    expect(messages).toHaveLength(1);
    expect(messages[0]!.sentAt).toBe(iso());
  });

  it('ends a lockout when the clock moves past it, not before', async () => {
    const email = uniqueEmail('lockout');
    await emulator.pool.createUser({ email, password });
    for (let i = 0; i < 5; i += 1) {
      expect((await initiateAuth(email, 'Wrong-password-1!')).body.message).toBe(
        'Incorrect username or password.',
      );
    }
    // The sixth failure locks for 1 s; the right password is refused while it lasts.
    expect((await initiateAuth(email, 'Wrong-password-1!')).body.message).toBe(
      'Password attempts exceeded',
    );
    clock.advance(999);
    expect((await initiateAuth(email, password)).body.message).toBe('Password attempts exceeded');
    clock.advance(1);
    expect((await initiateAuth(email, password)).status).toBe(200);
  });

  it('keeps the hosted session through GlobalSignOut for its hour on the clock', async () => {
    const email = uniqueEmail('session');
    await emulator.pool.createUser({ email, password });
    const verifier = 'dBjftJeZ4CVP-mJ92K9ubZ8nfZgIyDzF0zMv8Z1tK3q';
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: emulator.clientId,
      redirect_uri: `${appOrigin}/callback`,
      scope: 'openid email',
      state: 'st-1',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const authorize = `${emulator.urls.domain}/oauth2/authorize?${query}`;
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const signedIn = await browser.signIn(authorize, email, password);
    expect(signedIn.location).toMatch(/^http:\/\/localhost:5173\/callback\?code=/);
    const startedAt = clock.now();

    // GlobalSignOut revokes tokens but leaves the `cognito` cookie (cognito-behavior.md §3.1):
    // authorize answers at once with a code, without showing the sign-in form.
    const { AccessToken } = (await initiateAuth(email, password)).body.AuthenticationResult as {
      AccessToken: string;
    };
    expect((await jsonApi('GlobalSignOut', { AccessToken })).status).toBe(200);
    clock.advance(3600_000 - 1);
    const again = await browser.request(authorize);
    expect(again.status).toBe(302);
    expect(again.location).toMatch(/^http:\/\/localhost:5173\/callback\?code=/);

    clock.set(startedAt + 3600_000);
    const later = await browser.request(authorize);
    expect(later.status).toBe(302);
    expect(new URL(later.location!, emulator.urls.domain).pathname).toBe('/login');
  });
});
