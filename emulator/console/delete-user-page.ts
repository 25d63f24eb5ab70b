import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

export const deleteUserPage: ConsolePage = {
  path: '/users/:username/delete',
  get: () => ({ kind: 'page', title: 'User', body: html`<h1>User</h1>` }),
};
