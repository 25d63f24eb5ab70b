import { describe, expect, it } from 'vitest';
import type { CognitoError } from './cognito-error';
import { checkPasswordPolicy, generateTemporaryPassword } from './password-policy';
import { cognitoDefaultPasswordPolicy } from './pool-config';

const check = (pw: string) => {
  try {
    checkPasswordPolicy(cognitoDefaultPasswordPolicy, pw);
    return 'ok';
  } catch (error) {
    return `${(error as CognitoError).type}: ${(error as CognitoError).message}`;
  }
};

describe('checkPasswordPolicy', () => {
  it.each([
    [
      'Abc12!',
      'InvalidPasswordException: Password did not conform with policy: Password not long enough',
    ],
    [
      'Ab1!',
      "InvalidParameterException: 1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6",
    ],
    [
      'ABCDEFG1!',
      'InvalidPasswordException: Password did not conform with policy: Password must have lowercase characters',
    ],
    [
      'abcdefg1!',
      'InvalidPasswordException: Password did not conform with policy: Password must have uppercase characters',
    ],
    [
      'Abcdefgh!',
      'InvalidPasswordException: Password did not conform with policy: Password must have numeric characters',
    ],
    [
      'Abcdefgh1',
      'InvalidPasswordException: Password did not conform with policy: Password must have symbol characters',
    ],
    [' Abcdefg1!', expect.stringContaining('regular expression pattern')],
    ['A'.repeat(257), expect.stringContaining('less than or equal to 256')],
    ['Abcdefg1!', 'ok'],
    ['Abc defg1', 'ok'],
    [`Ünïcødé-Pass-1${'x'.repeat(60)}`, 'ok'],
  ])('answers %j with %s', (pw, expected) => {
    expect(check(pw)).toEqual(expected);
  });

  it('generates temporary passwords that meet the default policy', () => {
    for (let i = 0; i < 50; i++) expect(check(generateTemporaryPassword())).toBe('ok');
  });
});
