import type { Locale } from './locale';
import type { FirstPageText, SignedInText } from './text-types';

// Each language's catalogues are chunks of their own, fetched once per page (the promise is
// kept), so the first page carries no language it does not show and no signed-in text.

const firstPageLoaders: Record<Locale, () => Promise<FirstPageText>> = {
  en: () => import('./messages/en/first-page').then((m) => m.firstPage),
  ko: () => import('./messages/ko/first-page').then((m) => m.firstPage),
};

const signedInLoaders: Record<Locale, () => Promise<SignedInText>> = {
  en: () => import('./messages/en/signed-in').then((m) => m.signedIn),
  ko: () => import('./messages/ko/signed-in').then((m) => m.signedIn),
};

function cached<T>(load: Record<Locale, () => Promise<T>>) {
  const started = new Map<Locale, Promise<T>>();
  return (locale: Locale): Promise<T> => {
    let promise = started.get(locale);
    if (!promise) {
      promise = load[locale]();
      // A failed chunk may load on the next try (a dropped connection): forget it.
      promise.catch(() => started.delete(locale));
      started.set(locale, promise);
    }
    return promise;
  };
}

/** The first page's text in `locale`; main.tsx awaits it before the first render. */
export const loadFirstPageText = cached(firstPageLoaders);

/** The signed-in pages' text in `locale`; started with their chunks, read by useSignedInText. */
export const loadSignedInText = cached(signedInLoaders);
