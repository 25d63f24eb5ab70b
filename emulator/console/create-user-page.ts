import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito/cognito-error';
import { html } from '../http/html-escape';
import {
  consolePath,
  type ConsoleAnswer,
  type ConsolePage,
  type ConsoleRequest,
} from './console-page';
import { attempt, callPool, errorAlert, userPath } from './console-users';

interface Entered {
  readonly email: string;
  readonly verified: boolean;
  readonly invite: boolean;
}

const invitationChoices = [
  ['send', 'Send an email invitation (it lands in the mailbox)'],
  ['suppress', "Don't send an invitation"],
] as const;

function form(request: ConsoleRequest, entered: Entered, error?: CognitoError): ConsoleAnswer {
  return {
    kind: 'page',
    status: error ? 400 : 200,
    title: 'Create user',
    body: html`<h1>Create user</h1>
      ${error ? errorAlert(error) : ''}
      <form method="post" action="${consolePath('/users/new')}">
        ${request.csrfField()}
        <label for="email">Email address</label>
        <input
          id="email"
          name="email"
          type="email"
          required
          value="${entered.email}"
          autocomplete="off"
        />
        <label for="temporaryPassword">Temporary password</label>
        <input
          id="temporaryPassword"
          name="temporaryPassword"
          type="text"
          autocomplete="off"
          aria-describedby="temporaryPassword-hint"
        />
        <p class="hint" id="temporaryPassword-hint">
          Leave it empty and Cognito generates one (it is in the invitation). The user must choose a
          new password at first sign-in.
        </p>
        <label class="check"
          ><input
            type="checkbox"
            name="emailVerified"
            value="true"
            ${entered.verified ? html`checked` : ''}
          />
          Mark email address as verified</label
        >
        <fieldset>
          <legend>Invitation message</legend>
          ${invitationChoices.map(
            ([value, label]) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="invitation"
                  value="${value}"
                  ${(value === 'send') === entered.invite ? html`checked` : ''}
                />
                ${label}</label
              >`,
          )}
        </fieldset>
        <div><button type="submit">Create user</button></div>
      </form>`,
  };
}

/** Create user: AdminCreateUser with the choices the AWS console offers. */
export const createUserPage: ConsolePage = {
  path: '/users/new',
  navLabel: 'Create user',
  get: (request) => form(request, { email: '', verified: true, invite: true }),
  async post(request, fields) {
    const entered: Entered = {
      email: (fields.get('email') ?? '').trim(),
      verified: fields.get('emailVerified') === 'true',
      invite: fields.get('invitation') !== 'suppress',
    };
    const password = fields.get('temporaryPassword') ?? '';
    const created = await attempt(() =>
      callPool<Sdk.AdminCreateUserResponse>(request.env, 'AdminCreateUser', {
        Username: entered.email,
        UserAttributes: [
          { Name: 'email', Value: entered.email },
          ...(entered.verified ? [{ Name: 'email_verified', Value: 'true' }] : []),
        ],
        ...(password === '' ? {} : { TemporaryPassword: password }),
        ...(entered.invite ? {} : { MessageAction: 'SUPPRESS' }),
      }),
    );
    if (created instanceof CognitoError) return form(request, entered, created);
    return {
      kind: 'redirect',
      to: userPath(created.User?.Username ?? ''),
      notice: `User ${entered.email} created${entered.invite ? '; the invitation is in the mailbox' : ''}.`,
    };
  },
};
