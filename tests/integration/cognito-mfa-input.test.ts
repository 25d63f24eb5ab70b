// Wrong, missing, oversized and hostile input to the MFA operations: Cognito's validation
// errors, never a 500 and never a changed account.
import * as Idp from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { answer, mfaPassword, mfaSuite, passwordSignIn, setUpTotp } from './mfa-flows';
import { failureOf, postJsonApi, wellFormedSigV4 } from './start-test-emulator';

const suite = mfaSuite();

describe('SetUserPoolMfaConfig with a bad EmailMfaConfiguration', () => {
  it.each([
    ['a Message without {####}', { Message: 'Your code is here' }, 'InvalidParameterException'],
    ['a Message too short', { Message: '{####}'.slice(0, 5) }, 'InvalidParameterException'],
    ['a Message too long', { Message: `{####}${'x'.repeat(20_000)}` }, 'InvalidParameterException'],
    ['a Subject too long', { Subject: 's'.repeat(141) }, 'InvalidParameterException'],
    ['a Message that is a number', { Message: 42 }, 'SerializationException'],
  ])('refuses %s', async (_label, EmailMfaConfiguration, type) => {
    const res = await postJsonApi(
      suite.h.emulator,
      'SetUserPoolMfaConfig',
      JSON.stringify({
        UserPoolId: suite.h.UserPoolId,
        MfaConfiguration: 'OPTIONAL',
        EmailMfaConfiguration,
      }),
      wellFormedSigV4,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe(type);
  });
});

let shape: Promise<{ accessToken: string }> | undefined;
/** One signed-in user for the table below. */
const shapeUser = () =>
  (shape ??= suite.h.emulator.pool
    .createUser({ email: 'shape@example.com', password: mfaPassword })
    .then(() => suite.h.signIn('shape@example.com', mfaPassword)));

describe('SetUserMFAPreference with bad blocks', () => {
  it.each([
    ['Enabled as a string', { SoftwareTokenMfaSettings: { Enabled: 'true' } }],
    ['a block that is a list', { EmailMfaSettings: [true] }],
    ['a block that is a string', { EmailMfaSettings: 'on' }],
  ])('refuses %s with SerializationException', async (_label, body) => {
    const { accessToken } = await shapeUser();
    const res = await postJsonApi(
      suite.h.emulator,
      'SetUserMFAPreference',
      JSON.stringify({ AccessToken: accessToken, ...body }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('SerializationException');
  });
});

describe('RespondToAuthChallenge with bad MFA answers', () => {
  it('refuses a missing code, another challenge name, an unknown one and another user', async () => {
    const { sdk, ClientId } = suite.h;
    await suite.h.emulator.pool.createUser({ email: 'answers@example.com', password: mfaPassword });
    await suite.h.emulator.pool.createUser({ email: 'other@example.com', password: mfaPassword });
    const { accessToken } = await suite.h.signIn('answers@example.com', mfaPassword);
    const secret = await setUpTotp(sdk, suite.clock, accessToken);
    const { Session } = await passwordSignIn(sdk, ClientId, 'answers@example.com');
    const failure = async (
      name: Parameters<typeof answer>[2],
      responses: Record<string, string>,
    ) => {
      const f = await failureOf(answer(sdk, ClientId, name, Session!, responses));
      return `${f.name}: ${f.message}`;
    };
    expect(await failure('SOFTWARE_TOKEN_MFA', { USERNAME: 'answers@example.com' })).toBe(
      'InvalidParameterException: Missing required parameter SOFTWARE_TOKEN_MFA_CODE',
    );
    expect(
      await failure('EMAIL_OTP', { USERNAME: 'answers@example.com', EMAIL_OTP_CODE: '123456' }),
    ).toBe('InvalidParameterException: The Session is for SOFTWARE_TOKEN_MFA, not EMAIL_OTP.');
    const code = totpCode(secret, suite.clock.now());
    expect(
      await failure('SOFTWARE_TOKEN_MFA', {
        USERNAME: 'other@example.com',
        SOFTWARE_TOKEN_MFA_CODE: code,
      }),
    ).toBe('NotAuthorizedException: Invalid session for the user.');
    const sms = await failureOf(
      sdk.send(
        new Idp.RespondToAuthChallengeCommand({
          ClientId,
          ChallengeName: 'SMS_MFA',
          Session: Session!,
          ChallengeResponses: { USERNAME: 'answers@example.com', SMS_MFA_CODE: '123456' },
        }),
      ),
    );
    expect(sms.name).toBe('InvalidParameterException');
    // None of these used the Session up: the right code still signs in.
    const done = await answer(sdk, ClientId, 'SOFTWARE_TOKEN_MFA', Session!, {
      USERNAME: 'answers@example.com',
      SOFTWARE_TOKEN_MFA_CODE: code,
    });
    expect(done.AuthenticationResult).toBeDefined();
  });

  it('refuses a Session of another app client', async () => {
    const { sdk, ClientId, UserPoolId } = suite.h;
    const other = await sdk.send(
      new Idp.CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'other',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      }),
    );
    await suite.h.emulator.pool.createUser({ email: 'client@example.com', password: mfaPassword });
    const { accessToken } = await suite.h.signIn('client@example.com', mfaPassword);
    const secret = await setUpTotp(sdk, suite.clock, accessToken);
    const { Session } = await passwordSignIn(sdk, ClientId, 'client@example.com');
    const f = await failureOf(
      answer(sdk, other.UserPoolClient!.ClientId!, 'SOFTWARE_TOKEN_MFA', Session!, {
        USERNAME: 'client@example.com',
        SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, suite.clock.now()),
      }),
    );
    expect(f).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });
});
