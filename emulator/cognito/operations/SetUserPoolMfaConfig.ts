import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import type { PoolConfig } from '../pool-config';
import { definePoolManagement } from './operation';
import { mfaConfigOf } from './GetUserPoolMfaConfig';

type Request = Pick<
  Sdk.SetUserPoolMfaConfigRequest,
  | 'MfaConfiguration'
  | 'SoftwareTokenMfaConfiguration'
  | 'SmsMfaConfiguration'
  | 'EmailMfaConfiguration'
>;

/** SetUserPoolMfaConfig: configuration only (no MFA challenge is emulated yet). */
export const SetUserPoolMfaConfig = definePoolManagement<Request, Sdk.SetUserPoolMfaConfigResponse>(
  {
    read: (input) => ({
      MfaConfiguration: input.optionalEnum('MfaConfiguration', ['OFF', 'ON', 'OPTIONAL'], 16),
      SoftwareTokenMfaConfiguration: input.structure('SoftwareTokenMfaConfiguration', 'object'),
      SmsMfaConfiguration: input.structure('SmsMfaConfiguration', 'object'),
      EmailMfaConfiguration: input.structure('EmailMfaConfiguration', 'object'),
    }),
    run: ({ ctx, pools }, r) => {
      const settings: NonNullable<PoolConfig['mfaSettings']> = {
        softwareToken: r.SoftwareTokenMfaConfiguration ?? ctx.config.mfaSettings?.softwareToken,
        sms: r.SmsMfaConfiguration ?? ctx.config.mfaSettings?.sms,
        email: r.EmailMfaConfiguration ?? ctx.config.mfaSettings?.email,
      };
      const mfa = r.MfaConfiguration ?? ctx.config.mfa;
      const anyFactor =
        settings.softwareToken?.Enabled === true ||
        settings.sms !== undefined ||
        settings.email !== undefined;
      if (mfa !== 'OFF' && !anyFactor)
        throw new CognitoError(
          'InvalidParameterException',
          'At least one MFA factor must be enabled when MFA is ON or OPTIONAL.',
        );
      const config = pools.update(ctx.config.userPoolId, (c) => ({
        ...c,
        mfa,
        mfaSettings: settings,
      }));
      return mfaConfigOf(config);
    },
  },
);
