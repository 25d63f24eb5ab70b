import type { ReactNode } from 'react';
import { createContext, use, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadFirstPageText, loadSignedInText } from './load-text';
import type { Locale } from './locale';
import { intlLocaleFor, localeStorageKey } from './locale';
import type { FirstPageText, SignedInText } from './text-types';

/** One language, ready to render: its first-page text, and its signed-in text once loaded. */
export interface LoadedLanguage {
  readonly locale: Locale;
  readonly text: FirstPageText;
  /** Given when already loaded (tests, or main.tsx on a signed-in path); else loaded on use. */
  readonly signedIn?: SignedInText | undefined;
}

export interface I18n {
  readonly locale: Locale;
  /** The BCP 47 tag for Intl (`en-GB`, `ko-KR`): dates, numbers and money. */
  readonly intlLocale: string;
  readonly text: FirstPageText;
  /** Loads the language's text, then switches to it and remembers the choice. */
  setLocale(locale: Locale): Promise<void>;
}

interface I18nState extends I18n {
  readonly signedIn: SignedInText | undefined;
}

const I18nContext = createContext<I18nState | null>(null);

export interface I18nProviderProps {
  readonly initial: LoadedLanguage;
  /** navigator.languages, for the Intl tag of the chosen language. */
  readonly browserLanguages: readonly string[];
  /** Where the choice is remembered (localStorage); absent in tests that do not switch. */
  readonly storage?: Pick<Storage, 'setItem'> | undefined;
  readonly children: ReactNode;
}

/** The chosen language for everything below; switching keeps the page and its state. */
export function I18nProvider({ initial, browserLanguages, storage, children }: I18nProviderProps) {
  const [language, setLanguage] = useState<LoadedLanguage>(initial);
  const setLocale = useCallback(
    async (locale: Locale) => {
      // Both parts at once, so a signed-in page never suspends (and hides) while switching.
      const [text, signedIn] = await Promise.all([
        loadFirstPageText(locale),
        loadSignedInText(locale),
      ]);
      try {
        storage?.setItem(localeStorageKey, locale);
      } catch {
        // Storage full or blocked: the choice still holds for this page.
      }
      setLanguage({ locale, text, signedIn });
    },
    [storage],
  );
  useEffect(() => {
    document.documentElement.lang = language.locale;
  }, [language.locale]);
  const value = useMemo<I18nState>(
    () => ({
      locale: language.locale,
      intlLocale: intlLocaleFor(language.locale, browserLanguages),
      text: language.text,
      signedIn: language.signedIn,
      setLocale,
    }),
    [language, browserLanguages, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nState(): I18nState {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}

/** The chosen language, its first-page text and the Intl tag. */
export function useI18n(): I18n {
  return useI18nState();
}

/**
 * The signed-in pages' text in the chosen language. Suspends (the routes' Suspense shows
 * "Loading…") only when it has not arrived yet; main.tsx starts it on a signed-in path.
 */
export function useSignedInText(): SignedInText {
  const state = useI18nState();
  const loaded = state.signedIn;
  // `use` (React 19) may be called conditionally, unlike the other hooks.
  return loaded ?? use(loadSignedInText(state.locale));
}
