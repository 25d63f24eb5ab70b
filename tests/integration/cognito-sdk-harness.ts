// One Cognito emulator (in memory, ephemeral port) and an AWS SDK v3 client pointed at it, for
// the JSON API suites; plus a password sign-in that returns the tokens.
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import type { Emulator, EmulatorOptions } from '../../emulator/create-emulator';
import { cognitoSdk, startCognito } from './start-test-emulator';

export interface CognitoSdkHarness {
  readonly emulator: Emulator;
  readonly sdk: CognitoIdentityProviderClient;
  readonly ClientId: string;
  readonly UserPoolId: string;
  /** USER_PASSWORD_AUTH: the access token and both tokens' decoded claims. */
  signIn(
    email: string,
    password: string,
  ): Promise<{
    accessToken: string;
    id: Record<string, unknown>;
    access: Record<string, unknown>;
  }>;
  /** The code of the latest mail to `to`. */
  codeFor(to: string): string;
  close(): Promise<void>;
}

/** `options` as for startCognito (e.g. a `dataDir` to keep the pool on disk). */
export async function startCognitoSdk(options: EmulatorOptions = {}): Promise<CognitoSdkHarness> {
  const emulator = await startCognito(options);
  const sdk = cognitoSdk(emulator);
  const ClientId = emulator.clientId;
  return {
    emulator,
    sdk,
    ClientId,
    UserPoolId: emulator.userPoolId,
    async signIn(USERNAME, PASSWORD) {
      const { AuthenticationResult } = await sdk.send(
        new InitiateAuthCommand({
          ClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME, PASSWORD },
        }),
      );
      const accessToken = AuthenticationResult!.AccessToken!;
      return {
        accessToken,
        id: decodeJwt(AuthenticationResult!.IdToken!),
        access: decodeJwt(accessToken),
      };
    },
    codeFor: (to) => emulator.pool.mailbox.latest(to)!.code!,
    async close() {
      sdk.destroy();
      await emulator.close();
    },
  };
}
