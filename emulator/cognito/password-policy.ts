import { randomInt } from 'node:crypto';
import { CognitoError } from './cognito-error';
import type { PasswordPolicy } from './pool-config';

const symbols = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

/** Cognito's member constraints on any password field, checked before the policy. */
export function checkPasswordShape(password: string, member = 'password'): void {
  const prefix = `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must`;
  if (password.length < 6) {
    throw new CognitoError(
      'InvalidParameterException',
      `${prefix} have length greater than or equal to 6`,
    );
  }
  if (password.length > 256) {
    throw new CognitoError(
      'InvalidParameterException',
      `${prefix} have length less than or equal to 256`,
    );
  }
  if (!/^[\S]+.*[\S]+$/su.test(password)) {
    throw new CognitoError(
      'InvalidParameterException',
      `${prefix} satisfy regular expression pattern: ^[\\S]+.*[\\S]+$`,
    );
  }
}

/** Throws InvalidPasswordException naming the first rule broken, as Cognito does. */
export function checkPasswordPolicy(
  policy: PasswordPolicy,
  password: string,
  member = 'password',
): void {
  checkPasswordShape(password, member);
  const rule = (text: string) =>
    new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${text}`);
  if ([...password].length < policy.minimumLength) throw rule('Password not long enough');
  if (policy.requireLowercase && !/[a-z]/.test(password))
    throw rule('Password must have lowercase characters');
  if (policy.requireUppercase && !/[A-Z]/.test(password))
    throw rule('Password must have uppercase characters');
  if (policy.requireNumbers && !/[0-9]/.test(password))
    throw rule('Password must have numeric characters');
  if (policy.requireSymbols && ![...password].some((c) => symbols.includes(c))) {
    throw rule('Password must have symbol characters');
  }
}

/** Plain-language rules shown next to password fields. */
export function describePolicy(policy: PasswordPolicy): string {
  const parts = [`at least ${policy.minimumLength} characters`];
  if (policy.requireUppercase) parts.push('an uppercase letter');
  if (policy.requireLowercase) parts.push('a lowercase letter');
  if (policy.requireNumbers) parts.push('a number');
  if (policy.requireSymbols) parts.push('a symbol');
  return `Use ${parts.join(', ')}.`;
}

/** A random temporary password that satisfies the default policy. */
export function generateTemporaryPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%+=-_'];
  const all = sets.join('');
  const chars = sets.map((s) => s[randomInt(s.length)]!);
  while (chars.length < 12) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
