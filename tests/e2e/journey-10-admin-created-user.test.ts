// Journey 10: an operator creates a user with a temporary password through the Cognito JSON API
// (AdminCreateUser with the AWS SDK); on first sign-in the hosted UI makes them choose a new
// password, then they land in the app.
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, it } from 'vitest';
import {
  appPath,
  chooseNewPassword,
  submitHostedSignIn,
  waitForHostedSignIn,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { uniqueEmail } from './support/users';
import { waitForSignedInAs } from './a11y/journey-steps';

describeEachServerMode('journey 10: admin-created user', { modes: ['preview'] }, (env) => {
  it('forces a new password on first sign-in, then lands in the app', async () => {
    const { app, withPage } = env();
    const cognito = new CognitoIdentityProviderClient({
      endpoint: app.emulator.urls.jsonApi,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      await withPage('journey-10-admin-created-user', async (page) => {
        const email = uniqueEmail('journey10');
        const temporaryPassword = 'Temp-pass-1!';
        const newPassword = 'Chosen-pass-2?';
        const UserPoolId = app.emulator.userPoolId;
        await cognito.send(
          new AdminCreateUserCommand({
            UserPoolId,
            Username: email,
            TemporaryPassword: temporaryPassword,
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
            MessageAction: 'SUPPRESS',
          }),
        );
        const created = await cognito.send(
          new AdminGetUserCommand({ UserPoolId, Username: email }),
        );
        expect(created.UserStatus).toBe('FORCE_CHANGE_PASSWORD');

        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);
        await submitHostedSignIn(page, { email, password: temporaryPassword });

        await page.waitForURL(/\/forceChangePassword\?/);
        await chooseNewPassword(page, newPassword);

        await page.getByText('No transactions yet.').waitFor();
        await waitForSignedInAs(page, email);
        expect(appPath(page, app)).toBe('/transactions');
        const changed = await cognito.send(
          new AdminGetUserCommand({ UserPoolId, Username: email }),
        );
        expect(changed.UserStatus).toBe('CONFIRMED');
      });
    } finally {
      cognito.destroy();
    }
  });
});
