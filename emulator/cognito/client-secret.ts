import { createHmac, timingSafeEqual } from 'node:crypto';
import { CognitoError } from './cognito-error';
import type { AppClientConfig } from './pool-config';

/** Constant-time comparison of two secrets. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Base64(HMAC-SHA256(key = client secret, message = username + client id)). */
export function secretHash(client: AppClientConfig, username: string): string {
  return createHmac('sha256', client.clientSecret ?? '')
    .update(username + client.clientId)
    .digest('base64');
}

/**
 * SECRET_HASH as Cognito checks it on SignUp, ConfirmSignUp, ResendConfirmationCode,
 * ForgotPassword, ConfirmForgotPassword and InitiateAuth: required and exact for a client with a
 * secret (`username` as the request names the user); a client without one ignores it.
 */
export function checkSecretHash(
  client: AppClientConfig,
  username: string,
  given: string | undefined,
): void {
  if (client.clientSecret === undefined) return;
  requireSecretHash(client, given);
  if (!sameSecret(given!, secretHash(client, username)))
    throw new CognitoError(
      'NotAuthorizedException',
      `Unable to verify secret hash for client ${client.clientId}`,
    );
}

/** A client with a secret must send SECRET_HASH at all (checked before anything else is read). */
export function requireSecretHash(client: AppClientConfig, given: string | undefined): void {
  if (client.clientSecret !== undefined && (given === undefined || given === ''))
    throw new CognitoError(
      'NotAuthorizedException',
      `Client ${client.clientId} is configured with secret but SECRET_HASH was not received`,
    );
}
