// How the verifier downloads the pool's JWKS. aws-jwt-verify's own fetcher uses node:https
// only, so it cannot read the emulator's pool at http://127.0.0.1:…; this one uses fetch for both
// (the config admits plain http only on loopback hosts), bounded in time and size.
import type { Fetcher } from 'aws-jwt-verify/https';

/** A Cognito JWKS is a few KB; anything far larger is not one. */
const MAX_JWKS_BYTES = 64 * 1024;

/** A Fetcher for SimpleJwksCache; rejects on a non-2xx answer, a timeout or an oversized body. */
export function createJwksFetcher(timeoutMs = 3000): Fetcher {
  return {
    async fetch(uri) {
      const response = await fetch(uri, {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`JWKS answered HTTP ${response.status}`);
      const body = await response.arrayBuffer();
      if (body.byteLength > MAX_JWKS_BYTES) throw new Error('JWKS is too large');
      return body;
    },
  };
}
