// The app's languages and how one is chosen: a stored choice first, then the browser's
// languages in order, then English. Read once at the edge (main.tsx); the switcher stores.

export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** Each language's name in itself, as a language picker shows it (never translated). */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

/** localStorage key of the person's explicit choice. */
export const localeStorageKey = 'ledger.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** `ko-KR` → `ko`; anything unknown → undefined. */
function languageOf(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/** The stored choice when valid, else the first supported browser language, else English. */
export function pickLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const locale = languageOf(tag);
    if (locale) return locale;
  }
  return 'en';
}

/**
 * The BCP 47 tag Intl formats with: the browser's own tag for the chosen language when it has
 * one (`en-GB` keeps day-month dates), else the language's usual region.
 */
export function intlLocaleFor(locale: Locale, browserLanguages: readonly string[]): string {
  const own = browserLanguages.find((tag) => languageOf(tag) === locale);
  if (own && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(own)) return own;
  return locale === 'ko' ? 'ko-KR' : 'en-US';
}

/**
 * The managed login's `lang` value (reference §6.2 lists `en` and `ko` among its languages),
 * sent on /oauth2/authorize so the hosted pages speak the app's language.
 */
export function hostedUiLang(locale: Locale): string {
  return locale;
}
