import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError, missingParameter } from '../cognito-error';
import type { JsonInput } from './json-input';

/** The members of CreateUserPool/UpdateUserPool the emulator reads (others are ignored). */
export function readPoolRequest(input: JsonInput): Omit<Sdk.CreateUserPoolRequest, 'PoolName'> {
  return {
    Policies: input.structure('Policies', 'object'),
    UsernameAttributes: input.structure('UsernameAttributes', 'list'),
    AliasAttributes: input.structure('AliasAttributes', 'list'),
    AutoVerifiedAttributes: input.structure('AutoVerifiedAttributes', 'list'),
    UsernameConfiguration: input.structure('UsernameConfiguration', 'object'),
    Schema: input.structure('Schema', 'list'),
    AdminCreateUserConfig: input.structure('AdminCreateUserConfig', 'object'),
    MfaConfiguration: input.optionalEnum('MfaConfiguration', ['OFF', 'ON', 'OPTIONAL'], 16),
  };
}

/** MaxResults of the List* operations: 1..60 (ListUserPools requires it). */
export function readMaxResults(input: JsonInput, required: boolean): number {
  const value = input.optionalNumber('MaxResults');
  if (value === undefined) {
    if (required) throw missingParameter('maxResults');
    return 60;
  }
  if (!Number.isInteger(value) || value < 1 || value > 60)
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value '${String(value)}' at 'maxResults' failed to satisfy constraint: Member must have value ${value < 1 ? 'greater than or equal to 1' : 'less than or equal to 60'}`,
    );
  return value;
}

/** One page of `items` from an opaque NextToken (an offset), and the token of the next page. */
export function page<T>(
  items: readonly T[],
  max: number,
  token: string | undefined,
): { items: T[]; next?: string } {
  let start = 0;
  if (token !== undefined) {
    start = Number(Buffer.from(token, 'base64url').toString());
    if (!Number.isInteger(start) || start < 0)
      throw new CognitoError('InvalidParameterException', 'Invalid pagination token.');
  }
  const slice = items.slice(start, start + max);
  const end = start + slice.length;
  return end < items.length
    ? { items: slice, next: Buffer.from(String(end)).toString('base64url') }
    : { items: slice };
}
