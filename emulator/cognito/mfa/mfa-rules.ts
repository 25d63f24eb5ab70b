// When a sign-in needs a second factor, and which (cognito-extensions §2.2). Pure: the pool's
// settings and the user's record in, the next step out. The JSON API and the hosted pages both
// ask here, so they can never disagree.
import type { PoolConfig } from '../pool-config';
import type { MfaMethod, UserRecord } from '../pool-state';
import { poolMfaFactors } from './mfa-factors';

export type MfaStep =
  /** Tokens: MFA is off, or optional and not turned on. */
  | { readonly kind: 'none' }
  | { readonly kind: 'challenge'; readonly name: MfaMethod }
  /** Several factors on, none preferred: SELECT_MFA_TYPE. */
  | { readonly kind: 'select'; readonly choices: readonly MfaMethod[] }
  /** MFA required and nothing usable: MFA_SETUP with what can be set up. */
  | { readonly kind: 'setup'; readonly choices: readonly MfaMethod[] };

/** Whether the user has what `method` needs: a verified token, or a verified email. */
export function canUse(user: UserRecord, method: MfaMethod): boolean {
  return method === 'SOFTWARE_TOKEN_MFA'
    ? user.softwareToken !== undefined
    : user.email !== '' && user.emailVerified;
}

/** The factors the user turned on that the pool offers and the user can use, in pool order. */
export function enabledMethods(config: PoolConfig, user: UserRecord): MfaMethod[] {
  const on = user.mfaEnabled ?? [];
  return poolMfaFactors(config).filter((m) => on.includes(m) && canUse(user, m));
}

/** The step after a right password (or a new one) for this user in this pool. */
export function mfaStepFor(config: PoolConfig, user: UserRecord): MfaStep {
  const offered = poolMfaFactors(config);
  if (offered.length === 0) return { kind: 'none' };
  const enabled = enabledMethods(config, user);
  const preferred = user.mfaPreferred;
  if (preferred !== undefined && enabled.includes(preferred))
    return { kind: 'challenge', name: preferred };
  if (enabled.length === 1) return { kind: 'challenge', name: enabled[0]! };
  if (enabled.length > 1) return { kind: 'select', choices: enabled };
  if (config.mfa === 'OPTIONAL') return { kind: 'none' };
  // Required: a verified email the pool may send codes to counts as set up (§2.2), and so does
  // a verified token the user has not marked enabled.
  const usable = offered.filter((m) => canUse(user, m));
  if (usable.includes('EMAIL_OTP')) return { kind: 'challenge', name: 'EMAIL_OTP' };
  if (usable.length > 0) return { kind: 'challenge', name: usable[0]! };
  // Only an authenticator app can be set up during sign-in here (email setup is not emulated).
  return { kind: 'setup', choices: offered.filter((m) => m === 'SOFTWARE_TOKEN_MFA') };
}

export type PreferenceChange = Partial<
  Record<MfaMethod, { readonly enabled?: boolean; readonly preferred?: boolean }>
>;

/** Why a preference change was refused (the operation words the error). */
export type PreferenceProblem =
  | { readonly kind: 'notOffered'; readonly method: MfaMethod }
  | { readonly kind: 'notVerified'; readonly method: MfaMethod }
  | { readonly kind: 'preferredDisabled'; readonly method: MfaMethod }
  | { readonly kind: 'requiredByPool' };

/**
 * SetUserMFAPreference's rules: a factor can be turned on only if the pool offers it and the
 * user can use it; one preferred factor at most (preferring one clears the other); a factor
 * turned off stops being preferred; with MFA ON the user cannot turn every factor off.
 */
export function applyPreferences(
  config: PoolConfig,
  user: UserRecord,
  change: PreferenceChange,
): { mfaEnabled: MfaMethod[]; mfaPreferred: MfaMethod | undefined } | PreferenceProblem {
  const offered = poolMfaFactors(config);
  let enabled = [...(user.mfaEnabled ?? [])];
  let preferred = user.mfaPreferred;
  for (const method of ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const) {
    const setting = change[method];
    if (!setting) continue;
    const turnOn = setting.enabled === true || setting.preferred === true;
    if (turnOn && !offered.includes(method)) return { kind: 'notOffered', method };
    if (turnOn && !canUse(user, method)) return { kind: 'notVerified', method };
    if (setting.enabled === false && setting.preferred === true)
      return { kind: 'preferredDisabled', method };
    if (setting.enabled === true && !enabled.includes(method)) enabled.push(method);
    if (setting.enabled === false) enabled = enabled.filter((m) => m !== method);
    if (setting.preferred === true) {
      if (!enabled.includes(method)) enabled.push(method);
      preferred = method;
    }
    if ((setting.preferred === false || setting.enabled === false) && preferred === method)
      preferred = undefined;
  }
  if (config.mfa === 'ON' && enabled.filter((m) => offered.includes(m)).length === 0)
    return { kind: 'requiredByPool' };
  return { mfaEnabled: enabled, mfaPreferred: preferred };
}

/** GetUser's and AdminGetUser's MFA members: omitted when the user has no factor on (§2.7). */
export function userMfaFields(
  config: PoolConfig,
  user: UserRecord,
): { UserMFASettingList?: MfaMethod[]; PreferredMfaSetting?: MfaMethod } {
  const enabled = enabledMethods(config, user);
  if (enabled.length === 0) return {};
  const preferred = user.mfaPreferred;
  return {
    UserMFASettingList: enabled,
    ...(preferred !== undefined && enabled.includes(preferred)
      ? { PreferredMfaSetting: preferred }
      : {}),
  };
}
