// Journey 27: a newcomer whose browser speaks Korean (Chromium with the ko-KR locale, so
// Accept-Language and navigator.language say so). The landing page is in Korean; the app sends
// `lang=ko` to the hosted pages, which sign them up in Korean; the mailed code confirms them; the
// ledger is in Korean, with money through Intl for ko-KR. The language switcher turns the app to
// English, and a reload keeps the choice. axe scans the main states in Korean (both colour schemes).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createAccessibilityReport } from './a11y/axe-scan';
import { onHostedSignIn } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser, readCode } from './support/users';

const korean = { locale: 'ko-KR' };

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { name, level: 1 }).waitFor();

const documentLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describeEachServerMode('journey 27: the app in Korean', { modes: ['preview'] }, (env) => {
  it('signs up in Korean, keeps the ledger in Korean, and switches to English for good', async () => {
    const { app, withPage } = env();
    const user = newTestUser('journey27');
    const report = createAccessibilityReport();
    await withPage(
      'journey-27-korean',
      async (page) => {
        await page.goto(app.appUrl);
        await heading(page, '내 돈을 한 목록에');
        await expect(documentLang(page)).resolves.toBe('ko');
        await report.scan(page, 'landing (ko)');

        // The hosted pages, asked for in Korean.
        await page.getByRole('button', { name: '계정 만들기' }).click();
        await heading(page, '새 계정으로 가입');
        expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
        await expect(documentLang(page)).resolves.toBe('ko');
        await page.getByLabel('이메일').fill(user.email);
        await page.getByLabel('비밀번호', { exact: true }).fill(user.password);
        await page.getByLabel('비밀번호 확인').fill(user.password);
        await page.getByRole('button', { name: '가입' }).click();
        await heading(page, '계정 확인');
        await page.getByLabel('인증 코드').fill(await readCode(app, user.email));
        await page.getByRole('button', { name: '확인' }).click();
        await page.waitForLoadState();
        if (await onHostedSignIn(page)) {
          await page.getByLabel('이메일').fill(user.email);
          await page.getByLabel('비밀번호', { exact: true }).fill(user.password);
          await page.getByRole('button', { name: '로그인' }).click();
        }

        // The ledger in Korean: an expense in won, shown through Intl for ko-KR.
        await heading(page, '거래 내역');
        await page.getByText('아직 거래가 없습니다.').waitFor();
        await expect(documentLang(page)).resolves.toBe('ko');
        await report.scan(page, 'transactions (ko, empty)');
        await page.getByRole('button', { name: '거래 추가', exact: true }).click();
        const form = page.getByRole('form', { name: '새 거래' });
        await form.getByLabel('설명').fill('점심 식사');
        await form.getByRole('radio', { name: '지출' }).check();
        await form.getByLabel('금액').fill('12000');
        await form.getByLabel('통화').selectOption('KRW');
        await form.getByLabel('분류 (선택)').fill('식비');
        await report.scan(page, 'transactions (ko, add form)');
        await form.getByRole('button', { name: '저장' }).click();
        await form.waitFor({ state: 'detached' });
        const row = page
          .getByRole('list', { name: '거래 목록' })
          .getByRole('listitem')
          .filter({ hasText: '점심 식사' });
        await expect.poll(() => row.textContent()).toContain('-₩12,000');
        const totals = page.getByRole('listitem', { name: 'KRW 합계' });
        await expect.poll(() => totals.textContent()).toContain('지출 ₩12,000');
        await report.scan(page, 'transactions (ko, one expense)');

        // The switcher: English now, and after a reload.
        await page.getByLabel('언어').selectOption({ label: 'English' });
        await heading(page, 'Transactions');
        await expect(documentLang(page)).resolves.toBe('en');
        await page.getByRole('button', { name: 'Add transaction', exact: true }).waitFor();
        await page.getByRole('listitem', { name: 'Totals in KRW' }).waitFor();
        await page.reload();
        await heading(page, 'Transactions');
        await page.getByRole('button', { name: 'Add transaction', exact: true }).waitFor();
        await expect(documentLang(page)).resolves.toBe('en');
        await expect(page.getByLabel('Language').inputValue()).resolves.toBe('en');
      },
      korean,
    );
    expect(report.scanned).toHaveLength(4);
    report.assertClean();
  });
});
