// The pool's second factors as the template lists them (EnabledMfas) against what the emulator
// answers to GetUserPoolMfaConfig (DescribeUserPool does not carry them).

import type { GetUserPoolMfaConfigResponse } from '@aws-sdk/client-cognito-identity-provider';
import type { Drift } from './pool-drift';

const sortedStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String).sort() : [];

/** The factors a GetUserPoolMfaConfig answer enables, by their EnabledMfas names. */
export function enabledMfasOf(config: GetUserPoolMfaConfigResponse): string[] {
  if ((config.MfaConfiguration ?? 'OFF') === 'OFF') return [];
  return [
    ...(config.SoftwareTokenMfaConfiguration?.Enabled ? ['SOFTWARE_TOKEN_MFA'] : []),
    ...(config.EmailMfaConfiguration ? ['EMAIL_OTP'] : []),
    ...(config.SmsMfaConfiguration ? ['SMS_MFA'] : []),
  ].sort();
}

/** EnabledMfas when the two differ, else nothing. */
export function mfaDrift(
  deployedPool: Readonly<Record<string, unknown>>,
  emulator: GetUserPoolMfaConfigResponse,
): Drift[] {
  const deployed = sortedStrings(deployedPool['EnabledMfas']);
  const described = enabledMfasOf(emulator);
  return deployed.join() === described.join()
    ? []
    : [{ field: 'EnabledMfas', deployed, emulator: described }];
}
