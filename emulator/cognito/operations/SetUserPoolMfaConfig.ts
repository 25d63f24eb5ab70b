import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../cognito-error';
import type { PoolConfig } from '../pool-config';
import { definePoolManagement } from './operation';
import { mfaConfigOf } from './GetUserPoolMfaConfig';

/**
 * EmailMfaConfiguration's texts (the API's limits): Message 6-20,000 characters with `{####}`,
 * Subject 1-140; both optional.
 */
function checkEmailMfa(
  block: Sdk.EmailMfaConfigType | undefined,
): Sdk.EmailMfaConfigType | undefined {
  if (block === undefined) return undefined;
  const text = (name: 'Message' | 'Subject', min: number, max: number): string | undefined => {
    const value: unknown = block[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string')
      throw new CognitoError(
        'SerializationException',
        `EmailMfaConfiguration.${name} must be a string.`,
      );
    if (value.length < min || value.length > max)
      throw new CognitoError(
        'InvalidParameterException',
        `1 validation error detected: Value at 'emailMfaConfiguration.${name.toLowerCase()}' failed to satisfy constraint: Member must have length between ${min} and ${max}`,
      );
    return value;
  };
  const Message = text('Message', 6, 20_000);
  const Subject = text('Subject', 1, 140);
  if (Message !== undefined && !Message.includes('{####}'))
    throw new CognitoError(
      'InvalidParameterException',
      'The email MFA message must contain {####}.',
    );
  return {
    ...(Message === undefined ? {} : { Message }),
    ...(Subject === undefined ? {} : { Subject }),
  };
}

type Request = Pick<
  Sdk.SetUserPoolMfaConfigRequest,
  | 'MfaConfiguration'
  | 'SoftwareTokenMfaConfiguration'
  | 'SmsMfaConfiguration'
  | 'EmailMfaConfiguration'
>;

/**
 * SetUserPoolMfaConfig: the pool's MFA setting and factors; sign-ins follow them (TOTP and email
 * codes are emulated, SMS only recorded).
 */
export const SetUserPoolMfaConfig = definePoolManagement<Request, Sdk.SetUserPoolMfaConfigResponse>(
  {
    read: (input) => ({
      MfaConfiguration: input.optionalEnum('MfaConfiguration', ['OFF', 'ON', 'OPTIONAL'], 16),
      SoftwareTokenMfaConfiguration: input.structure('SoftwareTokenMfaConfiguration', 'object'),
      SmsMfaConfiguration: input.structure('SmsMfaConfiguration', 'object'),
      EmailMfaConfiguration: checkEmailMfa(input.structure('EmailMfaConfiguration', 'object')),
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
