// Steps the MFA suites share: a signed-in user of the product's pool with an authenticator app
// set up, and the calls that answer a challenge.
import {
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll } from 'vitest';
import { createManualClock, type ManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { createConfirmedUser, createPoolWithClient } from './created-pool';
import { failureOf } from './start-test-emulator';

export const mfaPassword = 'Correct-horse-9-battery';

/** USER_PASSWORD_AUTH; the raw answer (tokens or a challenge). */
export const passwordSignIn = (
  sdk: CognitoIdentityProviderClient,
  ClientId: string,
  USERNAME: string,
  PASSWORD = mfaPassword,
) =>
  sdk.send(
    new InitiateAuthCommand({
      ClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME, PASSWORD },
    }),
  );

/** Associates and verifies an authenticator app with the access token; returns its secret. */
export async function setUpTotp(
  sdk: CognitoIdentityProviderClient,
  clock: ManualClock,
  AccessToken: string,
): Promise<string> {
  const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
  const verified = await sdk.send(
    new VerifySoftwareTokenCommand({
      AccessToken,
      UserCode: totpCode(SecretCode!, clock.now()),
      FriendlyDeviceName: 'Test phone',
    }),
  );
  if (verified.Status !== 'SUCCESS') throw new Error('VerifySoftwareToken did not succeed');
  // The code just used is spent: sign-ins take the next step's.
  clock.advance(30_000);
  return SecretCode!;
}

/** Answers `ChallengeName` with one response besides USERNAME. */
export const answer = (
  sdk: CognitoIdentityProviderClient,
  ClientId: string,
  ChallengeName: 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP' | 'SELECT_MFA_TYPE' | 'MFA_SETUP',
  Session: string,
  responses: Record<string, string>,
) =>
  sdk.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName,
      Session,
      ChallengeResponses: responses,
    }),
  );

/** A suite's emulator on a manual clock: started before its tests, closed after them. */
export function mfaSuite(): { readonly clock: ManualClock; readonly h: CognitoSdkHarness } {
  const clock = createManualClock();
  let harness: CognitoSdkHarness | undefined;
  beforeAll(async () => {
    harness = await startCognitoSdk({ clock });
  });
  afterAll(() => harness?.close());
  return {
    clock,
    get h() {
      if (!harness) throw new Error('the MFA suite has not started');
      return harness;
    },
  };
}

/** Answers SOFTWARE_TOKEN_MFA and returns the error it fails with (`name: message`). */
export async function refusedTotp(
  sdk: CognitoIdentityProviderClient,
  ClientId: string,
  Session: string,
  USERNAME: string,
  SOFTWARE_TOKEN_MFA_CODE: string,
): Promise<string> {
  const failure = await failureOf(
    answer(sdk, ClientId, 'SOFTWARE_TOKEN_MFA', Session, { USERNAME, SOFTWARE_TOKEN_MFA_CODE }),
  );
  return `${failure.name}: ${failure.message}`;
}

/**
 * A new pool that requires MFA (authenticator app only) with a code-flow client and a confirmed
 * `user` with no factor yet; returns the authorize query (`params` added) that signs them in on
 * the hosted pages, where they must set one up.
 */
export async function mfaRequiredPool(
  sdk: CognitoIdentityProviderClient,
  user: { readonly username: string; readonly password: string },
  params: Record<string, string> = {},
): Promise<URLSearchParams> {
  const callback = 'http://localhost:4100/done';
  const pool = await createPoolWithClient(
    sdk,
    {},
    {
      CallbackURLs: [callback],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
    },
  );
  await sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.poolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  await createConfirmedUser(sdk, pool.poolId, user);
  return new URLSearchParams({
    response_type: 'code',
    client_id: pool.clientId,
    redirect_uri: callback,
    scope: 'openid',
    ...params,
  });
}
