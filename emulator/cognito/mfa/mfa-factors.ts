// Which second factors a pool offers, read from its MFA settings (SetUserPoolMfaConfig's blocks).
import type { MfaFactor } from '../../../contract/user-pool-definition';
import type { MfaSettings, PoolConfig } from '../pool-config';

/** The message of an email code when the pool sets none (EmailMfaConfiguration.Message). */
export const defaultEmailMfaMessage = 'Your authentication code is {####}.';
export const defaultEmailMfaSubject = 'Your authentication code';

/** The settings blocks that offer `factors` (the product's pool, from its definition). */
export function mfaSettingsOf(factors: readonly MfaFactor[]): MfaSettings {
  return {
    softwareToken: { Enabled: factors.includes('SOFTWARE_TOKEN_MFA') },
    ...(factors.includes('EMAIL_OTP')
      ? { email: { Message: defaultEmailMfaMessage, Subject: defaultEmailMfaSubject } }
      : {}),
  };
}

/**
 * The factors users of this pool may use: none while MFA is OFF; TOTP when the software-token
 * block is enabled; email codes when the email block is set and the plan is not Lite.
 */
export function poolMfaFactors(config: PoolConfig): MfaFactor[] {
  if (config.mfa === 'OFF') return [];
  const s = config.mfaSettings;
  const factors: MfaFactor[] = [];
  if (s?.softwareToken?.Enabled === true) factors.push('SOFTWARE_TOKEN_MFA');
  if (s?.email !== undefined && config.featurePlan !== 'LITE') factors.push('EMAIL_OTP');
  return factors;
}

/** Whether the pool lets users register an authenticator app (AssociateSoftwareToken). */
export const softwareTokenEnabled = (config: PoolConfig) =>
  config.mfaSettings?.softwareToken?.Enabled === true;
