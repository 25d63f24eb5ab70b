// The hosted pages follow the pool they serve (over real HTTP): what they ask for (email, phone
// number, username and aliases), the sign-up page's required attributes, admin-only and
// no-auto-verify pools; and a user of a pool created through the API, with free-form usernames
// and its own app client, signs in and up through the hosted UI and gets a code at that
// client's own callback.
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createConfirmedUser, createPoolWithClient, type PoolSettings } from './created-pool';

let h: CognitoSdkHarness;
const password = 'Hosted-pass-1';
const callback = 'http://localhost:4100/done';
const verifier = 'w'.repeat(43);

beforeAll(async () => {
  h = await startCognitoSdk();
});
afterAll(() => h.close());

/** A pool created through the API and its own web client with its own callback URL. */
async function webPool(settings: PoolSettings) {
  const ids = await createPoolWithClient(h.sdk, settings, {
    CallbackURLs: [callback],
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email', 'profile'],
    AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO'],
  });
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: ids.clientId,
    redirect_uri: callback,
    scope: 'openid email profile',
    state: 'st4te',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  return { ...ids, query };
}

/** The `<input>` tag of a named field on a page. */
function input(page: BrowserResponse, name: string): string {
  const tag = [...page.body.matchAll(/<input\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${name}"`));
  if (!tag) throw new Error(`no input ${name} on the page`);
  return tag;
}

/** The label text of the input with this id. */
const label = (page: BrowserResponse, id: string) =>
  new RegExp(`<label for="${id}">([^<]*)</label>`).exec(page.body)?.[1];

/** Follows a redirect to the callback and redeems the code; returns the ID token's claims. */
async function redeem(ids: { poolId: string; clientId: string }, res: BrowserResponse) {
  expect(res.status).toBe(302);
  const back = new URL(res.location!);
  expect(back.origin + back.pathname).toBe(callback);
  expect(back.searchParams.get('state')).toBe('st4te');
  const code = back.searchParams.get('code')!;
  const grant = { grant_type: 'authorization_code', code, code_verifier: verifier };
  const tokenRes = await new HostedUiBrowser(h.emulator.urls.domain).request('/oauth2/token', {
    form: { ...grant, client_id: ids.clientId, redirect_uri: callback },
  });
  expect(tokenRes.status).toBe(200);
  const { id_token } = JSON.parse(tokenRes.body) as { id_token: string };
  const issuer = `${h.emulator.urls.domain}/${ids.poolId}`;
  const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
  return (await jwtVerify(id_token, jwks, { issuer, audience: ids.clientId })).payload;
}

describe('hosted pages of a free-form pool created through the API', () => {
  let ids: Awaited<ReturnType<typeof webPool>>;
  beforeAll(async () => {
    ids = await webPool({
      AliasAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Schema: [
        { Name: 'email', Required: true, Mutable: true },
        { Name: 'given_name', Required: true, Mutable: true },
      ],
    });
  });

  it('asks for a username (and the email alias on sign-in), and for the required attributes', async () => {
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const login = await browser.request(`/login?${ids.query}`);
    expect(login.body).toContain('Sign in with your username or email and password');
    expect(label(login, 'signInFormUsername')).toBe('Username or email');
    expect(input(login, 'username')).toMatch(/type="text"[\s\S]*autocomplete="username"/);
    const signup = await browser.request(`/signup?${ids.query}`);
    expect(label(signup, 'signUpFormUsername')).toBe('Username');
    expect(input(signup, 'requiredAttributes[email]')).toMatch(
      /type="email"[\s\S]*autocomplete="email"/,
    );
    expect(input(signup, 'requiredAttributes[given_name]')).toContain('autocomplete="given-name"');
    const forgot = await browser.request(`/forgotPassword?${ids.query}`);
    expect(label(forgot, 'forgotPasswordUsername')).toBe('Username or email');
    expect(forgot.body).toContain('Enter your username or email below');
  });

  it('signs an admin-created user in by username and sends the code to the client’s own callback', async () => {
    await createConfirmedUser(h.sdk, ids.poolId, {
      username: 'admin-made',
      password,
      attributes: { email: 'admin-made@example.com', given_name: 'Ada' },
    });
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const done = await browser.signIn(`/oauth2/authorize?${ids.query}`, 'admin-made', password);
    const claims = await redeem(ids, done);
    expect(claims['cognito:username']).toBe('admin-made');
    expect(claims.sub).not.toBe('admin-made');
  });

  it('signs up with the required attributes, confirms by the mailed code, then signs in by email', async () => {
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const signup = await browser.request(`/signup?${ids.query}`);
    const missing = await browser.submit(signup, {
      username: 'webby',
      'requiredAttributes[email]': 'webby@example.com',
      password,
      confirmPassword: password,
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain(
      'Attributes did not conform to the schema: given_name: The attribute is required',
    );
    // The form comes back with what was typed.
    expect(input(missing, 'requiredAttributes[email]')).toContain('value="webby@example.com"');
    const created = await browser.submit(missing, {
      'requiredAttributes[given_name]': 'Webster',
      password,
      confirmPassword: password,
    });
    expect(created.status).toBe(302);
    const confirmUrl = new URL(created.location!, h.emulator.urls.domain);
    expect(confirmUrl.pathname).toBe('/confirmUser');
    expect(confirmUrl.searchParams.get('username')).toBe('webby');
    const confirm = await browser.request(created.location!);
    const code = h.emulator.pool.mailbox.latest('webby@example.com')!.code!;
    const claims = await redeem(ids, await browser.submit(confirm, { confirmation_code: code }));
    expect(claims).toMatchObject({
      'cognito:username': 'webby',
      given_name: 'Webster',
      email: 'webby@example.com',
      email_verified: true,
    });
    const other = new HostedUiBrowser(h.emulator.urls.domain);
    const byEmail = await other.signIn(
      `/oauth2/authorize?${ids.query}`,
      'webby@example.com',
      password,
    );
    expect((await redeem(ids, byEmail))['cognito:username']).toBe('webby');
  });
  it.each([
    ['an overlong username', { username: 'u'.repeat(300) }, 'failed to satisfy constraint'],
    ['a username with spaces', { username: 'two words' }, 'failed to satisfy constraint'],
    ['an email-shaped username', { username: 'e@example.com' }, 'cannot be of email format'],
    [
      'a malformed email',
      { 'requiredAttributes[email]': '<b>x</b>' },
      'Invalid email address format.',
    ],
  ])('shows the form again for %s', async (_what, values, message) => {
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const signup = await browser.request(`/signup?${ids.query}`);
    const refused = await browser.submit(signup, {
      username: 'fine',
      'requiredAttributes[email]': 'fine@example.com',
      'requiredAttributes[given_name]': 'Fine',
      password,
      confirmPassword: password,
      ...values,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(message);
    expect(refused.body).not.toContain('<b>x</b>');
  });
});

describe('hosted pages of other kinds of pool', () => {
  it('asks a phone-number pool for a phone number, and sends its code by (mailbox) SMS', async () => {
    const ids = await webPool({
      UsernameAttributes: ['phone_number'],
      AutoVerifiedAttributes: ['phone_number'],
    });
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const login = await browser.request(`/login?${ids.query}`);
    expect(label(login, 'signInFormUsername')).toBe('Phone number');
    expect(input(login, 'username')).toMatch(/type="tel"[\s\S]*autocomplete="username"/);
    const signup = await browser.request(`/signup?${ids.query}`);
    expect(input(signup, 'username')).toMatch(/type="tel"[\s\S]*autocomplete="tel"/);
    const created = await browser.submit(signup, {
      username: '+15555550177',
      password,
      confirmPassword: password,
    });
    const confirm = await browser.request(created.location!);
    expect(confirm.body).toContain('by SMS to your phone');
    // Signing in before confirming sends a new code the same way.
    const early = await new HostedUiBrowser(h.emulator.urls.domain).signIn(
      `/oauth2/authorize?${ids.query}`,
      '+15555550177',
      password,
    );
    const notice = new URL(early.location!, h.emulator.urls.domain).searchParams.get('notice');
    expect(notice).toBe('sentSms');
    const sms = h.emulator.pool.mailbox.latest('+15555550177')!;
    const claims = await redeem(
      ids,
      await browser.submit(confirm, { confirmation_code: sms.code! }),
    );
    expect(claims).toMatchObject({ phone_number: '+15555550177', phone_number_verified: true });
  });

  it('offers no sign-up where only admins create users, and refuses a posted one', async () => {
    const ids = await webPool({ AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const login = await browser.request(`/login?${ids.query}`);
    expect(login.body).not.toContain('/signup?');
    const signup = await browser.request(`/signup?${ids.query}`);
    const refused = await browser.submit(signup, {
      username: 'sneaky',
      password,
      confirmPassword: password,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('SignUp is not permitted for this user pool');
  });

  it('leaves a sign-up in a pool that auto-verifies nothing to an administrator', async () => {
    const ids = await webPool({});
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const signup = await browser.request(`/signup?${ids.query}`);
    const created = await browser.submit(signup, {
      username: 'waiting',
      password,
      confirmPassword: password,
    });
    expect(new URL(created.location!, h.emulator.urls.domain).searchParams.get('notice')).toBe(
      'adminConfirm',
    );
    const login = await browser.request(created.location!);
    expect(login.body).toContain('An administrator must confirm it');
    const refused = await browser.submit(login, { username: 'waiting', password });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('User is not confirmed.');
  });

  it('keeps the product pool’s email fields as they were', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: h.emulator.clientId,
      redirect_uri: h.emulator.runtimeConfig('http://localhost:5173', '/').redirectUri,
      scope: 'openid email profile',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const login = await browser.request(`/login?${query}`);
    expect(login.body).toContain('Sign in with your email and password');
    expect(label(login, 'signInFormUsername')).toBe('Email');
    expect(input(login, 'username')).toMatch(/type="email"[\s\S]*autocomplete="username"/);
    const signup = await browser.request(`/signup?${query}`);
    expect(input(signup, 'username')).toMatch(/type="email"[\s\S]*autocomplete="email"/);
    expect(signup.body).not.toContain('requiredAttributes[');
  });
});
