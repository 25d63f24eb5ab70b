import { appClientPage } from './app-client-page';
import type { ConsolePage } from './console-page';
import { createUserPage } from './create-user-page';
import { deleteUserPage } from './delete-user-page';
import { testAuthorizerPage } from './test-authorizer-page';
import { userPage } from './user-page';
import { usersPage } from './users-page';

/**
 * Every page of the local console, in nav order. Adding one: a module exporting a ConsolePage
 * and one entry here (paths are matched in this order, so literal paths before `:name` ones).
 */
export const consolePages: readonly ConsolePage[] = [
  usersPage,
  createUserPage,
  appClientPage,
  testAuthorizerPage,
  userPage,
  deleteUserPage,
];
