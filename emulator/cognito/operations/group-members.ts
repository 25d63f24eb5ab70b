import { CognitoError } from '../cognito-error';
import type { GroupDetails } from '../groups';
import type { JsonInput } from './json-input';
import type { Checked } from './operation';
import { groupNameLimit, usernameLimit } from './members';

// Members of the group operations, with the constraints of the API reference.

const roleArnPattern =
  /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/u;

const constraint = (member: string, text: string) =>
  new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: ${text}`,
  );

/** A Create/UpdateGroup request: its name checked, its details read into the domain's shape. */
export type GroupRequest<T extends { GroupName: string | undefined }> = Checked<T, 'GroupName'> & {
  readonly details: GroupDetails;
};

/**
 * A group request's name and its optional Description (≤ 2048), Precedence (0..2^31-1) and
 * RoleArn (an IAM ARN), as the domain takes them.
 */
export function readGroupRequest(input: JsonInput): { GroupName: string; details: GroupDetails } {
  const description = input.optionalString('Description', 2048);
  const precedence = input.optionalNumber('Precedence');
  if (precedence !== undefined && !(Number.isInteger(precedence) && precedence >= 0))
    throw constraint('precedence', 'Member must have value greater than or equal to 0');
  if (precedence !== undefined && precedence > 2_147_483_647)
    throw constraint('precedence', 'Member must have value less than or equal to 2147483647');
  const roleArn = input.optionalString('RoleArn', 2048);
  if (roleArn !== undefined && (roleArn.length < 20 || !roleArnPattern.test(roleArn)))
    throw constraint(
      'roleArn',
      `Member must satisfy regular expression pattern: ${roleArnPattern.source}`,
    );
  return { ...readGroupName(input), details: { description, precedence, roleArn } };
}

export const readGroupName = (input: JsonInput) => ({
  GroupName: input.string('GroupName', groupNameLimit),
});

export const readUserAndGroup = (input: JsonInput) => ({
  Username: input.string('Username', usernameLimit),
  GroupName: input.string('GroupName', groupNameLimit),
});

/** `Limit` and `NextToken` of the group lists. */
export const readListPaging = (input: JsonInput) => ({
  Limit: input.optionalNumber('Limit'),
  NextToken: input.optionalString('NextToken', 4096),
});
