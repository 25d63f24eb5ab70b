import { CognitoError, missingParameter } from '../cognito-error';

export type JsonBody = Record<string, unknown>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A required string member, with AWS's validation messages for null and over-long values. */
export function requiredString(body: JsonBody, member: string, max = 2048): string {
  const value = body[member];
  if (value === undefined || value === null) throw missingParameter(lowerFirst(member));
  if (typeof value !== 'string') {
    throw new CognitoError('SerializationException', `${member} must be a string.`);
  }
  if (value.length < 1) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value at '${lowerFirst(member)}' failed to satisfy constraint: Member must have length greater than or equal to 1`,
    );
  }
  if (value.length > max) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value at '${lowerFirst(member)}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  }
  return value;
}

export function optionalString(body: JsonBody, member: string, max = 2048): string | undefined {
  return body[member] === undefined || body[member] === null
    ? undefined
    : requiredString(body, member, max);
}

/** A string-to-string map such as AuthParameters or ChallengeResponses. */
export function stringMap(body: JsonBody, member: string): Record<string, string> {
  const value = body[member];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new CognitoError('SerializationException', `${member} must be a map of strings.`);
  }
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string' || v.length > 4096)
      throw new CognitoError('SerializationException', `${member}.${k} must be a string.`);
    out[k] = v;
  }
  return out;
}
