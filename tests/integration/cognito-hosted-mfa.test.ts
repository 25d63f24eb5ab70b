// The hosted pages' MFA step over real HTTP: after the password, the code page for an
// authenticator app or for email (with "send a new code"), the choice page for a user with
// both, and the setup page (secret as text and as an inline SVG QR code) when the pool requires
// MFA and the user has none. The same rules as the JSON API (emulator/cognito/mfa/).
import { createHash } from 'node:crypto';
import { SetUserMFAPreferenceCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { mfaPassword, mfaRequiredPool, setUpTotp } from './mfa-flows';

const clock = createManualClock();
let h: CognitoSdkHarness;
let query: URLSearchParams;
const verifier = 'v'.repeat(43);
const challenge = createHash('sha256').update(verifier).digest('base64url');

beforeAll(async () => {
  h = await startCognitoSdk({ clock });
  query = new URLSearchParams({
    response_type: 'code',
    client_id: h.ClientId,
    redirect_uri: h.emulator.runtimeConfig('http://localhost:5173', '/app/').redirectUri,
    scope: 'openid email',
    state: 'mfa-state',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
});
afterAll(() => h?.close());

const pathOf = (res: BrowserResponse) => new URL(res.location!, h.emulator.urls.domain).pathname;

/** Signs in with the password in a new browser; returns it and the MFA page it was sent to. */
async function passwordStep(email: string, q = query) {
  const browser = new HostedUiBrowser(h.emulator.urls.domain);
  const after = await browser.signIn(`/oauth2/authorize?${q}`, email, mfaPassword);
  expect(after.status).toBe(302);
  return { browser, after, page: await browser.request(after.location!) };
}

async function userWithTotp(email: string) {
  await h.emulator.pool.createUser({ email, password: mfaPassword });
  const { accessToken } = await h.signIn(email, mfaPassword);
  return { secret: await setUpTotp(h.sdk, clock, accessToken), accessToken };
}

describe('the hosted MFA code page', () => {
  it('asks an authenticator-app user for a code, refuses a wrong one and signs in with the right one', async () => {
    const { secret } = await userWithTotp('app@example.com');
    const { browser, after, page } = await passwordStep('app@example.com');
    expect(pathOf(after)).toBe('/mfa');
    expect(page.status).toBe(200);
    expect(page.body).toContain('authenticator app');
    expect(page.body).toMatch(/<input[^>]*name="code"[^>]*autocomplete="one-time-code"/);
    expect(page.body).not.toContain('Send a new code');

    const wrong = await browser.submit(
      page,
      { code: totpCode(secret, clock.now() + 120_000) },
      'mfaCodeForm',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Invalid code received for user');
    expect(wrong.body).toContain('aria-invalid="true"');
    const done = await browser.submit(
      wrong,
      { code: totpCode(secret, clock.now()) },
      'mfaCodeForm',
    );
    expect(done.status).toBe(302);
    const back = new URL(done.location!);
    expect(back.searchParams.get('state')).toBe('mfa-state');
    expect(back.searchParams.get('code')).toBeTruthy();
    expect(browser.cookies.has('cognito-mfa')).toBe(false);
    expect(browser.cookies.has('cognito')).toBe(true);
  });

  it('refuses a form without the CSRF token', async () => {
    await userWithTotp('csrf@example.com');
    const { browser, page } = await passwordStep('csrf@example.com');
    const refused = await browser.submit(page, { _csrf: 'forged', code: '123456' }, 'mfaCodeForm');
    expect(refused.status).toBe(403);
  });

  it('mails an email-MFA user a code, sends a new one on request and takes only the newest', async () => {
    await h.emulator.pool.createUser({ email: 'inbox@example.com', password: mfaPassword });
    const { accessToken } = await h.signIn('inbox@example.com', mfaPassword);
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const { browser, page } = await passwordStep('inbox@example.com');
    expect(page.body).toContain('i***@e***');
    const firstCode = h.codeFor('inbox@example.com');
    const resent = await browser.submit(page, {}, 'mfaResendForm');
    expect(pathOf(resent)).toBe('/mfa');
    const again = await browser.request(resent.location!);
    expect(again.body).toContain('We have sent a new code to your email.');
    const newCode = h.codeFor('inbox@example.com');
    if (newCode !== firstCode) {
      const old = await browser.submit(again, { code: firstCode }, 'mfaCodeForm');
      expect(old.status).toBe(400);
      expect(old.body).toContain('Invalid code received for user');
    }
    const done = await browser.submit(again, { code: newCode }, 'mfaCodeForm');
    expect(done.status).toBe(302);
    expect(new URL(done.location!).searchParams.get('state')).toBe('mfa-state');
  });

  it('stops "send a new code" at the codes quota (5 an hour), with a notice', async () => {
    await h.emulator.pool.createUser({ email: 'quota@example.com', password: mfaPassword });
    const { accessToken } = await h.signIn('quota@example.com', mfaPassword);
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const { browser, page } = await passwordStep('quota@example.com');
    const notices: (string | null)[] = [];
    for (let i = 0; i < 6; i += 1) {
      const resent = await browser.submit(page, {}, 'mfaResendForm');
      notices.push(new URL(resent.location!, h.emulator.urls.domain).searchParams.get('notice'));
    }
    expect(notices.at(-1)).toBe('limit');
    expect(notices.filter((n) => n === 'resent').length).toBeLessThanOrEqual(5);
  });

  it('sends the browser back to sign in once the 3 minutes are over', async () => {
    await userWithTotp('slow@example.com');
    const { browser, page } = await passwordStep('slow@example.com');
    clock.advance(181_000);
    const late = await browser.submit(page, { code: '123456' }, 'mfaCodeForm');
    expect(late.status).toBe(302);
    expect(pathOf(late)).toBe('/login');
    const login = await browser.request(late.location!);
    expect(login.body).toContain('Your sign-in took too long. Sign in again.');
  });
});

describe('the hosted MFA pages with bad input', () => {
  it.each(['/mfa', '/selectMfa', '/mfaSetup'])(
    'sends a browser without an MFA step from %s to the sign-in page',
    async (path) => {
      const browser = new HostedUiBrowser(h.emulator.urls.domain);
      const none = await browser.request(`${path}?${query}`);
      expect(none.status).toBe(302);
      expect(pathOf(none)).toBe('/login');
      browser.cookies.set('cognito-mfa', `AYABe${'x'.repeat(60)}`);
      const forged = await browser.request(`${path}?${query}`);
      expect(forged.location).toContain('notice=mfaExpired');
    },
  );

  it('refuses a code that is not 6 digits, a huge one, and "send again" for an app code', async () => {
    await userWithTotp('shapes@example.com');
    const { browser, page } = await passwordStep('shapes@example.com');
    for (const code of ['12345', 'abcdef', '1'.repeat(5000)]) {
      const refused = await browser.submit(page, { code }, 'mfaCodeForm');
      expect(refused.status).toBe(400);
      expect(refused.body).toContain('Enter the 6-digit code.');
    }
    const resend = await browser.request(`/mfa/resend?${query}`, {
      form: { _csrf: findCsrf(page) },
    });
    expect(pathOf(resend)).toBe('/login');
  });
});

/** The CSRF token of a page's first form. */
const findCsrf = (page: BrowserResponse) => /name="_csrf"\s+value="([^"]+)"/.exec(page.body)![1]!;

describe('the hosted MFA choice and setup pages', () => {
  it('lets a user with both factors choose the authenticator app', async () => {
    const { secret, accessToken } = await userWithTotp('choose@example.com');
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        EmailMfaSettings: { Enabled: true },
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    const { browser, after, page } = await passwordStep('choose@example.com');
    expect(pathOf(after)).toBe('/selectMfa');
    expect(page.body).toContain('<legend>Verification method</legend>');
    const bad = await browser.submit(page, { mfaType: 'SMS_MFA' }, 'selectMfaForm');
    expect(bad.status).toBe(400);
    const chosen = await browser.submit(page, { mfaType: 'SOFTWARE_TOKEN_MFA' }, 'selectMfaForm');
    expect(pathOf(chosen)).toBe('/mfa');
    const codePage = await browser.request(chosen.location!);
    const done = await browser.submit(
      codePage,
      { code: totpCode(secret, clock.now()) },
      'mfaCodeForm',
    );
    expect(done.status).toBe(302);
    expect(new URL(done.location!).searchParams.get('code')).toBeTruthy();
  });

  it('makes a user of an MFA ON pool set up an authenticator app from the QR code page', async () => {
    const q = await mfaRequiredPool(
      h.sdk,
      { username: 'newbie', password: mfaPassword },
      {
        state: 'setup',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      },
    );
    const { browser, after, page } = await passwordStep('newbie', q);
    expect(pathOf(after)).toBe('/mfaSetup');
    expect(page.body).toContain('<h1>Set up authenticator app MFA</h1>');
    expect(page.body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="qr-code-title"/);
    const secret = /<code id="totp-secret">([A-Z2-7]+)<\/code>/.exec(page.body)?.[1];
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A reload shows the same secret (the app may already hold it).
    const reload = await browser.request(after.location!);
    expect(reload.body).toContain(secret);
    const wrong = await browser.submit(
      reload,
      { code: totpCode(secret!, clock.now() + 150_000) },
      'mfaSetupForm',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Code mismatch and fail enable Software Token MFA');
    const done = await browser.submit(
      wrong,
      { code: totpCode(secret!, clock.now()), deviceName: 'Phone' },
      'mfaSetupForm',
    );
    expect(done.status).toBe(302);
    expect(new URL(done.location!).searchParams.get('state')).toBe('setup');
  });
});
