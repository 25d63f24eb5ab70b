// Verifies a user pool ID token with aws-jwt-verify's generic JwtVerifier: the Cognito verifier
// derives issuer and JWKS URI from a pool id in AWS's format and cannot point at the emulator,
// so the same checks are spelled out here for both (reference §5.1 (c)): signature against the
// pool's JWKS, `iss`, `aud` = the app client, `token_use` = `id`, and `exp`/`nbf`.
// Time: the library compares `exp` with Date.now() and takes no clock, so its own time check is
// switched off (infinite grace) and `exp`/`nbf` are checked here on the injected clock instead:
// systemClock on AWS (the same instant the library would use), the emulator's clock offline, so
// a test that moves the shared clock past `exp` sees the token refused.
import { JwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Clock } from '../contract/clock';
import type { AuthorizerConfig } from './authorizer-config';
import { createJwksFetcher } from './jwks-fetcher';

export interface IdTokenClaims {
  readonly sub: string;
  readonly email: string;
  readonly groups: readonly string[];
}

/** Checks a compact JWT; resolves its claims or rejects (any reason: the caller answers 401). */
export type VerifyIdToken = (token: string) => Promise<IdTokenClaims>;

export interface IdTokenVerifierOptions {
  readonly config: Pick<AuthorizerConfig, 'issuer' | 'jwksUri' | 'clientId'>;
  readonly clock: Clock;
  /** Keys to use instead of fetching `jwksUri` (tests). */
  readonly jwks?: { readonly keys: readonly Record<string, unknown>[] };
}

const stringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Builds the verifier once (it caches the JWKS across invocations, as a warm Lambda does). */
export function createIdTokenVerifier({
  config,
  clock,
  jwks,
}: IdTokenVerifierOptions): VerifyIdToken {
  const verifier = JwtVerifier.create(
    {
      issuer: config.issuer,
      audience: config.clientId,
      jwksUri: config.jwksUri,
      graceSeconds: Number.POSITIVE_INFINITY,
      customJwtCheck: ({ payload }) => {
        if (payload['token_use'] !== 'id') throw new Error('not an ID token');
        const now = clock.now();
        if (typeof payload.exp !== 'number' || payload.exp * 1000 <= now) {
          throw new Error('token expired');
        }
        if (
          payload.nbf !== undefined &&
          (typeof payload.nbf !== 'number' || payload.nbf * 1000 > now)
        ) {
          throw new Error('token not yet valid');
        }
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: createJwksFetcher() }) },
  );
  if (jwks !== undefined) verifier.cacheJwks(jwks as Parameters<typeof verifier.cacheJwks>[0]);

  return async (token) => {
    const payload = await verifier.verify(token);
    const { sub, email } = payload;
    const groups = payload['cognito:groups'] ?? [];
    if (typeof sub !== 'string' || sub === '') throw new Error('token has no sub');
    if (!stringArray(groups)) throw new Error('cognito:groups is not a list of names');
    return { sub, email: typeof email === 'string' ? email : '', groups };
  };
}
