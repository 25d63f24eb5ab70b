// What the language suites read off a hosted page: its `<html lang>`, the `lang` cookie it
// sets, and any English left on a page that should be in another language.
import type { BrowserResponse } from '../../emulator/cognito/testing/hosted-ui-browser';

/** The `lang` attribute of the page's `<html>`. */
export const htmlLangOf = (page: BrowserResponse): string | undefined =>
  /<html lang="([^"]*)">/.exec(page.body)?.[1];

/** The Set-Cookie line for `lang`, if the response sets one. */
export const langCookieOf = (res: BrowserResponse): string | undefined =>
  res.headers.getSetCookie().find((line) => line.startsWith('lang='));

/**
 * Runs of two or more English words in what a person reads or hears on the page: the text
 * between tags, and the titles, labels and button values. Emails and the QR code's data are
 * not text; the page's own English (a secret key) is, so callers pass it in `allowed`.
 */
export function englishLeftIn(page: BrowserResponse, allowed: readonly string[] = []): string[] {
  const body = page.body.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<path [^>]*>/g, '');
  const attributes = [...body.matchAll(/(?:aria-label|value|alt|title)="([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const texts = [...body.replace(/<[^>]*>/g, '\n').split('\n'), ...attributes]
    .map((t) => t.replace(/[\w.+-]+@[\w.*-]+/g, '').trim())
    .filter((t) => t !== '' && !allowed.includes(t));
  return texts.filter((t) => /[A-Za-z]{2,}[\s,.]+[A-Za-z]{2,}/.test(t));
}
