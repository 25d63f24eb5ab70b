import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

/** A nav page whose content has not landed yet: its heading and a line saying so. */
export function placeholderPage(path: string, navLabel: string): ConsolePage {
  return {
    path,
    navLabel,
    get: () => ({
      kind: 'page',
      title: navLabel,
      body: html`<h1>${navLabel}</h1>
        <p>This page is not built yet.</p>`,
    }),
  };
}
