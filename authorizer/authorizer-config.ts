// The authorizer's configuration, read once from the Lambda's environment at the edge and
// validated as a whole: a misconfigured authorizer fails its cold start with every problem
// listed (API Gateway then answers 500 for every call, never an accidental Allow).
import * as z from 'zod/mini';
import { ConfigError } from '../contract/config-error';
import { parseConfig } from '../contract/parse-config';
import { isServiceUrl, requiredVariable } from '../contract/env-rules';

export interface AuthorizerConfig {
  /** The pool's issuer (`iss`): Cognito's `https://cognito-idp.{region}.amazonaws.com/{poolId}`. */
  readonly issuer: string;
  /** Where the pool publishes its public keys (`{issuer}/.well-known/jwks.json`). */
  readonly jwksUri: string;
  /** The SPA's app client id: the ID token's `aud` must equal it. */
  readonly clientId: string;
  /** The header the ID token arrives in (the authorizer's identity source). */
  readonly tokenHeader: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when the environment is wrong; `problems` names every variable to fix. */
export class AuthorizerConfigError extends ConfigError {
  override readonly name: string = 'AuthorizerConfigError';
  override readonly code: string = 'AUTHORIZER_CONFIG_INVALID';
}

const required = requiredVariable;
// https, or plain http on a loopback host (the emulator's pool): never a cleartext key fetch
// across a network.
const urlRule = (name: string) => ({
  error: `${name} must be an https URL without a trailing slash (http only for localhost).`,
});

const envSchema = z.object({
  TOKEN_ISSUER: required('TOKEN_ISSUER').check(z.refine(isServiceUrl, urlRule('TOKEN_ISSUER'))),
  JWKS_URI: required('JWKS_URI').check(z.refine(isServiceUrl, urlRule('JWKS_URI'))),
  APP_CLIENT_ID: required('APP_CLIENT_ID').check(
    z.regex(/^[\w+]{1,128}$/, {
      error: 'APP_CLIENT_ID must be an app client id (letters, digits, "_", "+").',
    }),
  ),
  TOKEN_HEADER: z._default(
    z.string().check(
      z.regex(/^[A-Za-z0-9-]{1,64}$/, {
        error: 'TOKEN_HEADER must be a header name of 1-64 letters, digits or hyphens.',
      }),
    ),
    'Authorization',
  ),
});

/** Reads and validates the authorizer's environment; throws AuthorizerConfigError listing every problem. */
export function readAuthorizerConfig(env: Env): AuthorizerConfig {
  const parsed = parseConfig(envSchema, env, 'authorizer configuration', AuthorizerConfigError);
  return {
    issuer: parsed.TOKEN_ISSUER,
    jwksUri: parsed.JWKS_URI,
    clientId: parsed.APP_CLIENT_ID,
    tokenHeader: parsed.TOKEN_HEADER,
  };
}
