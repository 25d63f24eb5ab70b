// The hosted pages' languages over real HTTP (cognito-extensions §6.2): `lang` on
// /oauth2/authorize and on every page, remembered in the `lang` cookie, carried by every link and
// form; Korean and English written, the other managed-login values and anything else in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { englishLeftIn, htmlLangOf, langCookieOf } from './hosted-language-checks';
import { startCognito } from './start-test-emulator';

let emulator: Emulator;
let query: URLSearchParams;

beforeAll(async () => {
  emulator = await startCognito();
  query = new URLSearchParams({
    response_type: 'code',
    client_id: emulator.clientId,
    redirect_uri: emulator.runtimeConfig('http://localhost:5173', '/app/').redirectUri,
    scope: 'openid email profile',
    state: 'lang-state',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  });
});
afterAll(() => emulator.close());

const newBrowser = () => new HostedUiBrowser(emulator.urls.domain);
const withLang = (lang: string) => `${query}&lang=${encodeURIComponent(lang)}`;
const paramsOf = (res: BrowserResponse) =>
  new URL(res.location!, emulator.urls.domain).searchParams;

describe('hosted pages in Korean', () => {
  it('authorize with lang=ko sets the cookie and sends the browser to a Korean sign-in page', async () => {
    const browser = newBrowser();
    const authorize = await browser.request(`/oauth2/authorize?${withLang('ko')}`);
    expect(authorize.status).toBe(302);
    expect(langCookieOf(authorize)).toBe(
      'lang=ko; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000',
    );
    expect(paramsOf(authorize).get('lang')).toBe('ko');
    const login = await browser.request(authorize.location!);
    expect(htmlLangOf(login)).toBe('ko');
    expect(login.body).toContain('<title>로그인</title>');
    expect(login.body).toContain('<h1>이메일과 비밀번호로 로그인</h1>');
    expect(login.body).toContain('<label for="signInFormUsername">이메일</label>');
    expect(login.body).toContain('<label for="signInFormPassword">비밀번호</label>');
    expect(login.body).toContain('value="로그인"');
    expect(login.body).toContain('비밀번호를 잊으셨나요?</a>');
    expect(login.body).toContain('계정이 없으신가요?');
    expect(login.body).toContain('aria-label="다른 옵션"');
    // Every link and the form's action keep the language.
    const hrefs = [...login.body.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(href.replace(/&amp;/g, '&')).toContain('lang=ko');
    expect(englishLeftIn(login)).toEqual([]);
  });

  it('keeps Korean from sign-up to the confirm page by the cookie alone, and shows form errors in Korean', async () => {
    const browser = newBrowser();
    await browser.request(`/oauth2/authorize?${withLang('ko')}`);
    // No `lang` in the URL: the cookie speaks.
    const signup = await browser.request(`/signup?${query}`);
    expect(htmlLangOf(signup)).toBe('ko');
    expect(signup.body).toContain('<h1>새 계정으로 가입</h1>');
    expect(signup.body).toContain('<label for="signUpFormPassword">비밀번호</label>');
    expect(signup.body).toContain('<label for="signUpFormConfirmPassword">비밀번호 확인</label>');
    expect(signup.body).toContain('8자 이상으로 입력하세요.');
    expect(signup.body).toMatch(/<button type="submit" name="signUpButton">\s*가입\s*<\/button>/);
    expect(englishLeftIn(signup)).toEqual([]);
    const email = 'hangul@example.com';
    const differ = await browser.submit(signup, {
      username: email,
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-2',
    });
    expect(differ.status).toBe(400);
    expect(differ.body).toContain('비밀번호가 일치하지 않습니다.');
    const weak = await browser.submit(signup, {
      username: email,
      password: 'short1',
      confirmPassword: 'short1',
    });
    expect(weak.body).toContain('비밀번호가 정책을 충족하지 않습니다: 비밀번호가 너무 짧습니다.');
    expect(weak.body).not.toContain('Password did not conform');
    const created = await browser.submit(signup, {
      username: email,
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-1',
    });
    expect(created.status).toBe(302);
    expect(paramsOf(created).get('lang')).toBe('ko');
    const confirm = await browser.request(created.location!);
    expect(htmlLangOf(confirm)).toBe('ko');
    expect(confirm.body).toContain('<h1>계정 확인</h1>');
    expect(confirm.body).toContain('이메일로 6자리 코드를 보냈습니다.');
    expect(confirm.body).toContain('<label for="confirmationCode">인증 코드</label>');
    expect(confirm.body).toContain('새 코드 보내기');
    expect(englishLeftIn(confirm)).toEqual([]);
    const code = emulator.pool.mailbox.latest(email)?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    const wrong = await browser.submit(
      confirm,
      { confirmation_code: code === '000000' ? '111111' : '000000' },
      'confirmUserForm',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('인증 코드가 올바르지 않습니다. 다시 시도하세요.');
    const done = await browser.submit(confirm, { confirmation_code: code }, 'confirmUserForm');
    expect(done.status).toBe(302);
    expect(paramsOf(done).get('state')).toBe('lang-state');
    // The app's callback gets the Cognito parameters only.
    expect(paramsOf(done).has('lang')).toBe(false);
  });

  it('shows a wrong password in Korean, and the error page in Korean', async () => {
    await emulator.pool.createUser({ email: 'known-ko@example.com', password: 'Known-Pass-1' });
    const browser = newBrowser();
    const wrong = await browser.signIn(
      `/oauth2/authorize?${withLang('ko')}`,
      'known-ko@example.com',
      'Wrong-Pass-1',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('사용자 이름 또는 비밀번호가 올바르지 않습니다.');
    const empty = await browser.submit(wrong, { username: '', password: '' }, 'cognitoSignInForm');
    expect(empty.body).toContain('이메일과 비밀번호를 입력하세요.');
    const error = await browser.request('/error?error=access_denied&lang=ko');
    expect(htmlLangOf(error)).toBe('ko');
    expect(error.body).toContain('<h1>요청한 페이지에서 오류가 발생했습니다.</h1>');
    expect(error.body).toContain('애플리케이션으로 돌아가서 다시 시도하세요.');
    const mismatch = await browser.request(
      `/oauth2/authorize?${withLang('ko').replace(/redirect_uri=[^&]+/, 'redirect_uri=https%3A%2F%2Fevil.example')}`,
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toContain('<strong>redirect_mismatch</strong>');
    expect(mismatch.body).toContain('콜백 URL과 정확히 일치하지 않습니다');
    const forged = await browser.submit(wrong, { _csrf: 'forged' }, 'cognitoSignInForm');
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('이 양식이 만료되었거나 다른 사이트에서 전송되었습니다.');
  });

  it('lets a later ?lang= win over the cookie', async () => {
    const browser = newBrowser();
    await browser.request(`/login?${withLang('ko')}`);
    const english = await browser.request(`/login?${withLang('en')}`);
    expect(htmlLangOf(english)).toBe('en');
    expect(english.body).toContain('<h1>Sign in with your email and password</h1>');
    expect(browser.cookies.get('lang')).toBe('en');
  });
});

describe('hosted pages in English: the default and the fallback', () => {
  it('is English with no lang anywhere, sets no cookie and adds nothing to the links', async () => {
    const authorize = await newBrowser().request(`/oauth2/authorize?${query}`);
    expect(langCookieOf(authorize)).toBeUndefined();
    expect(paramsOf(authorize).has('lang')).toBe(false);
    const login = await newBrowser().request(authorize.location!);
    expect(htmlLangOf(login)).toBe('en');
    expect(login.body).toContain('<label for="signInFormPassword">Password</label>');
    expect(login.body).not.toMatch(/[?;]lang=/);
  });

  it.each([
    ['an unknown value', 'xx'],
    ['a wrong case', 'KO'],
    ['a region managed login does not list', 'ko-KR'],
    ['an empty value', ''],
    ['markup', '<script>alert(1)</script>'],
    ['a quote breaking out of an attribute', '"><img src=x onerror=alert(1)>'],
    ['10 KB', 'k'.repeat(10 * 1024)],
  ])('falls back to English for %s, and remembers en', async (_what, lang) => {
    const browser = newBrowser();
    const authorize = await browser.request(`/oauth2/authorize?${withLang(lang)}`);
    expect(authorize.status).toBe(302);
    expect(langCookieOf(authorize)).toMatch(/^lang=en; /);
    expect(paramsOf(authorize).get('lang')).toBe('en');
    const login = await browser.request(`/login?${withLang(lang)}`);
    expect(login.status).toBe(200);
    expect(htmlLangOf(login)).toBe('en');
    expect(login.body).toContain('<h1>Sign in with your email and password</h1>');
    if (lang.length > 2) expect(login.body).not.toContain(lang);
    expect(login.body).not.toContain('<script');
  });

  it('falls back to English for a repeated lang', async () => {
    const login = await newBrowser().request(`/login?${query}&lang=ko&lang=ko`);
    expect(htmlLangOf(login)).toBe('en');
  });

  it('ignores a lang cookie that is not a managed-login value', async () => {
    const browser = newBrowser();
    browser.cookies.set('lang', '<script>');
    const login = await browser.request(`/login?${query}`);
    expect(htmlLangOf(login)).toBe('en');
    expect(login.body).not.toMatch(/[?;]lang=/);
    expect(login.body).not.toContain('<script>');
  });

  it.each(['ja', 'pt-BR', 'zh-TW'])(
    'accepts %s, remembers and carries it, and shows English',
    async (lang) => {
      const browser = newBrowser();
      const authorize = await browser.request(`/oauth2/authorize?${withLang(lang)}`);
      expect(langCookieOf(authorize)).toMatch(new RegExp(`^lang=${lang}; `));
      expect(paramsOf(authorize).get('lang')).toBe(lang);
      const login = await browser.request(authorize.location!);
      expect(htmlLangOf(login)).toBe('en');
      expect(login.body).toContain('<label for="signInFormPassword">Password</label>');
    },
  );
});
