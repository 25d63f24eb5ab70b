import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

/** Paste a token and see whether the API's authorizer would let it through, and why not. */
// Placeholder until the Test the authorizer page lands (issue 17, second half).
export const testAuthorizerPage: ConsolePage = {
  path: '/authorizer',
  navLabel: 'Test the authorizer',
  get: () => ({
    kind: 'page',
    title: 'Test the authorizer',
    body: html`<h1>Test the authorizer</h1>
      <p>This page is not built yet.</p>`,
  }),
};
