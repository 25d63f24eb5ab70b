// The first date formatting in a page initialises the browser's locale data (tens of ms on a
// slow core), and the Profile page is the first to format dates. This chunk is preloaded with
// the signed-in pages (app/route-chunks.ts), so it does that once while the browser is idle,
// and the click on Profile does not pay for it.
let warmed = false;

/**
 * The page's language when the browser is idle: the I18nProvider has set `<html lang>` by then
 * (this module loads before the provider renders, so it cannot ask the provider).
 */
const pageLanguage = () => document.documentElement.lang || undefined;

/** Formats two dates as the Profile page does, once, when the browser is idle. */
export function warmDateFormattingWhenIdle(
  schedule: (run: () => void) => void = (run) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2_000 })
      : setTimeout(run, 200),
  language: () => string | undefined = pageLanguage,
): void {
  if (warmed) return;
  warmed = true;
  schedule(() => {
    const sample = new Date(0);
    const locale = language();
    sample.toLocaleString(locale);
    sample.toLocaleDateString(locale, { dateStyle: 'long' });
  });
}
