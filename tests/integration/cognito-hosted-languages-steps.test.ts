// The hosted pages after sign-in and sign-up, in Korean over real HTTP: forgot and reset
// password, the new-password page, the MFA code, choice and setup pages, and sign-out back to
// sign-in. Each page is Korean throughout (`<html lang="ko">`, no English sentence left).
import { createHash } from 'node:crypto';
import {
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createConfirmedUser, createPoolWithClient } from './created-pool';
import { englishLeftIn, htmlLangOf } from './hosted-language-checks';
import { mfaPassword, setUpTotp } from './mfa-flows';

const clock = createManualClock();
let h: CognitoSdkHarness;
let query: URLSearchParams;
const challenge = createHash('sha256').update('v'.repeat(43)).digest('base64url');
const pkce = { code_challenge: challenge, code_challenge_method: 'S256' };

beforeAll(async () => {
  h = await startCognitoSdk({ clock });
  query = new URLSearchParams({
    response_type: 'code',
    client_id: h.ClientId,
    redirect_uri: h.emulator.runtimeConfig('http://localhost:5173', '/app/').redirectUri,
    scope: 'openid email',
    state: 'ko-steps',
    ...pkce,
    lang: 'ko',
  });
});
afterAll(() => h?.close());

const pathOf = (res: BrowserResponse) => new URL(res.location!, h.emulator.urls.domain).pathname;

/** A page that is Korean throughout. */
function expectKorean(page: BrowserResponse, heading: string, allowed: readonly string[] = []) {
  expect(htmlLangOf(page)).toBe('ko');
  expect(page.body).toContain(`<h1>${heading}</h1>`);
  expect(englishLeftIn(page, allowed)).toEqual([]);
}

/** Signs in with the password in a new browser; returns it and the page it was sent to. */
async function passwordStep(email: string, password = mfaPassword, q = query) {
  const browser = new HostedUiBrowser(h.emulator.urls.domain);
  const after = await browser.signIn(`/oauth2/authorize?${q}`, email, password);
  expect(after.status).toBe(302);
  return { browser, after, page: await browser.request(after.location!) };
}

