import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

/** The app client's settings (callback URLs, flows, scopes, lifetimes, config.json). */
// Placeholder until the App client page lands (issue 17, second half).
export const appClientPage: ConsolePage = {
  path: '/app-client',
  navLabel: 'App client',
  get: () => ({
    kind: 'page',
    title: 'App client',
    body: html`<h1>App client</h1>
      <p>This page is not built yet.</p>`,
  }),
};
