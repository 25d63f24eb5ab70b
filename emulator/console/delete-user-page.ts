import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { html } from '../http/html-escape';
import {
  consolePath,
  type ConsoleAnswer,
  type ConsolePage,
  type ConsoleRequest,
} from './console-page';
import { attributeOf, callPool, userPath } from './console-users';

async function confirmation(request: ConsoleRequest, mismatch = false): Promise<ConsoleAnswer> {
  const username = request.params['username']!;
  const user = await callPool<Sdk.AdminGetUserResponse>(request.env, 'AdminGetUser', {
    Username: username,
  });
  const email = attributeOf(user.UserAttributes, 'email') ?? username;
  return {
    kind: 'page',
    status: mismatch ? 400 : 200,
    title: `Delete ${email}`,
    body: html`<p><a href="${userPath(username)}">Back to the user</a></p>
      <h1>Delete ${email}?</h1>
      ${
        mismatch
          ? html`<p class="alert" role="alert">The text typed is not the user's email address.</p>`
          : ''
      }
      <p>The user, their groups membership and every token of theirs are gone for good.</p>
      <form method="post" action="${consolePath('/users/:username/delete', { username })}">
        ${request.csrfField()}
        <label for="confirm">To confirm, type the email address ${email}</label>
        <input id="confirm" name="confirm" type="text" autocomplete="off" required />
        <div><button type="submit" class="danger">Delete user</button></div>
      </form>`,
  };
}

/** The confirmation step before AdminDeleteUser. */
export const deleteUserPage: ConsolePage = {
  path: '/users/:username/delete',
  get: (request) => confirmation(request),
  async post(request, form) {
    const username = request.params['username']!;
    const user = await callPool<Sdk.AdminGetUserResponse>(request.env, 'AdminGetUser', {
      Username: username,
    });
    const email = attributeOf(user.UserAttributes, 'email') ?? username;
    if ((form.get('confirm') ?? '').trim() !== email) return confirmation(request, true);
    await callPool(request.env, 'AdminDeleteUser', { Username: username });
    return { kind: 'redirect', to: consolePath(''), notice: `User ${email} deleted.` };
  },
};
