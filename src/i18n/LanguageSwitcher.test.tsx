import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { I18nProvider, useI18n, useSignedInText } from './i18n-context';
import { LanguageSwitcher } from './LanguageSwitcher';
import { localeStorageKey } from './locale';
import { languages } from '../test/render-strict';
import { firstPage as enFirstPage } from './messages/en/first-page';

function Page() {
  const { text, intlLocale } = useI18n();
  const signedIn = useSignedInText();
  return (
    <>
      <h1>{text.home.title}</h1>
      <p>{signedIn.session.signOut}</p>
      <p>{new Intl.NumberFormat(intlLocale).format(1234.5)}</p>
      <LanguageSwitcher />
    </>
  );
}

describe('LanguageSwitcher', () => {
  it('switches every text to the chosen language, keeps the choice, and sets the page language', async () => {
    const stored = new Map<string, string>();
    // act lets React retry the suspended render once the chunk's promise settles.
    await act(async () => {
      render(
        <I18nProvider
          initial={{ locale: 'en', text: enFirstPage }}
          browserLanguages={['en-GB']}
          storage={{ setItem: (key, value) => void stored.set(key, value) }}
        >
          <Suspense fallback={<p>Loading…</p>}>
            <Page />
          </Suspense>
        </I18nProvider>,
      );
    });
    // English signed-in text arrives from its own chunk (it was not given up front).
    expect(await screen.findByText('Sign out', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your money, in one list' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');

    expect(
      await screen.findByRole('heading', { name: '내 돈을 한 목록에' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('로그아웃')).toBeInTheDocument();
    expect(screen.getByText('1,234.5')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
    expect(stored.get(localeStorageKey)).toBe('ko');
    expect(document.documentElement.lang).toBe('ko');
  });

  it('names each language in itself, so a person who cannot read the current one finds theirs', () => {
    render(
      <I18nProvider initial={languages.ko} browserLanguages={['ko-KR']}>
        <LanguageSwitcher />
      </I18nProvider>,
    );
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['English', '한국어']);
  });
});
