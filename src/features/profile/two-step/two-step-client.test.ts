import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../../test/builders';
import { createTwoStepClient } from './two-step-client';
import { otpauthUri } from './otpauth-uri';

const clientAnswering = (body: unknown, status = 200) => {
  const fetch = vi.fn(async () => jsonResponse(status, body));
  return {
    fetch,
    client: createTwoStepClient({ endpoint: 'http://x/', accessToken: () => 'a', fetch }),
  };
};

describe('createTwoStepClient', () => {
  it.each([
    ['no MFA fields (Cognito omits empty ones)', {}, { enabled: [], preferred: null }],
    [
      'both methods, one preferred',
      { UserMFASettingList: ['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'EMAIL_OTP' },
      { enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: 'EMAIL_OTP' },
    ],
    [
      'methods the SPA does not offer, and hostile types',
      { UserMFASettingList: ['SMS_MFA', 7, null], PreferredMfaSetting: { x: 1 } },
      { enabled: [], preferred: null },
    ],
    [
      'a list that is not a list',
      { UserMFASettingList: 'EMAIL_OTP' },
      { enabled: [], preferred: null },
    ],
  ])('reads GetUser with %s', async (_what, body, status) => {
    await expect(clientAnswering(body).client.status()).resolves.toEqual(status);
  });

  it.each([
    ['missing', {}],
    ['too short', { SecretCode: 'ABC' }],
    ['not base32-like', { SecretCode: 'JBSWY3DPEHPK3PXP"><script>' }],
    ['not a string', { SecretCode: 1234567890 }],
  ])('refuses a secret that is %s', async (_what, body) => {
    await expect(clientAnswering(body).client.associateAuthenticator()).rejects.toMatchObject({
      type: 'http_200',
    });
  });

  it('treats a VerifySoftwareToken status other than SUCCESS as a wrong code', async () => {
    await expect(
      clientAnswering({ Status: 'ERROR' }).client.verifyAuthenticator('123456'),
    ).rejects.toMatchObject({ type: 'EnableSoftwareTokenMFAException' });
  });

  it('sends the code and a device name to VerifySoftwareToken', async () => {
    const { fetch, client } = clientAnswering({ Status: 'SUCCESS' });
    await client.verifyAuthenticator('123456');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get('X-Amz-Target')).toBe(
      'AWSCognitoIdentityProviderService.VerifySoftwareToken',
    );
    expect(JSON.parse(String(init.body))).toEqual({
      AccessToken: 'a',
      UserCode: '123456',
      FriendlyDeviceName: 'Authenticator app',
    });
  });

  it("keeps Cognito's error type", async () => {
    const { client } = clientAnswering(
      { __type: 'CodeMismatchException', message: 'Invalid code received for user' },
      400,
    );
    await expect(client.verifyAuthenticator('123456')).rejects.toMatchObject({
      type: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
  });
});

describe('otpauthUri', () => {
  it('names the issuer twice and encodes the account', () => {
    expect(otpauthUri('ABCDEFGHIJKLMNOP', 'a+b@example.com')).toBe(
      'otpauth://totp/Ledger:a%2Bb%40example.com?secret=ABCDEFGHIJKLMNOP&issuer=Ledger',
    );
    expect(otpauthUri('S', 'x:y', 'My App')).toBe(
      'otpauth://totp/My%20App:x%3Ay?secret=S&issuer=My%20App',
    );
  });
});
