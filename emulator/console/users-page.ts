import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

export const usersPage: ConsolePage = {
  path: '',
  navLabel: 'Users',
  get: () => ({ kind: 'page', title: 'Users', body: html`<h1>Users</h1>` }),
};
