// The pool's MFA as deployed: OPTIONAL with the authenticator app everywhere, email codes only
// where the stage names an SES sender (docs/deploying.md, "Two-step verification on AWS").
import { describe, expect, it } from 'vitest';
import { userPoolDefinition } from '../../contract/user-pool-definition';
import { mfaSecondFactor } from '../lib/user-pool-auth';
import { buildStack, flatten, onlyResource } from './build-stack';

const poolOf = (mfaEmailFrom: string | null) =>
  onlyResource(
    buildStack({ siteDir: null, config: { mfaEmailFrom } }).template,
    'AWS::Cognito::UserPool',
  );

describe('user pool MFA', () => {
  it('is OPTIONAL with the authenticator app (TOTP) and no SMS by default, on Cognito email', () => {
    const pool = poolOf(null);
    expect(pool['MfaConfiguration']).toBe('OPTIONAL');
    expect(pool['EnabledMfas']).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool['UserPoolTier']).toBe('ESSENTIALS');
    // Nothing to set up before the first deploy: no SES identity, no SNS role.
    expect(JSON.stringify(pool['EmailConfiguration'] ?? {})).not.toContain('DEVELOPER');
    expect(pool['SmsConfiguration']).toBeUndefined();
  });

  it('adds email codes and sends through SES when the stage names a sender', () => {
    const pool = poolOf('no-reply@example.com');
    expect(pool['EnabledMfas']).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    const email = pool['EmailConfiguration'] as Record<string, unknown>;
    expect(email).toMatchObject({ EmailSendingAccount: 'DEVELOPER', From: 'no-reply@example.com' });
    expect(flatten(email['SourceArn'])).toMatch(
      /^arn:.*:ses:eu-west-1:123456789012:identity\/no-reply@example\.com$/,
    );
  });

  it('follows the definition: no factors when MFA is OFF, no email on the Lite plan', () => {
    expect(mfaSecondFactor({ ...userPoolDefinition, mfa: 'OFF' }, 'a@example.com')).toBeUndefined();
    expect(() =>
      mfaSecondFactor({ ...userPoolDefinition, featurePlan: 'LITE' }, 'a@example.com'),
    ).toThrow(/Essentials or Plus/);
    expect(
      mfaSecondFactor(
        { ...userPoolDefinition, mfaFactors: ['SOFTWARE_TOKEN_MFA'] },
        'a@example.com',
      ),
    ).toEqual({ sms: false, otp: true, email: false });
  });
});
