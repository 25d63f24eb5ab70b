// AdminResetUserPassword through the AWS SDK: RESET_REQUIRED, a reset code in the mailbox, the
// old password refused with PasswordResetRequiredException until ConfirmForgotPassword.
import {
  AdminCreateUserCommand,
  AdminResetUserPasswordCommand,
  ConfirmForgotPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { cognitoSdk, failureOf, startCognito } from './start-test-emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startCognito();
});
afterAll(() => emulator.close());

const password = 'Correct-horse-9-battery';
const signIn = (email: string, pw: string) =>
  cognitoSdk(emulator).send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: emulator.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: pw },
    }),
  );

describe('AdminResetUserPassword', () => {
  it('requires a reset with the mailed code before the next sign-in', async () => {
    await emulator.pool.createUser({ email: 'r@example.com', password });
    const UserPoolId = emulator.userPoolId;
    await cognitoSdk(emulator).send(
      new AdminResetUserPasswordCommand({ UserPoolId, Username: 'r@example.com' }),
    );
    expect(emulator.pool.getUser('r@example.com')?.status).toBe('RESET_REQUIRED');
    expect((await failureOf(signIn('r@example.com', password))).name).toBe(
      'PasswordResetRequiredException',
    );
    const code = emulator.pool.mailbox.latest('r@example.com')!.code!;
    await cognitoSdk(emulator).send(
      new ConfirmForgotPasswordCommand({
        ClientId: emulator.clientId,
        Username: 'r@example.com',
        ConfirmationCode: code,
        Password: 'Another-horse-8-battery',
      }),
    );
    expect(emulator.pool.getUser('r@example.com')?.status).toBe('CONFIRMED');
    expect(
      (await signIn('r@example.com', 'Another-horse-8-battery')).AuthenticationResult,
    ).toBeDefined();
  });

  it('refuses a user without a verified email, and an unknown user', async () => {
    const UserPoolId = emulator.userPoolId;
    await cognitoSdk(emulator).send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'unverified@example.com',
        UserAttributes: [{ Name: 'email', Value: 'unverified@example.com' }],
        MessageAction: 'SUPPRESS',
      }),
    );
    const unverified = await failureOf(
      cognitoSdk(emulator).send(
        new AdminResetUserPasswordCommand({ UserPoolId, Username: 'unverified@example.com' }),
      ),
    );
    expect(unverified).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'Cannot reset password for the user as there is no registered/verified email or phone_number',
    });
    const unknown = await failureOf(
      cognitoSdk(emulator).send(
        new AdminResetUserPasswordCommand({ UserPoolId, Username: 'nobody@example.com' }),
      ),
    );
    expect(unknown.name).toBe('UserNotFoundException');
  });
});
