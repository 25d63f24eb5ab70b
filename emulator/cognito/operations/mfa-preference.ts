import { CognitoError } from '../cognito-error';
import { applyPreferences, type PreferenceChange } from '../mfa/mfa-rules';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import type { JsonInput } from './json-input';

// What SetUserMFAPreference and AdminSetUserMFAPreference share: the settings blocks and the rules.

type Settings = { readonly enabled?: boolean; readonly preferred?: boolean };

/** One `{Enabled, PreferredMfa}` block, both optional booleans. */
function readSettings(input: JsonInput, member: string): Settings | undefined {
  const block = input.structure<Record<string, unknown>>(member, 'object');
  if (block === undefined) return undefined;
  const bool = (name: string): boolean | undefined => {
    const value = block[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean')
      throw new CognitoError('SerializationException', `${member}.${name} must be a boolean.`);
    return value;
  };
  const enabled = bool('Enabled');
  const preferred = bool('PreferredMfa');
  return {
    ...(enabled === undefined ? {} : { enabled }),
    ...(preferred === undefined ? {} : { preferred }),
  };
}

export interface PreferenceRequest {
  readonly change: PreferenceChange;
}

/** Reads the blocks; SMS MFA is not emulated, so only turning it off is accepted. */
export function readPreferences(input: JsonInput): PreferenceRequest {
  const sms = readSettings(input, 'SMSMfaSettings');
  if (sms?.enabled === true || sms?.preferred === true)
    throw new CognitoError(
      'InvalidParameterException',
      'SMS MFA is not supported by the local Cognito emulator.',
    );
  const totp = readSettings(input, 'SoftwareTokenMfaSettings');
  const email = readSettings(input, 'EmailMfaSettings');
  return {
    change: {
      ...(totp ? { SOFTWARE_TOKEN_MFA: totp } : {}),
      ...(email ? { EMAIL_OTP: email } : {}),
    },
  };
}

const labels = { SOFTWARE_TOKEN_MFA: 'Software token', EMAIL_OTP: 'Email' } as const;

/** Applies a preference change to `user`, or Cognito's InvalidParameterException. */
export function setPreferences(ctx: PoolContext, user: UserRecord, r: PreferenceRequest): void {
  const outcome = applyPreferences(ctx.config, user, r.change);
  if (!('kind' in outcome)) {
    ctx.repo.updateUser(user.username, outcome);
    return;
  }
  const invalid = (message: string) => new CognitoError('InvalidParameterException', message);
  switch (outcome.kind) {
    case 'notOffered':
      throw invalid(`${labels[outcome.method]} MFA is not enabled for the user pool.`);
    case 'notVerified':
      throw invalid(
        outcome.method === 'SOFTWARE_TOKEN_MFA'
          ? 'User has not verified software token mfa'
          : 'User does not have a verified email address.',
      );
    case 'preferredDisabled':
      throw invalid(`${labels[outcome.method]} MFA cannot be preferred while it is disabled.`);
    case 'requiredByPool':
      throw invalid('MFA is required in this user pool: keep at least one MFA method enabled.');
  }
}
