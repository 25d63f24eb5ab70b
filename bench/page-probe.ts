// In-page measurements for bench:spa. The probe is plain JavaScript (a string, so nothing the
// TypeScript runner adds to compiled functions ends up in the page) installed into every
// document; a requestAnimationFrame poll records the first frame in which each thing is in the
// DOM, on the page's own clock, so Playwright's polling never adds to a figure.

/** What the probe holds for the current document (ms on the document's clock). */
export interface ProbeReadings {
  /** Start of the fetch of this document's own response (after any redirects to it). */
  readonly documentStart: number;
  readonly landingHeading: number | null;
  readonly data: number | null;
  /** Longest unbroken run of frames showing a status message before the data, in ms. */
  readonly longestStatusMs: number;
  readonly longestStatusFrames: number;
  readonly longestStatusText: string;
}

declare global {
  interface Window {
    readonly __spaBench?: ProbeReadings;
    readonly __spaBenchClick?: (name: string, selectors: readonly string[]) => Promise<number[]>;
  }
}

const dataSelector = 'ul[aria-label="Transactions"], .empty';

export const probeScript = `(() => {
  const probe = {
    documentStart: 0, landingHeading: null, data: null,
    longestStatusMs: 0, longestStatusFrames: 0, longestStatusText: '',
  };
  Object.defineProperty(window, '__spaBench', { value: probe });
  let since = null, frames = 0, text = '';
  const frame = () => {
    const t = performance.now();
    if (probe.landingHeading === null && document.querySelector('h1#home-title')) probe.landingHeading = t;
    if (probe.data === null && document.querySelector(${JSON.stringify(dataSelector)})) probe.data = t;
    const status = probe.data === null
      ? [...document.querySelectorAll('[role="status"]')].find((el) => el.textContent.trim())
      : null;
    if (status) {
      if (since === null) { since = t; frames = 0; text = status.textContent || ''; }
      frames += 1;
    } else if (since !== null) {
      if (t - since > probe.longestStatusMs) {
        probe.longestStatusMs = t - since; probe.longestStatusFrames = frames; probe.longestStatusText = text;
      }
      since = null;
    }
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) probe.documentStart = nav.fetchStart;
    if (probe.data === null || since !== null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Clicks the main-navigation link named \`name\`, then polls frames until each selector is
  // in the DOM; resolves with the ms from just before the click to each.
  Object.defineProperty(window, '__spaBenchClick', { value: (name, selectors) => {
    const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find(
      (a) => a.textContent === name,
    );
    if (!link) return Promise.reject(new Error('no navigation link ' + name));
    const start = performance.now();
    const found = selectors.map(() => null);
    link.click();
    return new Promise((resolve, reject) => {
      const give = setTimeout(() => reject(new Error('not all of ' + selectors + ' in 10 s')), 10000);
      const poll = () => {
        const t = performance.now() - start;
        selectors.forEach((s, i) => { if (found[i] === null && document.querySelector(s)) found[i] = t; });
        if (found.every((f) => f !== null)) {
          clearTimeout(give);
          resolve(found);
        } else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  } });
})();`;

/** Reads the probe of the page's current document. */
export const readProbe = `window.__spaBench`;

export { dataSelector };
