import { checkSecretHash } from '../client-secret';
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
export const secretHashLimit = 128;
export const usernameLimit = 128;
export const passwordLimit = 4096;
export const codeLimit = 2048;
export const groupNameLimit = 128;

/** Requests that name an app client and a user (and the SecretHash of a client with a secret). */
export function readClientAndUsername(input: JsonInput): {
  ClientId: string;
  Username: string;
  SecretHash?: string | undefined;
} {
  return {
    ClientId: input.string('ClientId', clientIdLimit),
    Username: input.string('Username', usernameLimit),
    SecretHash: input.optionalString('SecretHash', secretHashLimit),
  };
}

/** The client a public call names, its SecretHash checked against the Username it names. */
export function requireClientOf(
  ctx: PoolContext,
  request: { ClientId: string; Username: string; SecretHash?: string | undefined },
): AppClientConfig {
  const client = requireClient(ctx, request.ClientId);
  checkSecretHash(client, request.Username, request.SecretHash);
  return client;
}

export function readUsername(input: JsonInput): { Username: string } {
  return { Username: input.string('Username', usernameLimit) };
}

/** A request whose UserAttributes have been shape-checked (JsonInput.attributes). */
export type WithAttributes<T> = Omit<T, 'UserAttributes'> & {
  UserAttributes?: readonly UserAttribute[] | undefined;
};

/** What every public call on one user of an app client carries. */
export type ClientUserRequest = ReturnType<typeof readClientAndUsername>;

/**
 * A public operation on one user of an app client (SignUp, ConfirmSignUp...): ClientId,
 * Username and SecretHash are read first and the client and its SECRET_HASH checked before
 * `run`, so no such operation can forget the hash; `read` reads the members it adds. `run`
 * gets the checked client (its WriteAttributes, its flows).
 */
export function defineClientUserCall<Extra, Response>(spec: {
  read(input: JsonInput): Extra;
  run(
    ctx: PoolContext,
    request: ClientUserRequest & Extra,
    client: AppClientConfig,
  ): Wire<Response> | Promise<Wire<Response>>;
}): Operation {
  return defineOperation<ClientUserRequest & Extra, Response, 'public'>({
    auth: 'public',
    read: (input) => ({ ...readClientAndUsername(input), ...spec.read(input) }),
    run: (ctx, r) => spec.run(ctx, r, requireClientOf(ctx, r)),
  });
}

/**
 * A public operation that names an app client and a user (and SecretHash) and reads nothing
 * else (ForgotPassword, ResendConfirmationCode).
 */
export const defineClientUserOperation = <Response>(
  run: (
    ctx: PoolContext,
    username: string,
    clientId: string,
  ) => Wire<Response> | Promise<Wire<Response>>,
): Operation =>
  defineClientUserCall<Record<string, never>, Response>({
    read: () => ({}),
    run: (ctx, r) => run(ctx, r.Username, r.ClientId),
  });

/** An admin operation on one user that reads nothing else (AdminGetUser, AdminDisableUser...). */
export function defineUserOperation<Request extends { Username: string | undefined }, Response>(
  run: (ctx: PoolContext, username: string) => Wire<Response> | Promise<Wire<Response>>,
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
