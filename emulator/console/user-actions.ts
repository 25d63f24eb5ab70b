import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito/cognito-error';
import type { ConsoleEnvironment, ConsoleForm } from './console-page';
import { callPool, type WireAttribute } from './console-users';

/** Attribute inputs are named `attr:<name>`; Cognito never lets these be set by hand. */
export const attributeField = 'attr:';
const readOnlyAttributes = new Set(['sub', 'identities']);
export const isEditableAttribute = (name: string) => !readOnlyAttributes.has(name);

const field = (form: ConsoleForm, name: string) => form.get(name) ?? '';

/** The attributes whose posted value differs from the user's; an empty one is left as it was. */
function changedAttributes(form: ConsoleForm, current: readonly WireAttribute[]): WireAttribute[] {
  const changes: WireAttribute[] = [];
  for (const [name, value] of form) {
    if (!name.startsWith(attributeField)) continue;
    const attribute = name.slice(attributeField.length);
    if (!isEditableAttribute(attribute)) continue;
    const before = current.find((a) => a.Name === attribute)?.Value;
    if (value !== '' && value !== before) changes.push({ Name: attribute, Value: value });
  }
  const newName = field(form, 'newAttributeName').trim();
  if (newName !== '') changes.push({ Name: newName, Value: field(form, 'newAttributeValue') });
  return changes;
}

/**
 * One action of a user's page, each through the operation the JSON API runs. Returns the
 * notice to show after the redirect.
 */
export async function runUserAction(
  env: ConsoleEnvironment,
  username: string,
  form: ConsoleForm,
): Promise<string> {
  const user = { Username: username };
  switch (field(form, 'action')) {
    case 'confirm':
      await callPool(env, 'AdminConfirmSignUp', user);
      return 'User confirmed.';
    case 'disable':
      await callPool(env, 'AdminDisableUser', user);
      return 'User disabled: the next sign-in is refused and their tokens are revoked.';
    case 'enable':
      await callPool(env, 'AdminEnableUser', user);
      return 'User enabled.';
    case 'reset-password':
      await callPool(env, 'AdminResetUserPassword', user);
      return 'Password reset: the reset code is in the mailbox.';
    case 'set-password': {
      const permanent = field(form, 'permanent') === 'true';
      await callPool(env, 'AdminSetUserPassword', {
        ...user,
        Password: field(form, 'password'),
        Permanent: permanent,
      });
      return permanent ? 'Permanent password set.' : 'Temporary password set.';
    }
    case 'sign-out':
      await callPool(env, 'AdminUserGlobalSignOut', user);
      return 'Signed out everywhere: every refresh token of the user is revoked.';
    case 'attributes': {
      const current = await callPool<Sdk.AdminGetUserResponse>(env, 'AdminGetUser', user);
      const changes = changedAttributes(form, current.UserAttributes ?? []);
      if (changes.length === 0) return 'No attribute changed.';
      await callPool(env, 'AdminUpdateUserAttributes', { ...user, UserAttributes: changes });
      return `Attributes saved: ${changes.map((c) => c.Name).join(', ')}.`;
    }
    case 'add-group':
      await callPool(env, 'AdminAddUserToGroup', { ...user, GroupName: field(form, 'group') });
      return `Added to ${field(form, 'group')}.`;
    case 'remove-group':
      await callPool(env, 'AdminRemoveUserFromGroup', { ...user, GroupName: field(form, 'group') });
      return `Removed from ${field(form, 'group')}.`;
    case 'create-group': {
      const group = field(form, 'newGroup').trim();
      await callPool(env, 'CreateGroup', { GroupName: group });
      await callPool(env, 'AdminAddUserToGroup', { ...user, GroupName: group });
      return `Group ${group} created, and the user added to it.`;
    }
    default:
      throw new CognitoError('InvalidParameterException', 'Unknown console action.');
  }
}
