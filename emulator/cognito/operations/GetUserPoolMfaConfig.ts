import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import type { PoolConfig } from '../pool-config';
import { defineOperation, type Wire } from './operation';

/** The MFA blocks as SetUserPoolMfaConfig stored them; unset ones are omitted. */
export function mfaConfigOf(config: PoolConfig): Wire<Sdk.GetUserPoolMfaConfigResponse> {
  const s = config.mfaSettings;
  return {
    MfaConfiguration: config.mfa,
    ...(s?.softwareToken ? { SoftwareTokenMfaConfiguration: { ...s.softwareToken } } : {}),
    ...(s?.sms ? { SmsMfaConfiguration: s.sms as Sdk.SmsMfaConfigType } : {}),
    ...(s?.email ? { EmailMfaConfiguration: s.email as Sdk.EmailMfaConfigType } : {}),
  };
}

/** GetUserPoolMfaConfig: the pool's MFA setting and factors. */
export const GetUserPoolMfaConfig = defineOperation<
  Record<string, never>,
  Sdk.GetUserPoolMfaConfigResponse,
  'iam'
>({
  auth: 'iam',
  read: () => ({}),
  run: (ctx) => mfaConfigOf(ctx.config),
});
