// The local test IdP's signing key: one RS256 key made at start-up and kept in memory (its
// tokens live for minutes and are checked at once, so a restart needs no old key).

import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT, type JWK, type JWTPayload } from 'jose';

export interface TestIdpKeys {
  readonly kid: string;
  sign(claims: JWTPayload): Promise<string>;
  jwks(): { keys: JWK[] };
}

export function createTestIdpKeys(): TestIdpKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 16);
  const jwk = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' };
  return {
    kid,
    sign: (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .sign(privateKey as KeyObject),
    jwks: () => ({ keys: [structuredClone(jwk)] }),
  };
}
