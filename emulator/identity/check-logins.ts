// The Logins of a call, checked as the identity pool checks them: the key must be the user
// pool's provider name, and its value a valid, unexpired, unrevoked ID token of that pool and
// the configured app client. Messages: ../shared/reference §1.6 (the revoked one is ours).
import { CognitoError } from '../cognito/cognito-error';
import type { IdentityPoolContext } from './identity-pool-context';
import { providerNameOf } from './identity-pool-context';

const notAuthorized = (message: string) => new CognitoError('NotAuthorizedException', message);

export const loginMessages = {
  notCognito: 'Invalid login token. Not a Cognito token.',
  unverified: "Invalid login token. Couldn't verify signed token.",
  issuer: "Invalid login token. Issuer doesn't match providerName",
  noAudience: 'Invalid login token. Missing a required claim: aud',
  revoked: 'Invalid login token. Token has been revoked.',
  unsupported: 'Token is not from a supported provider of this identity pool.',
  noMatch:
    "Logins don't match. Please include at least one valid login for this identity or identity pool.",
  guestsOff: 'Unauthenticated access is not supported for this identity pool.',
} as const;

/** The token's `iss`, read without verifying it (the key is compared before the signature). */
function unverifiedIssuer(token: string): unknown {
  const payload = token.split('.')[1];
  if (payload === undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null
      ? (claims as { iss?: unknown }).iss
      : undefined;
  } catch {
    return undefined;
  }
}

/** The user pool `sub` the (non-empty) Logins prove; throws NotAuthorizedException otherwise. */
export function subOfLogins(ctx: IdentityPoolContext, logins: Record<string, string>): string {
  let sub: string | undefined;
  for (const [key, token] of Object.entries(logins)) {
    const iss = unverifiedIssuer(token);
    if (typeof iss !== 'string') throw notAuthorized(loginMessages.notCognito);
    if (providerNameOf(iss) !== key) throw notAuthorized(loginMessages.issuer);
    if (key !== ctx.providerName) throw notAuthorized(loginMessages.unsupported);
    const checked = ctx.checkIdToken(token);
    if (!checked.ok) {
      switch (checked.reason) {
        case 'expired':
          throw notAuthorized(
            `Invalid login token. Token expired: ${checked.now} >= ${checked.exp}`,
          );
        case 'no-audience':
          throw notAuthorized(loginMessages.noAudience);
        case 'revoked':
          throw notAuthorized(loginMessages.revoked);
        case 'issuer':
          throw notAuthorized(loginMessages.issuer);
        case 'signature':
          throw notAuthorized(loginMessages.unverified);
        case 'not-a-token':
          throw notAuthorized(loginMessages.notCognito);
      }
    }
    if (checked.audience !== ctx.clientId) throw notAuthorized(loginMessages.unsupported);
    sub = checked.sub;
  }
  if (sub === undefined) throw notAuthorized(loginMessages.guestsOff);
  return sub;
}
