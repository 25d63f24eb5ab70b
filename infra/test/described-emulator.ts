// The emulator as the drift tests see it: started on a free port without the API, asked what
// its pool and the product client are through the AWS SDK, as a deployed pool would be.

import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { UserPoolClientType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { createEmulator, type Emulator } from '../../emulator/create-emulator';

export interface DescribedEmulator {
  readonly emulator: Emulator;
  readonly sdk: CognitoIdentityProviderClient;
  readonly pool: UserPoolType;
  readonly client: UserPoolClientType;
  close(): Promise<void>;
}

/** `testIdp`: whether the local test IdP serves the definition's providers (offline default). */
export async function startDescribedEmulator(testIdp: boolean): Promise<DescribedEmulator> {
  // One app base path, `/`, as on AWS; the origins come from the environment on both sides.
  const emulator = await createEmulator({
    api: false,
    dataDir: null,
    cognitoPort: 0,
    appBasePaths: ['/'],
    testIdp,
    log: () => undefined,
  });
  const sdk = new CognitoIdentityProviderClient({
    endpoint: emulator.urls.jsonApi,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const UserPoolId = emulator.userPoolId;
  const pool = (await sdk.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool!;
  const client = (
    await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId: emulator.clientId }))
  ).UserPoolClient!;
  return {
    emulator,
    sdk,
    pool,
    client,
    close: async () => {
      sdk.destroy();
      await emulator.close();
    },
  };
}
