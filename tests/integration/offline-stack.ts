// The offline stack as the SPA meets it (Cognito emulator, gateway, handler, DynamoDB Local) and
// real tokens for tests that need a signed-in caller but not the hosted pages.
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createEmulator, type Emulator } from '../../emulator/create-emulator';

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
}

/** A new confirmed user `email` and their tokens. */
export async function signInWithPassword(emulator: Emulator, email: string): Promise<Tokens> {
  const password = 'Correct-horse-9-battery';
  await emulator.pool.createUser({ email, password });
  const client = new CognitoIdentityProviderClient({
    endpoint: emulator.urls.domain,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { AuthenticationResult } = await client.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: emulator.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  return {
    idToken: AuthenticationResult!.IdToken!,
    accessToken: AuthenticationResult!.AccessToken!,
  };
}

/** Starts Cognito and the API on free ports, in memory, quiet, with CORS for `appOrigin`. */
export function startOfflineStack(appOrigin: string): Promise<Emulator> {
  return createEmulator({
    cognitoPort: 0,
    api: { port: 0 },
    dataDir: null,
    appOrigins: [appOrigin],
    log: () => undefined,
  });
}
