// The Cognito User Pools authorizer's decision on one token, with the reason it was refused: the
// gateway runs exactly this (judgeCognitoToken for every uncached token, judgeTokenUse for every
// request), and the console's "Test the authorizer" shows its answer. The order is the
// authorizer's: header, key, signature, claims, then token use and scopes, so a forged expired
// token is reported as forged, not as expired (cognito-behavior.md §8.2).
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { Clock } from '../../contract/clock';
import type { KeyResolver } from './create-jwks-store';
import { stringifyClaims } from './stringify-claims';

export const UNAUTHORIZED_MESSAGE = 'Unauthorized';
export const EXPIRED_MESSAGE = 'The incoming token has expired';

/** Why the checks refused a token that was read from the header. */
export type TokenDenyReason =
  | 'malformed'
  | 'bad-header'
  | 'other-pool'
  | 'unknown-kid'
  | 'jwks-unavailable'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'missing-claim'
  | 'wrong-audience'
  | 'not-an-id-token'
  | 'not-an-access-token'
  | 'missing-scope'
  | 'invalid';

/** What the refused token said, so a reason can be explained (never sent to the API's caller). */
export interface DenyFacts {
  /** `exp` of an expired token, epoch seconds. */
  readonly expiredAt?: number;
  /** `nbf` of a token not yet valid, epoch seconds. */
  readonly notBefore?: number;
  /** The token's `iss` when it is not this pool's. */
  readonly tokenIssuer?: string;
  /** The header's `alg` when it is not RS256. */
  readonly alg?: string;
  /** The claim that is missing or has the wrong value. */
  readonly claim?: string;
  /** The token's `token_use` when it is not the one the methods take. */
  readonly tokenUse?: string;
  /** The method's OAuth scopes, when the token carries none of them (or is no access token). */
  readonly methodScopes?: readonly string[];
  /** The token's `scope` claim, split, when none of it is a method scope. */
  readonly tokenScopes?: readonly string[];
}

export type TokenVerdict =
  | {
      readonly allow: true;
      /** The verified payload as signed. */
      readonly payload: JWTPayload;
      /** What the Lambda gets in `requestContext.authorizer.claims`: every value a string. */
      readonly claims: Readonly<Record<string, string>>;
    }
  | {
      readonly allow: false;
      readonly reason: TokenDenyReason;
      /** The gateway response's message (`{"message": …}`, status 401 either way). */
      readonly message: typeof UNAUTHORIZED_MESSAGE | typeof EXPIRED_MESSAGE;
      readonly facts: DenyFacts;
    };

export interface TokenJudgeOptions {
  /** The pool's `iss`; tokens of any other pool are refused. */
  readonly issuer: string;
  /** Pins `aud` (identityValidationExpression); unset on AWS by default. */
  readonly audience?: string | undefined;
  readonly clock: Clock;
  /** Resolves a key that knows `kid`, undefined when none does; throws when no JWKS is readable. */
  readonly keysFor: (kid: string) => Promise<KeyResolver | undefined>;
}

const refuse = (
  reason: TokenDenyReason,
  facts: DenyFacts = {},
): Extract<TokenVerdict, { allow: false }> => ({
  allow: false,
  reason,
  message: reason === 'expired' ? EXPIRED_MESSAGE : UNAUTHORIZED_MESSAGE,
  facts,
});
const deny: (reason: TokenDenyReason, facts?: DenyFacts) => TokenVerdict = refuse;

/** The unverified `iss`, when the payload decodes at all. */
function claimedIssuer(token: string): string | undefined {
  try {
    const iss = decodeJwt(token).iss;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

function denyFor(error: unknown): TokenVerdict {
  if (error instanceof errors.JWTExpired) {
    const exp = error.payload.exp;
    return deny('expired', typeof exp === 'number' ? { expiredAt: exp } : {});
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return deny('bad-signature');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason, payload } = error;
    if (reason === 'missing') return deny('missing-claim', { claim });
    if (claim === 'iss')
      return deny(
        'other-pool',
        typeof payload.iss === 'string' ? { tokenIssuer: payload.iss } : {},
      );
    if (claim === 'aud') return deny('wrong-audience', { claim });
    if (claim === 'nbf')
      return deny(
        'not-yet-valid',
        typeof payload.nbf === 'number' ? { notBefore: payload.nbf } : {},
      );
    return deny('invalid', { claim });
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return deny('malformed');
  return deny('invalid');
}

/**
 * Why an authentic token does not fit a method with these OAuth scopes (none: the method takes ID
 * tokens), or undefined when it does. Runs on cached claims too: methods differ.
 */
export function judgeTokenUse(
  claims: Readonly<Record<string, string>>,
  scopes: readonly string[],
): Extract<TokenVerdict, { allow: false }> | undefined {
  const tokenUse = claims['token_use'] ?? '';
  if (scopes.length === 0)
    return tokenUse === 'id' ? undefined : refuse('not-an-id-token', { tokenUse });
  if (tokenUse !== 'access')
    return refuse('not-an-access-token', { tokenUse, methodScopes: scopes });
  const granted = (claims['scope'] ?? '').split(' ').filter((scope) => scope !== '');
  return scopes.some((scope) => granted.includes(scope))
    ? undefined
    : refuse('missing-scope', { methodScopes: scopes, tokenScopes: granted });
}

/**
 * Decides on a compact JWS already read from the identity-source header, as the Cognito
 * authorizer does before it looks at the method: RS256 by kid against the pool's keys,
 * `exp`/`nbf`, the pool's issuer, the optional audience pin, required claims. Never throws.
 */
export async function judgeCognitoToken(
  token: string,
  options: TokenJudgeOptions,
): Promise<TokenVerdict> {
  let kid: unknown;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'RS256') return deny('bad-header', { alg: String(header.alg) });
    kid = header.kid;
  } catch {
    return deny('malformed');
  }
  if (typeof kid !== 'string' || kid === '') return deny('bad-header', { claim: 'kid' });

  let keys: KeyResolver | undefined;
  try {
    keys = await options.keysFor(kid);
  } catch {
    return deny('jwks-unavailable');
  }
  if (keys === undefined) {
    // No key of this pool signed it; when the token names another issuer that is the reason a
    // person needs (a second pool's token), though the authorizer refuses it for the key.
    const iss = claimedIssuer(token);
    return iss !== undefined && iss !== options.issuer
      ? deny('other-pool', { tokenIssuer: iss })
      : deny('unknown-kid');
  }

  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ['RS256'],
      issuer: options.issuer,
      ...(options.audience !== undefined ? { audience: options.audience } : {}),
      requiredClaims: ['exp', 'iat', 'token_use'],
      currentDate: new Date(options.clock.now()),
    });
    // Cognito writes `scope` as one space-separated string; a list would stringify to the
    // same text for one entry, so anything else is refused rather than guessed at.
    if (payload['scope'] !== undefined && typeof payload['scope'] !== 'string')
      return deny('invalid', { claim: 'scope' });
    return { allow: true, payload, claims: Object.freeze(stringifyClaims(payload)) };
  } catch (error) {
    return denyFor(error);
  }
}
