// The untrusted body of one identity pool call, read member by member with the service's
// ValidationException messages (members are PascalCase on the wire, camelCase in messages).
import { CognitoError } from '../cognito/cognito-error';
import type { JsonInput } from '../cognito/operations/json-input';
import type { IdentityPoolContext } from './identity-pool-context';

/** The identity pool and identity id pattern of the API model. */
const idPattern = /^[\w-]+:[0-9a-f-]+$/;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const shown = (value: string) => value.slice(0, 64);

const invalid = (constraints: string[]) =>
  new CognitoError(
    'ValidationException',
    `${constraints.length} validation error${constraints.length === 1 ? '' : 's'} detected: ${constraints.join('; ')}`,
  );

function text(input: JsonInput, member: string, max: number): string | undefined {
  const value = input.members()[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new CognitoError('SerializationException', `${member} must be a string.`);
  if (value.length < 1 || value.length > max)
    throw invalid([
      `Value '${shown(value)}' at '${lowerFirst(member)}' failed to satisfy constraint: Member must have length between 1 and ${max}`,
    ]);
  return value;
}

/** A required `{region}:{id}` member (IdentityPoolId, IdentityId). */
export function readId(input: JsonInput, member: 'IdentityPoolId' | 'IdentityId'): string {
  const value = text(input, member, 55);
  if (value === undefined)
    throw invalid([
      `Value null at '${lowerFirst(member)}' failed to satisfy constraint: Member must not be null`,
    ]);
  if (!idPattern.test(value))
    throw invalid([
      `Value '${shown(value)}' at '${lowerFirst(member)}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+`,
    ]);
  return value;
}

/** The product's pool, or Cognito's not-found error for any other id. */
export function readPool(ctx: IdentityPoolContext, input: JsonInput): void {
  const id = readId(input, 'IdentityPoolId');
  if (id !== ctx.identityPoolId)
    throw new CognitoError('ResourceNotFoundException', `IdentityPool '${id}' not found.`);
}

/** An optional string member of 1..max characters. */
export const readOptional = (input: JsonInput, member: string, max: number) =>
  text(input, member, max);

/** `Logins`: at most 10 entries, keys 1-128 and tokens 1-50000 characters ({} when absent). */
export function readLogins(input: JsonInput): Record<string, string> {
  const value = input.members()['Logins'];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new CognitoError('SerializationException', 'Logins must be a map of strings.');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 10)
    throw invalid([
      "Value at 'logins' failed to satisfy constraint: Member must have length less than or equal to 10",
    ]);
  const logins: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, token] of entries) {
    if (typeof token !== 'string')
      throw new CognitoError('SerializationException', 'Logins values must be strings.');
    if (key.length < 1 || key.length > 128 || token.length < 1 || token.length > 50_000)
      throw invalid([
        "Value at 'logins' failed to satisfy constraint: Map keys must have length between 1 and 128, values between 1 and 50000",
      ]);
    logins[key] = token;
  }
  return logins;
}
