// The whole offline stack as the integration tests start it: in memory, quiet, on ephemeral
// loopback ports, with the API (gateway, handler, DynamoDB Local) running; and real tokens for
// tests that need a signed-in caller but not the hosted pages.
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { request } from 'node:http';
import { inject } from 'vitest';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../emulator/create-emulator';

/** The SPA origin the test emulator registers. */
export const testAppOrigin = 'http://localhost:5173';

/** The Cognito emulator alone, quiet, on an ephemeral port, in memory unless `dataDir` says. */
export function startCognito(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ cognitoPort: 0, api: false, dataDir: null, log: () => {}, ...options });
}

/**
 * Starts the emulator with the API on the run's shared DynamoDB Local
 * (tests/integration/global-setup.ts), under a key of its own; `extra` adds options such as
 * `clock` or `tokenLifetimes`, and an `api` of its own replaces the shared one.
 */
export function startTestEmulator(extra: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return createEmulator({
    cognitoPort: 0,
    api: { port: 0, sharedDynamoDbEndpoint: inject('sharedDynamoDbEndpoint') },
    dataDir: null,
    appOrigins: [testAppOrigin],
    log: () => undefined,
    ...extra,
  });
}

/** AWS SDK client settings for the emulator's JSON APIs (dummy credentials, no retries). */
export const sdkConfig = (emulator: Emulator) => ({
  endpoint: emulator.urls.jsonApi,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  maxAttempts: 1,
});

/** An SDK client for the emulator's user pool JSON API. */
export const cognitoSdk = (emulator: Emulator): CognitoIdentityProviderClient =>
  new CognitoIdentityProviderClient(sdkConfig(emulator));

/** POSTs a raw body to the JSON API as operation `target`, with extra `headers`. */
export function postJsonApi(
  emulator: Emulator,
  target: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(emulator.urls.jsonApi, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      ...headers,
    },
    body,
  });
}

export interface Tokens {
  readonly idToken: string;
  readonly accessToken: string;
}

/** A new confirmed user `email` (in `groups`) and their tokens, through USER_PASSWORD_AUTH. */
export async function signInWithPassword(
  emulator: Emulator,
  email: string,
  groups: string[] = [],
): Promise<Tokens> {
  const password = 'Correct-horse-9-battery';
  await emulator.pool.createUser({ email, password, groups });
  const client = cognitoSdk(emulator);
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

/**
 * Headers of a SigV4-signed admin call as the AWS CLI sends them with dummy credentials: the
 * emulator checks their shape, never the HMAC (docs/security.md).
 */
export const wellFormedSigV4 = {
  authorization: `AWS4-HMAC-SHA256 Credential=local/20300101/local/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'a'.repeat(64)}`,
  'x-amz-date': '20300101T000000Z',
} as const;

/** The error a call fails with, as the SDK raises it; throws if the call succeeds. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

/**
 * The status of a GET to `path` sent to the emulator's address but naming another `host` in the
 * Host header, as a page on a rebound DNS name would (fetch cannot set Host).
 */
export function statusUnderHost(
  emulator: Emulator,
  path: string,
  host: string,
): Promise<number | undefined> {
  const { port } = new URL(emulator.urls.domain);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { host: `${host}:${port}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
