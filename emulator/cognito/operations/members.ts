import type { JsonInput } from './json-input';
import type { Checked } from './operation';
import type { UserAttribute } from '../user-attributes';
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import { findClient, type AppClientConfig } from '../pool-config';

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

/** An admin request that names a user (the pool id is checked with the credentials). */
export type UsernameRequest<T extends { Username: string | undefined }> = Checked<T, 'Username'>;

export function readUsername(input: JsonInput): { Username: string } {
  return { Username: input.string('Username', usernameLimit) };
}

/** A request whose UserAttributes have been shape-checked (JsonInput.attributes). */
export type WithAttributes<T> = Omit<T, 'UserAttributes'> & {
  UserAttributes?: readonly UserAttribute[] | undefined;
};
