// Steps the MFA suites share: a signed-in user of the product's pool with an authenticator app
// set up, and the calls that answer a challenge.
import {
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { ManualClock } from '../../contract/clock';
import { totpCode } from '../../emulator/cognito/mfa/totp';

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