describe('the hosted steps in Korean', () => {
  it('resets a forgotten password in Korean', async () => {
    await h.emulator.pool.createUser({ email: 'forgot-ko@example.com', password: mfaPassword });
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const forgot = await browser.request(`/forgotPassword?${query}`);
    expectKorean(forgot, '비밀번호를 잊으셨나요?');
    expect(forgot.body).toContain('이메일을 입력하시면 비밀번호를 재설정할 코드를 보내 드립니다.');
    const empty = await browser.submit(forgot, { username: '' });
    expect(empty.body).toContain('이메일을 입력하세요.');
    const sent = await browser.submit(forgot, { username: 'forgot-ko@example.com' });
    const reset = await browser.request(sent.location!);
    expectKorean(reset, '비밀번호 재설정');
    expect(reset.body).toContain('<label for="newPassword">새 비밀번호</label>');
    const bad = await browser.submit(reset, { code: '12', password: 'x', confirmPassword: 'x' });
    expect(bad.body).toContain('이메일로 받은 6자리 코드를 입력하세요.');
    const done = await browser.submit(reset, {
      code: h.codeFor('forgot-ko@example.com'),
      password: 'Brand-New-Pass-2',
      confirmPassword: 'Brand-New-Pass-2',
    });
    expect(pathOf(done)).toBe('/login');
    expectKorean(await browser.request(done.location!), '이메일과 비밀번호로 로그인');
  });

  it('asks an invited user for a new password in Korean', async () => {
    await h.emulator.pool.adminCreateUser({
      email: 'invited-ko@example.com',
      temporaryPassword: 'Temp-Pass-1',
    });
    const { browser, after, page } = await passwordStep('invited-ko@example.com', 'Temp-Pass-1');
    expect(pathOf(after)).toBe('/forceChangePassword');
    expectKorean(page, '비밀번호 변경');
    const differ = await browser.submit(page, {
      newPassword: 'Perm-Pass-1',
      confirmNewPassword: 'Perm-Pass-2',
    });
    expect(differ.body).toContain('비밀번호가 일치하지 않습니다.');
  });

  it('asks for the authenticator code in Korean, and a wrong one in Korean', async () => {
    await h.emulator.pool.createUser({ email: 'app-ko@example.com', password: mfaPassword });
    const { accessToken } = await h.signIn('app-ko@example.com', mfaPassword);
    const secret = await setUpTotp(h.sdk, clock, accessToken);
    const { browser, page } = await passwordStep('app-ko@example.com');
    expectKorean(page, '2단계 인증');
    expect(page.body).toContain('<label for="mfaCode">인증 앱의 코드</label>');
    const right = totpCode(secret, clock.now());
    const wrong = await browser.submit(
      page,
      { code: right === '000000' ? '111111' : '000000' },
      'mfaCodeForm',
    );
    expect(wrong.status).toBe(400);
    expect(englishLeftIn(wrong)).toEqual([]);
    const short = await browser.submit(page, { code: '1' }, 'mfaCodeForm');
    expect(short.body).toContain('6자리 코드를 입력하세요.');
  });

  it('mails the email code and lets a user with both factors choose, in Korean', async () => {
    await h.emulator.pool.createUser({ email: 'both-ko@example.com', password: mfaPassword });
    const { accessToken } = await h.signIn('both-ko@example.com', mfaPassword);
    await setUpTotp(h.sdk, clock, accessToken);
    await h.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: accessToken,
        EmailMfaSettings: { Enabled: true },
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      }),
    );
    const { browser, page } = await passwordStep('both-ko@example.com');
    expectKorean(page, '인증 방법 선택');
    expect(page.body).toContain('<legend>인증 방법</legend>');
    const none = await browser.submit(page, { mfaType: 'SMS_MFA' }, 'selectMfaForm');
    expect(none.body).toContain('방법 중 하나를 선택하세요.');
    const chosen = await browser.submit(page, { mfaType: 'EMAIL_OTP' }, 'selectMfaForm');
    const code = await browser.request(chosen.location!);
    expectKorean(code, '2단계 인증');
    expect(code.body).toContain('주소로 보냈습니다.');
    const resent = await browser.submit(code, {}, 'mfaResendForm');
    const again = await browser.request(resent.location!);
    expect(again.body).toContain('이메일로 새 코드를 보냈습니다.');
  });

  it('shows the authenticator setup page in Korean', async () => {
    const callback = 'http://localhost:4100/done';
    const pool = await createPoolWithClient(
      h.sdk,
      {},
      {
        CallbackURLs: [callback],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      },
    );
    await h.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.poolId,
        MfaConfiguration: 'ON',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    await createConfirmedUser(h.sdk, pool.poolId, { username: 'setup-ko', password: mfaPassword });
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: pool.clientId,
      redirect_uri: callback,
      scope: 'openid',
      ...pkce,
      lang: 'ko',
    });
    const { browser, page } = await passwordStep('setup-ko', mfaPassword, q);
    expectKorean(page, '인증 앱 MFA 설정');
    expect(page.body).toContain('<title id="qr-code-title">인증 앱에 setup-ko 계정을 추가하는');
    // A free-form pool asks for the username.
    const wrong = await browser.submit(page, { code: 'abc' }, 'mfaSetupForm');
    expect(wrong.body).toContain('인증 앱에 표시된 6자리 코드를 입력하세요.');
    const login = await new HostedUiBrowser(h.emulator.urls.domain).request(`/login?${q}`);
    expect(login.body).toContain('<h1>사용자 이름과 비밀번호로 로그인</h1>');
  });

  it('signs out back to a Korean sign-in page, and shows logout errors in Korean', async () => {
    const browser = new HostedUiBrowser(h.emulator.urls.domain);
    const out = await browser.request(`/logout?${query}`);
    expect(pathOf(out)).toBe('/login');
    expectKorean(await browser.request(out.location!), '이메일과 비밀번호로 로그인');
    const refused = await browser.request('/logout?client_id=nope&lang=ko');
    expect(refused.status).toBe(400);
    expectKorean(refused, '요청한 페이지에서 오류가 발생했습니다.', ['invalid_client']);
    expect(refused.body).toContain('client_id가 이 사용자 풀의 앱 클라이언트가 아닙니다.');
  });
});
