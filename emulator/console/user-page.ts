import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

export const userPage: ConsolePage = {
  path: '/users/:username',
  get: () => ({ kind: 'page', title: 'User', body: html`<h1>User</h1>` }),
};
