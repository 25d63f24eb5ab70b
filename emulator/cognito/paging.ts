import { CognitoError } from './cognito-error';

/** One page of a list and the opaque token for the next one, if any. */
export interface Page<T> {
  readonly items: T[];
  readonly next: string | undefined;
}

const limitError = (member: string, max: number) =>
  new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
  );

/**
 * Pages a list that is already in its stable order. `limit` 0..max (0 or absent: max, as
 * Cognito treats it); the token is the offset, opaque to callers; a foreign one is refused.
 */
export function pageOf<T>(
  items: readonly T[],
  input: { limit?: number | undefined; token?: string | undefined },
  options: { member: string; max: number; tokenMember: string },
): Page<T> {
  const limit = input.limit ?? options.max;
  if (!Number.isInteger(limit) || limit < 0 || limit > options.max)
    throw limitError(options.member, options.max);
  let start = 0;
  if (input.token !== undefined) {
    const decoded = Buffer.from(input.token, 'base64url').toString();
    start = /^(0|[1-9]\d{0,8})$/.test(decoded) ? Number(decoded) : -1;
    if (start < 0)
      throw new CognitoError('InvalidParameterException', `Invalid ${options.tokenMember}.`);
  }
  const page = items.slice(start, start + (limit || options.max));
  const end = start + page.length;
  return {
    items: page,
    next: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined,
  };
}
