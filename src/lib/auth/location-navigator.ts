import type { INavigator, IWindow, NavigateResponse } from 'oidc-client-ts';

/** Leaves the page for `url` (window.location.assign in the browser; a recorder in tests). */
export type Go = (url: string) => void;

/**
 * A redirect navigator that hands the URL to `go`. The promise settles only if the page comes
 * back from the back/forward cache, like oidc-client-ts's own RedirectNavigator.
 */
export function createLocationNavigator(go: Go): INavigator {
  return {
    async prepare(): Promise<IWindow> {
      return {
        navigate: ({ url }) =>
          new Promise<NavigateResponse>((resolve) => {
            window.addEventListener('pageshow', () => resolve({ url: window.location.href }), {
              once: true,
            });
            go(url);
          }),
        close: () => undefined,
      };
    },
    async callback() {
      return undefined;
    },
  };
}
