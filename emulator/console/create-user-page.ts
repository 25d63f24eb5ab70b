import { html } from '../http/html-escape';
import type { ConsolePage } from './console-page';

export const createUserPage: ConsolePage = {
  path: '/users/new',
  navLabel: 'Create user',
  get: () => ({ kind: 'page', title: 'Create user', body: html`<h1>Create user</h1>` }),
};
