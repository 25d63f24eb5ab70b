import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito/cognito-error';
import type { SignInEvent } from '../cognito/sign-in-events';
import { dataTable } from '../http/data-table';
import { html, type SafeHtml } from '../http/html-escape';
import {
  consolePath,
  type ConsoleAnswer,
  type ConsolePage,
  type ConsoleRequest,
} from './console-page';
import {
  attempt,
  attributeOf,
  callPool,
  errorAlert,
  formatTime,
  groupsOf,
  mfaLabel,
  userPath,
} from './console-users';
import { identitiesTable } from './identities-table';
import { attributeField, isEditableAttribute, runUserAction } from './user-actions';

const eventLabels: Record<SignInEvent['kind'], string> = {
  'signed-in': 'Signed in',
  'new-password-required': 'Password accepted, new password required',
  'wrong-password': 'Wrong password',
  locked: 'Locked (too many attempts)',
  refused: 'Sign-in refused',
  refreshed: 'Tokens refreshed',
  'signed-out': 'Signed out',
};

/** One button form posting `action` back to the user's page. */
function actionForm(request: ConsoleRequest, action: string, label: string, danger = false) {
  return html`<form method="post" action="${userPath(request.params['username']!)}">
    ${request.csrfField()}<input type="hidden" name="action" value="${action}" />
    <button type="submit" class="${danger ? 'danger' : ''}">${label}</button>
  </form>`;
}

function eventsTable(events: readonly SignInEvent[]): SafeHtml {
  if (events.length === 0) return html`<p>No sign-in events since the emulator started.</p>`;
  return dataTable(
    ['Time', 'Event', 'Detail'],
    events.map((e) => [formatTime(e.at / 1000), eventLabels[e.kind], e.detail ?? '']),
  );
}

async function render(request: ConsoleRequest, error?: CognitoError): Promise<ConsoleAnswer> {
  const { env } = request;
  const username = request.params['username']!;
  const user = await callPool<Sdk.AdminGetUserResponse>(env, 'AdminGetUser', {
    Username: username,
  });
  const groups = await groupsOf(env, username);
  const allGroups = await callPool<Sdk.ListGroupsResponse>(env, 'ListGroups', { Limit: 60 });
  const joinable = (allGroups.Groups ?? [])
    .map((g) => g.GroupName ?? '')
    .filter((g) => !groups.includes(g));
  const email = attributeOf(user.UserAttributes, 'email') ?? username;
  const here = userPath(username);
  const editable = (user.UserAttributes ?? []).filter((a) => isEditableAttribute(a.Name ?? ''));
  return {
    kind: 'page',
    status: error ? error.status : 200,
    title: email,
    body: html`<p><a href="${consolePath('')}">Users</a></p>
      <h1>${email}</h1>
      ${error ? errorAlert(error) : ''}
      <dl class="props">
        <dt>Username</dt>
        <dd>${user.Username}</dd>
        <dt>Status</dt>
        <dd>${user.UserStatus}</dd>
        <dt>Enabled</dt>
        <dd>${user.Enabled ? 'Enabled' : 'Disabled'}</dd>
        <dt>MFA</dt>
        <dd>${mfaLabel(user)}</dd>
        <dt>Created</dt>
        <dd>${formatTime(user.UserCreateDate)}</dd>
        <dt>Last modified</dt>
        <dd>${formatTime(user.UserLastModifiedDate)}</dd>
      </dl>
      <h2>Actions</h2>
      ${user.UserStatus === 'UNCONFIRMED' ? actionForm(request, 'confirm', 'Confirm user') : ''}
      ${
        user.Enabled
          ? actionForm(request, 'disable', 'Disable user', true)
          : actionForm(request, 'enable', 'Enable user')
      }
      ${actionForm(request, 'reset-password', 'Reset password')}
      ${actionForm(request, 'sign-out', 'Sign out everywhere')}
      <p><a href="${consolePath('/users/:username/delete', { username })}">Delete user</a></p>
      <h2>Set a password</h2>
      <form method="post" action="${here}">
        ${request.csrfField()}<input type="hidden" name="action" value="set-password" />
        <label for="password">New password</label>
        <input id="password" name="password" type="password" autocomplete="new-password" required />
        <label class="check"
          ><input type="checkbox" name="permanent" value="true" checked /> Permanent (otherwise the
          user must change it at the next sign-in)</label
        >
        <div><button type="submit">Set password</button></div>
      </form>
      <h2>Attributes</h2>
      <form method="post" action="${here}">
        ${request.csrfField()}<input type="hidden" name="action" value="attributes" />
        ${editable.map(
          (a, i) =>
            html`<label for="attr-${i}">${a.Name}</label>
              <input
                id="attr-${i}"
                name="${attributeField}${a.Name}"
                type="text"
                value="${a.Value ?? ''}"
              />`,
        )}
        <label for="newAttributeName">New attribute name</label>
        <input id="newAttributeName" name="newAttributeName" type="text" />
        <label for="newAttributeValue">New attribute value</label>
        <input id="newAttributeValue" name="newAttributeValue" type="text" />
        <div><button type="submit">Save attributes</button></div>
      </form>
      <h2>Groups</h2>
      ${
        groups.length === 0
          ? html`<p>Not in any group.</p>`
          : html`<ul>
              ${groups.map(
                (g) =>
                  html`<li>
                    ${g}
                    <form method="post" action="${here}">
                      ${request.csrfField()}<input
                        type="hidden"
                        name="action"
                        value="remove-group"
                      />
                      <input type="hidden" name="group" value="${g}" />
                      <button type="submit" aria-label="Remove from ${g}">Remove</button>
                    </form>
                  </li>`,
              )}
            </ul>`
      }
      ${
        joinable.length === 0
          ? ''
          : html`<form method="post" action="${here}">
              ${request.csrfField()}<input type="hidden" name="action" value="add-group" />
              <label for="group">Group</label>
              <select id="group" name="group">
                ${joinable.map((g) => html`<option value="${g}">${g}</option>`)}
              </select>
              <div><button type="submit">Add to group</button></div>
            </form>`
      }
      <form method="post" action="${here}">
        ${request.csrfField()}<input type="hidden" name="action" value="create-group" />
        <label for="newGroup">New group name</label>
        <input id="newGroup" name="newGroup" type="text" required />
        <div><button type="submit">Create group and add the user</button></div>
      </form>
      <h2>Identity providers</h2>
      ${identitiesTable(user.UserAttributes)}
      <h2>Recent sign-in events</h2>
      ${eventsTable(env.pools.primary.signIns.list(user.Username ?? username))}`,
  };
}

/** A user: details, actions, attributes, groups and recent sign-in events. */
export const userPage: ConsolePage = {
  path: '/users/:username',
  get: (request) => render(request),
  async post(request, form) {
    const notice = await attempt(() =>
      runUserAction(request.env, request.params['username']!, form),
    );
    if (notice instanceof CognitoError) return render(request, notice);
    return { kind: 'redirect', to: userPath(request.params['username']!), notice };
  },
};
