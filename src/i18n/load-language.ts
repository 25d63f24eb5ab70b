import type { LoadedLanguage } from './i18n-context';
import { loadFirstPageText, loadSignedInText } from './load-text';
import { pickLocale } from './locale';
import type { Locale } from './locale';

export interface LoadLanguageOptions {
  /** localStorage's choice, if any (validated here). */
  readonly stored: string | null;
  readonly browserLanguages: readonly string[];
  /** Also fetch the signed-in pages' text (the path shows one). */
  readonly withSignedIn: boolean;
}

async function load(locale: Locale, withSignedIn: boolean): Promise<LoadedLanguage> {
  const [text, signedIn] = await Promise.all([
    loadFirstPageText(locale),
    withSignedIn ? loadSignedInText(locale) : undefined,
  ]);
  return { locale, text, signedIn };
}

/**
 * The language the first render shows: the person's or the browser's, or English when that
 * language's text does not arrive (a failed chunk must not leave a blank page). Rejects only
 * when English does not arrive either, and then the page cannot show anything.
 */
export async function loadLanguage(options: LoadLanguageOptions): Promise<LoadedLanguage> {
  const locale = pickLocale(options.stored, options.browserLanguages);
  try {
    return await load(locale, options.withSignedIn);
  } catch (error) {
    if (locale === 'en') throw error;
    return load('en', options.withSignedIn);
  }
}
