import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { findClient, type AppClientConfig } from '../pool-config';
import type { UserAttribute } from '../user-attributes';
import { verifyAccessToken } from '../token-service';
import type { JsonInput } from './json-input';
import { defineOperation, type Checked, type Operation, type Wire } from './operation';

// What many operations share: the members they read first, and the shapes of the simplest ones.

/** The app client a call names, or Cognito's ResourceNotFoundException. */
export function requireClient(ctx: PoolContext, clientId: string): AppClientConfig {
  const client = findClient(ctx.config, clientId);
  if (!client)
    throw new CognitoError(
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  return client;
}

/**
 * The app client an access token was issued to (its Read/WriteAttributes apply to the caller's
 * own calls). The dispatcher has already checked the token; this reads it again.
 */
export function clientOfAccessToken(ctx: PoolContext, token: string): AppClientConfig {
  return requireClient(ctx, String(verifyAccessToken(ctx, token).claims.client_id));
}

/** Members every public operation with an app client reads first. */
export const clientIdLimit = 128;
export const usernameLimit = 128;
export const passwordLimit = 4096;
export const codeLimit = 2048;
export const groupNameLimit = 128;

/** Requests that name an app client and a user, and nothing else the emulator reads. */
export function readClientAndUsername(input: JsonInput): { ClientId: string; Username: string } {
  return {
    ClientId: input.string('ClientId', clientIdLimit),
    Username: input.string('Username', usernameLimit),
  };
}

export function readUsername(input: JsonInput): { Username: string } {
  return { Username: input.string('Username', usernameLimit) };
}

/** A request whose UserAttributes have been shape-checked (JsonInput.attributes). */
export type WithAttributes<T> = Omit<T, 'UserAttributes'> & {
  UserAttributes?: readonly UserAttribute[] | undefined;
};

/**
 * A public operation that names an app client and a user and reads nothing else
 * (ForgotPassword, ResendConfirmationCode).
 */
export function defineClientUserOperation<
  Request extends { ClientId: string | undefined; Username: string | undefined },
  Response,
>(run: (ctx: PoolContext, username: string) => Wire<Response>): Operation {
  return defineOperation<Checked<Request, 'ClientId' | 'Username'>, Response, 'public'>({
    auth: 'public',
    read: readClientAndUsername,
    run: (ctx, r) => {
      requireClient(ctx, r.ClientId);
      return run(ctx, r.Username);
    },
  });
}

/** An admin operation on one user that reads nothing else (AdminGetUser, AdminDisableUser...). */
export function defineUserOperation<Request extends { Username: string | undefined }, Response>(
  run: (ctx: PoolContext, username: string) => Wire<Response>,
): Operation {
  return defineOperation<Checked<Request, 'Username'>, Response, 'iam'>({
    auth: 'iam',
    read: readUsername,
    run: (ctx, r) => run(ctx, r.Username),
  });
}

/** An operation on the caller's own account that reads nothing but the access token. */
export function defineCallerOperation<Response>(
  run: (ctx: PoolContext, caller: UserRecord) => Wire<Response>,
): Operation {
  return defineOperation<Record<string, never>, Response, 'accessToken'>({
    auth: 'accessToken',
    read: () => ({}),
    run: (ctx, _request, caller) => run(ctx, caller),
  });
}
