// Cognito's rules for a ProviderName and an IdpIdentifier (cognito-extensions §7.1), shared by
// the emulator (which answers identity_provider / idp_identifier) and the stage config checks.

const providerNamePattern = /^[^_\p{Z}](?:[\p{L}\p{M}\p{S}\p{N}\p{P}]*[^_\p{Z}])?$/u;
const providerNameChars = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const idpIdentifierPattern = /^[\w\s+=.@-]{1,40}$/;

/** Why `name` cannot be a ProviderName, or undefined when it can. */
export function providerNameProblem(name: string): string | undefined {
  const length = [...name].length;
  if (length < 1 || length > 32) return 'must be 1-32 characters';
  if (name === 'COGNITO') return 'COGNITO is the pool itself';
  if (!providerNameChars.test(name) || !providerNamePattern.test(name))
    return 'must be letters, digits, symbols or punctuation (no spaces), not starting or ending with _';
  return undefined;
}

/** Whether `value` can be an IdpIdentifier (an email domain, say). */
export const isIdpIdentifier = (value: string): boolean => idpIdentifierPattern.test(value);

/** Cognito's bound on IdpIdentifiers per provider. */
export const maxIdpIdentifiers = 50;
