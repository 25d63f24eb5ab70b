// The hosted pages a person meets most, walked in Korean (`lang=ko` once, then the cookie and
// the links keep it) and scanned by axe with their form errors: sign-in, sign-up, confirm,
// forgot password, the new-password page and the error page.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppServer } from '../support/app-server';
import { waitForHostedSignIn } from '../support/hosted-ui';
import { createConfirmedUser, newTestUser, readCode } from '../support/users';
import type { AccessibilityReport } from './axe-scan';

/** Waits for the page's h1 and, when `alert` is given, an alert containing it. */
export async function showing(page: Page, heading: string | RegExp, alert?: string | RegExp) {
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  if (alert !== undefined) await page.getByRole('alert').filter({ hasText: alert }).waitFor();
}

/** Signs in on the Korean sign-in form showing. */
async function signInKo(page: Page, email: string, password: string) {
  await page.locator('#signInFormUsername').fill(email);
  await page.locator('#signInFormPassword').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
}

/**
 * Six scans, named `… (ko…)`, into `report`: each page with its error showing (the plain
 * pages are the same markup, scanned in English), kept few for CI's time.
 */
export async function scanHostedPagesInKorean(
  page: Page,
  app: AppServer,
  report: AccessibilityReport,
): Promise<void> {
  const known = await createConfirmedUser(app, 'a11y-hosted-ko');
  await page.goto(app.appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForHostedSignIn(page);
  const login = new URL(page.url());
  login.searchParams.set('lang', 'ko');
  await page.goto(login.toString());
  await showing(page, '이메일과 비밀번호로 로그인');
  expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  await signInKo(page, known.email, 'Wrong-password-1!');
  await showing(page, /로그인$/, '사용자 이름 또는 비밀번호가 올바르지 않습니다.');
  await report.scan(page, 'login (ko, wrong password)');

  // From here on the `lang` cookie and the links keep the pages Korean.
  await page.getByRole('link', { name: '가입' }).click();
  await showing(page, '새 계정으로 가입');
  const newcomer = newTestUser('a11y-signup-ko');
  await page.getByLabel('이메일').fill(newcomer.email);
  await page.getByLabel('비밀번호', { exact: true }).fill(newcomer.password);
  await page.getByLabel('비밀번호 확인').fill('Something-else-1!');
  await page.getByRole('button', { name: '가입' }).click();
  await showing(page, '새 계정으로 가입', '비밀번호가 일치하지 않습니다.');
  await report.scan(page, 'signup (ko, passwords differ)');
  await page.getByLabel('비밀번호', { exact: true }).fill(newcomer.password);
  await page.getByLabel('비밀번호 확인').fill(newcomer.password);
  await page.getByRole('button', { name: '가입' }).click();
  await showing(page, '계정 확인');
  const code = await readCode(app, newcomer.email);
  await page.getByLabel('인증 코드').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: '확인', exact: true }).click();
  await showing(page, '계정 확인', '인증 코드가 올바르지 않습니다.');
  await report.scan(page, 'confirmUser (ko, wrong code)');

  await page.goto(login.toString());
  await page.getByRole('link', { name: '비밀번호를 잊으셨나요?' }).click();
  await showing(page, '비밀번호를 잊으셨나요?');
  await page.getByRole('button', { name: '비밀번호 재설정' }).click();
  await showing(page, '비밀번호를 잊으셨나요?', '이메일을 입력하세요.');
  await report.scan(page, 'forgotPassword (ko, no email)');

  const invited = newTestUser('a11y-invited-ko');
  await app.emulator.pool.adminCreateUser({
    email: invited.email,
    temporaryPassword: 'Temp-pass-1!',
    suppressMessage: true,
  });
  await page.goto(login.toString());
  await signInKo(page, invited.email, 'Temp-pass-1!');
  await showing(page, '비밀번호 변경');
  await report.scan(page, 'forceChangePassword (ko)');

  const authorize = new URL(login);
  authorize.pathname = '/oauth2/authorize';
  authorize.searchParams.set('redirect_uri', 'https://attacker.example/callback');
  await page.goto(authorize.toString());
  await showing(page, '요청한 페이지에서 오류가 발생했습니다.', 'redirect_uri');
  await report.scan(page, 'error (ko, bad redirect_uri)');
}
