// The product's triggers on the hosted pages, over real HTTP, with the whole offline stack
// (gateway, handler, DynamoDB Local): PreSignUp's refusal shown on the sign-up page and its
// auto-confirmation landing the user signed in; CustomMessage's mail in the mailbox;
// PostConfirmation's profile item read back through GET /profile ("Member since");
// PreTokenGeneration's claims in tokens from the token endpoint.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { HostedUiBrowser } from '../../emulator/cognito/testing/hosted-ui-browser';
import { redeemCode } from '../../emulator/cognito/testing/redeem-code';
import type { Emulator } from '../../emulator/create-emulator';
import { startTestEmulator, testAppOrigin } from './start-test-emulator';

// RFC 7636's example pair.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const password = 'Correct-horse-9-battery';
const clock = createManualClock(Date.UTC(2030, 0, 1));

let emulator: Emulator;
let query: URLSearchParams;
let redirectUri: string;

beforeAll(async () => {
  emulator = await startTestEmulator({
    clock,
    triggerEnvironment: {
      SIGNUP_ALLOWED_DOMAINS: 'example.com,corp.example',
      SIGNUP_AUTO_CONFIRM_DOMAINS: 'corp.example',
    },
  });
  redirectUri = emulator.runtimeConfig(testAppOrigin).redirectUri;
  query = new URLSearchParams({
    response_type: 'code',
    client_id: emulator.clientId,
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state: 'st',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
});
afterAll(() => emulator?.close());

async function signUpPage(email: string) {
  const browser = new HostedUiBrowser(emulator.urls.domain);
  const page = await browser.request(`/signup?${query}`);
  const answer = await browser.submit(page, {
    username: email,
    password,
    confirmPassword: password,
  });
  return { browser, answer };
}

async function redeem(callback: string): Promise<{ id_token: string; access_token: string }> {
  const code = new URL(callback).searchParams.get('code')!;
  const res = await redeemCode(emulator.urls.domain, {
    clientId: emulator.clientId,
    code,
    redirectUri,
    verifier,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { id_token: string; access_token: string };
}

const profileOf = (idToken: string) =>
  fetch(`${emulator.urls.api}/profile`, {
    headers: { Origin: testAppOrigin, Authorization: idToken },
  });

describe('the product triggers on the hosted pages', () => {
  it('shows the PreSignUp refusal on the sign-up page and creates nobody', async () => {
    const { answer } = await signUpPage('eve@evil.test');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(
      'PreSignUp failed with error Sign-ups are limited to approved email domains.',
    );
    expect(emulator.pool.getUser('eve@evil.test')).toBeUndefined();
  });

  it('lands an auto-confirmed sign-up on the app signed in, without a code, with a profile', async () => {
    const { answer } = await signUpPage('bob@corp.example');
    expect(answer.status).toBe(302);
    expect(answer.location!.startsWith(redirectUri)).toBe(true);
    expect(emulator.pool.mailbox.latest('bob@corp.example')).toBeUndefined();
    const tokens = await redeem(answer.location!);
    expect(decodeJwt(tokens.access_token)).toMatchObject({ email: 'bob@corp.example' });
    const profile = await profileOf(tokens.id_token);
    expect(profile.status).toBe(200);
    expect(await profile.json()).toEqual({
      createdAt: '2030-01-01T00:00:00.000Z',
      confirmedAt: '2030-01-01T00:00:00.000Z',
    });
  });

  it('mails the CustomMessage text, shown in the mailbox, and records the confirmation', async () => {
    const { browser, answer } = await signUpPage('ada@example.com');
    const confirm = await browser.request(answer.location!);
    const mailbox = await (
      await fetch(`${emulator.urls.mailbox}?to=${encodeURIComponent('ada@example.com')}`)
    ).text();
    expect(mailbox).toContain('Your Ledger verification code');
    expect(mailbox).toMatch(
      /<pre class="mail-body">Welcome to Ledger!\n\nYour verification code is \d{6}\n/,
    );
    clock.advance(60_000);
    const done = await browser.submit(
      confirm,
      { confirmation_code: emulator.pool.mailbox.latest('ada@example.com')!.code! },
      'confirmUserForm',
    );
    expect(done.status).toBe(302);
    const tokens = await redeem(done.location!);
    expect(await (await profileOf(tokens.id_token)).json()).toEqual({
      createdAt: '2030-01-01T00:01:00.000Z',
      confirmedAt: '2030-01-01T00:01:00.000Z',
    });

    // A password reset confirms again (PostConfirmation_ConfirmForgotPassword): only
    // confirmedAt moves, so "Member since" stays.
    clock.advance(86_400_000);
    const forgot = await browser.request(`/forgotPassword?${query}`);
    const sent = await browser.submit(forgot, { username: 'ada@example.com' });
    const reset = await browser.request(sent.location!);
    const mail = emulator.pool.mailbox.latest('ada@example.com')!;
    expect(mail.subject).toBe('Reset your Ledger password');
    const changed = await browser.submit(reset, {
      code: mail.code!,
      password: 'Another-horse-9-battery',
      confirmPassword: 'Another-horse-9-battery',
    });
    expect(changed.status).toBe(302);
    const again = await new HostedUiBrowser(emulator.urls.domain).signIn(
      `/oauth2/authorize?${query}`,
      'ada@example.com',
      'Another-horse-9-battery',
    );
    const fresh = await redeem(again.location!);
    expect(await (await profileOf(fresh.id_token)).json()).toEqual({
      createdAt: '2030-01-01T00:01:00.000Z',
      confirmedAt: '2030-01-02T00:01:00.000Z',
    });
  });

  it('answers 404 for an account that was never confirmed through a trigger (admin-created)', async () => {
    await emulator.pool.createUser({ email: 'seeded@example.com', password });
    const browser = new HostedUiBrowser(emulator.urls.domain);
    const signedIn = await browser.signIn(
      `/oauth2/authorize?${query}`,
      'seeded@example.com',
      password,
    );
    const tokens = await redeem(signedIn.location!);
    const res = await profileOf(tokens.id_token);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
