import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito/cognito-error';
import { dataTable } from '../http/data-table';
import { html, type SafeHtml } from '../http/html-escape';
import { consolePath, type ConsolePage, type ConsoleRequest } from './console-page';
import {
  attributeOf,
  callPool,
  formatTime,
  groupsOf,
  mfaLabel,
  userPath,
  type WireUser,
} from './console-users';

export const userStatuses = [
  'UNCONFIRMED',
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'RESET_REQUIRED',
] as const;

/** ListUsers' page size, its maximum. */
const pageSize = 60;
const maxPrefix = 128;

/** A quoted value in ListUsers' filter syntax. */
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The ListUsers filter for the search form; ListUsers takes one filter, so one criterion. */
function filterOf(prefix: string, status: string): string | undefined {
  if (prefix.length > maxPrefix)
    throw new CognitoError(
      'InvalidParameterException',
      `The email prefix is longer than ${maxPrefix} characters.`,
    );
  if (status !== '' && !(userStatuses as readonly string[]).includes(status))
    throw new CognitoError('InvalidParameterException', 'Unknown user status.');
  if (prefix !== '' && status !== '')
    throw new CognitoError(
      'InvalidParameterException',
      'ListUsers takes one filter: search by email prefix or filter by status, not both.',
    );
  if (prefix !== '') return `email ^= ${quoted(prefix)}`;
  if (status !== '') return `cognito:user_status = ${quoted(status)}`;
  return undefined;
}

function searchForm(prefix: string, status: string): SafeHtml {
  return html`<form method="get" action="${consolePath('')}" role="search">
    <label for="q">Email starts with</label>
    <input id="q" name="q" type="text" value="${prefix}" maxlength="${maxPrefix}" />
    <label for="status">Status</label>
    <select id="status" name="status">
      <option value="">All statuses</option>
      ${userStatuses.map(
        (s) => html`<option value="${s}" ${s === status ? html`selected` : ''}>${s}</option>`,
      )}
    </select>
    <div><button type="submit">Search</button></div>
  </form>`;
}

/** One row a user: the list's own columns, groups and MFA from the user's own operations. */
async function rows(request: ConsoleRequest, users: readonly WireUser[]): Promise<unknown[][]> {
  return Promise.all(
    users.map(async (user) => {
      const username = user.Username ?? '';
      const detail = await callPool<Sdk.AdminGetUserResponse>(request.env, 'AdminGetUser', {
        Username: username,
      });
      const groups = await groupsOf(request.env, username);
      const email = attributeOf(user.Attributes, 'email') ?? '';
      return [
        html`<a href="${userPath(username)}">${email || username}</a>`,
        user.UserStatus,
        user.Enabled ? 'Enabled' : 'Disabled',
        groups.join(', '),
        mfaLabel(detail),
        formatTime(user.UserCreateDate),
      ];
    }),
  );
}

/** Users: the pool's users through ListUsers, 60 a page, by email prefix or status. */
export const usersPage: ConsolePage = {
  path: '',
  navLabel: 'Users',
  async get(request) {
    const params = request.url.searchParams;
    const prefix = params.get('q') ?? '';
    const status = params.get('status') ?? '';
    const token = params.get('next') ?? '';
    const filter = filterOf(prefix, status);
    const listed = await callPool<Sdk.ListUsersResponse>(request.env, 'ListUsers', {
      Limit: pageSize,
      ...(filter === undefined ? {} : { Filter: filter }),
      ...(token === '' ? {} : { PaginationToken: token }),
    });
    const users = listed.Users ?? [];
    const nextLink =
      listed.PaginationToken === undefined
        ? ''
        : html`<a
            href="${consolePath('')}?${new URLSearchParams({
              q: prefix,
              status,
              next: listed.PaginationToken,
            }).toString()}"
            >Next page</a
          >`;
    const firstLink =
      token === ''
        ? ''
        : html`<a href="${consolePath('')}?${new URLSearchParams({ q: prefix, status }).toString()}"
            >First page</a
          >`;
    return {
      kind: 'page',
      title: 'Users',
      body: html`<h1>Users</h1>
        <p>
          User pool ${request.env.pools.primary.config.userPoolId}.
          <a href="${consolePath('/users/new')}">Create user</a>
        </p>
        ${searchForm(prefix, status)}
        ${
          users.length === 0
            ? html`<p role="status">No users match.</p>`
            : dataTable(
                ['Email', 'Status', 'Enabled', 'Groups', 'MFA', 'Created'],
                await rows(request, users),
                `${users.length === 1 ? '1 user' : `${users.length} users`} on this page`,
              )
        }
        <p>${firstLink} ${nextLink}</p>`,
    };
  },
};
