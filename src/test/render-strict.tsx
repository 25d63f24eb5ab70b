import type { RenderOptions, RenderResult } from '@testing-library/react';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { StrictMode } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import type { LoadedLanguage } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { firstPage as enFirstPage } from '../i18n/messages/en/first-page';
import { signedIn as enSignedIn } from '../i18n/messages/en/signed-in';
import { firstPage as koFirstPage } from '../i18n/messages/ko/first-page';
import { signedIn as koSignedIn } from '../i18n/messages/ko/signed-in';

/** Both catalogues of a language, loaded up front, as main.tsx has them on a signed-in path. */
export const languages: Readonly<Record<Locale, LoadedLanguage>> = {
  en: { locale: 'en', text: enFirstPage, signedIn: enSignedIn },
  ko: { locale: 'ko', text: koFirstPage, signedIn: koSignedIn },
};

export interface RenderStrictOptions extends Omit<RenderOptions, 'wrapper'> {
  /** The app's language (English unless a test says otherwise). */
  readonly locale?: Locale;
}

/**
 * Renders inside StrictMode and the chosen language, as the app does, so double effects are
 * part of every test.
 */
export function renderStrict(ui: ReactElement, options: RenderStrictOptions = {}): RenderResult {
  const { locale = 'en', ...rest } = options;
  return render(ui, {
    ...rest,
    wrapper: ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <I18nProvider
          initial={languages[locale]}
          browserLanguages={[locale === 'ko' ? 'ko-KR' : 'en-US']}
        >
          {children}
        </I18nProvider>
      </StrictMode>
    ),
  });
}
