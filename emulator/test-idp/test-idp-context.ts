// What every endpoint of the local test IdP shares: its registration, its data, its keys.

import type { Clock } from '../../contract/clock';
import type { SecretSource } from '../http/csrf';
import type { TestIdentity } from './test-identity';
import type { TestIdpKeys } from './test-idp-keys';

/** The pool's registration at the IdP (one relying party: the emulator's user pool). */
export interface TestIdpClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

/** A code the authorize step issued: single-use, bound to its client, redirect and PKCE. */
export interface IdpCode {
  readonly subject: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly nonce: string | undefined;
  readonly codeChallenge: string | undefined;
  /** Seconds. */
  readonly authTime: number;
  readonly expiresAt: number;
}

export interface IdpAccessToken {
  readonly subject: string;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
}

export interface TestIdpContext {
  /** `iss` of its ID tokens, no trailing slash (`<origin>/_test-idp`). */
  readonly issuer: string;
  readonly client: TestIdpClient;
  readonly clock: Clock;
  readonly ids: SecretSource;
  readonly keys: TestIdpKeys;
  readonly identities: Map<string, TestIdentity>;
  readonly codes: Map<string, IdpCode>;
  readonly accessTokens: Map<string, IdpAccessToken>;
  /** Called after the identities changed (persistence). */
  identitiesChanged(): void;
}

/** Codes live 5 minutes (Cognito's own bound on the round trip); tokens an hour. */
export const idpCodeSeconds = 300;
export const idpTokenSeconds = 3600;
export const testIdpPath = '/_test-idp';
