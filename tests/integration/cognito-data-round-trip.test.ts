// What the pool saves comes back after a restart: group details, memberships, an email change
// waiting for its code, an authenticator app with its last used code. The data-file validator
// (emulator/persistence/pool-file-schema.ts) must accept every shape the emulator itself writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminLinkProviderForUserCommand,
  AdminListGroupsForUserCommand,
  AdminAddUserToGroupCommand,
  CreateGroupCommand,
  GetGroupCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  GetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { startCognitoSdk } from './cognito-sdk-harness';
import { federatedSignIn } from './federated-sign-in';
import { answer, mfaPassword, passwordSignIn, setUpTotp } from './mfa-flows';
import { failureOf } from './start-test-emulator';

const dataDir = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the pool saved under the data folder', () => {
  it('keeps group details, memberships and a pending email change across a restart', async () => {
    const first = await startCognitoSdk({ dataDir });
    const { UserPoolId } = first;
    await first.sdk.send(
      new CreateGroupCommand({
        UserPoolId,
        GroupName: 'editors',
        Description: 'May edit',
        Precedence: 3,
        RoleArn: 'arn:aws:iam::123456789012:role/editors',
      }),
    );
    await first.emulator.pool.createUser({ email: 'kept@example.com', password: 'Start-Pass-1' });
    await first.sdk.send(
      new AdminAddUserToGroupCommand({
        UserPoolId,
        Username: 'kept@example.com',
        GroupName: 'editors',
      }),
    );
    const { accessToken } = await first.signIn('kept@example.com', 'Start-Pass-1');
    await first.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken: accessToken,
        UserAttributes: [{ Name: 'email', Value: 'new@example.com' }],
      }),
    );
    const code = first.codeFor('new@example.com');
    await first.close();

    const second = await startCognitoSdk({ dataDir });
    try {
      const { Group } = await second.sdk.send(
        new GetGroupCommand({ UserPoolId, GroupName: 'editors' }),
      );
      expect(Group).toMatchObject({
        GroupName: 'editors',
        Description: 'May edit',
        Precedence: 3,
        RoleArn: 'arn:aws:iam::123456789012:role/editors',
      });
      const { Groups } = await second.sdk.send(
        new AdminListGroupsForUserCommand({ UserPoolId, Username: 'kept@example.com' }),
      );
      expect(Groups?.map((g) => g.GroupName)).toEqual(['editors']);
      const { accessToken: again } = await second.signIn('kept@example.com', 'Start-Pass-1');
      await second.sdk.send(
        new VerifyUserAttributeCommand({ AccessToken: again, AttributeName: 'email', Code: code }),
      );
      const { UserAttributes } = await second.sdk.send(new GetUserCommand({ AccessToken: again }));
      expect(UserAttributes).toContainEqual({ Name: 'email', Value: 'new@example.com' });
    } finally {
      await second.close();
    }
  });

  it('keeps an authenticator app and its last used code across a restart', async () => {
    const clock = createManualClock();
    const dir = mkdtempSync(join(tmpdir(), 'round-trip-mfa-'));
    try {
      const first = await startCognitoSdk({ dataDir: dir, clock });
      await first.emulator.pool.createUser({ email: 'app@example.com', password: mfaPassword });
      const { accessToken } = await first.signIn('app@example.com', mfaPassword);
      const secret = await setUpTotp(first.sdk, clock, accessToken);
      await first.close();

      const second = await startCognitoSdk({ dataDir: dir, clock });
      try {
        const challenge = await passwordSignIn(second.sdk, second.ClientId, 'app@example.com');
        expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
        const used = await failureOf(
          answer(second.sdk, second.ClientId, 'SOFTWARE_TOKEN_MFA', challenge.Session!, {
            USERNAME: 'app@example.com',
            SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now() - 30_000),
          }),
        );
        expect(used.name).toBe('ExpiredCodeException');
        const done = await answer(
          second.sdk,
          second.ClientId,
          'SOFTWARE_TOKEN_MFA',
          challenge.Session!,
          { USERNAME: 'app@example.com', SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, clock.now()) },
        );
        expect(done.AuthenticationResult).toBeDefined();
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a linked identity across a restart: the identity still signs in as the user', async () => {
    const first = await startCognitoSdk({ dataDir });
    const { username } = await first.emulator.pool.createUser({
      email: 'linked@example.com',
      password: 'Start-Pass-1',
    });
    await first.sdk.send(
      new AdminLinkProviderForUserCommand({
        UserPoolId: first.UserPoolId,
        DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: username },
        SourceUser: {
          ProviderName: 'Google',
          ProviderAttributeName: 'Cognito_Subject',
          ProviderAttributeValue: '4000001',
        },
      }),
    );
    await first.close();

    const second = await startCognitoSdk({ dataDir });
    try {
      const { id } = await federatedSignIn(second.emulator, {
        email: 'linked@example.com',
        subject: '4000001',
      });
      expect(id['cognito:username']).toBe(username);
      expect(id['identities']).toMatchObject([{ userId: '4000001', primary: 'false' }]);
    } finally {
      await second.close();
    }
  });
});
