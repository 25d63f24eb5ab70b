import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';

export type KeyUse = 'id' | 'access';

/** A signing key as kept on disk. The private key never leaves the data folder. */
export interface StoredKey {
  readonly kid: string;
  readonly use: KeyUse;
  readonly privateKeyPem: string;
  readonly createdAt: number;
  /** When a newer key took over; the public half stays published until its tokens expire. */
  readonly retiredAt: number | null;
}

export interface KeyFile {
  readonly version: 1;
  readonly keys: readonly StoredKey[];
}

export interface PublicJwk {
  alg: 'RS256';
  e: string;
  kid: string;
  kty: 'RSA';
  n: string;
  use: 'sig';
}

interface LoadedKey extends StoredKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly jwk: PublicJwk;
}

const generate = promisify(generateKeyPair);

/** Cognito-shaped kid: 44-char standard base64 (SHA-256 of the public key). */
export function kidFor(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
}

export async function newStoredKey(use: KeyUse, now: number): Promise<StoredKey> {
  const { privateKey } = await generate('rsa', { modulusLength: 2048 });
  const publicKey = createPublicKey(privateKey);
  return {
    kid: kidFor(publicKey),
    use,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    createdAt: now,
    retiredAt: null,
  };
}

/** A fresh pair: one key for ID tokens, one for access tokens (as Cognito does). */
export async function newKeyFile(now: number): Promise<KeyFile> {
  const [id, access] = await Promise.all([newStoredKey('id', now), newStoredKey('access', now)]);
  return { version: 1, keys: [id, access] };
}

/**
 * Retires the active keys and adds a new pair. Retired public keys stay published until
 * `retiredAt + maxTokenSeconds`, so tokens already issued keep verifying.
 */
export async function rotateKeyFile(file: KeyFile, now: number): Promise<KeyFile> {
  const fresh = await newKeyFile(now);
  const retired = file.keys.map((k) => (k.retiredAt === null ? { ...k, retiredAt: now } : k));
  return { version: 1, keys: [...fresh.keys, ...retired] };
}

/** Drops retired keys whose last token has expired. */
export function pruneKeyFile(file: KeyFile, now: number, maxTokenSeconds: number): KeyFile {
  return {
    version: 1,
    keys: file.keys.filter(
      (k) => k.retiredAt === null || k.retiredAt + maxTokenSeconds * 1000 > now,
    ),
  };
}

export class InvalidKeyFileError extends Error {
  readonly code = 'InvalidKeyFile';
  constructor(reason: string) {
    super(`The key file is not usable: ${reason}. Delete it or start with --reset.`);
    this.name = 'InvalidKeyFileError';
  }
}

export interface KeyRing {
  /** The key that signs new tokens of this use. */
  signing(use: KeyUse): { kid: string; privateKey: KeyObject };
  /** Public key for a kid (active or still-published retired key), if known. */
  publicKey(kid: string): { use: KeyUse; key: KeyObject } | undefined;
  jwks(): { keys: PublicJwk[] };
}

/** Validates a key file and prepares the keys for signing and verification. */
export function loadKeyRing(file: KeyFile): KeyRing {
  if (file?.version !== 1 || !Array.isArray(file.keys))
    throw new InvalidKeyFileError('unknown format');
  const loaded: LoadedKey[] = file.keys.map((k) => {
    const privateKey = createPrivateKey(k.privateKeyPem);
    const publicKey = createPublicKey(privateKey);
    if (kidFor(publicKey) !== k.kid)
      throw new InvalidKeyFileError(`kid ${k.kid} does not match its key`);
    const { n, e } = publicKey.export({ format: 'jwk' });
    if (!n || !e) throw new InvalidKeyFileError('not an RSA key');
    return {
      ...k,
      privateKey,
      publicKey,
      jwk: { alg: 'RS256', e, kid: k.kid, kty: 'RSA', n, use: 'sig' },
    };
  });
  const active = (use: KeyUse) => {
    const key = loaded.find((k) => k.use === use && k.retiredAt === null);
    if (!key) throw new InvalidKeyFileError(`no active ${use}-token key`);
    return key;
  };
  const activeId = active('id');
  const activeAccess = active('access');
  const jwks = { keys: loaded.map((k) => k.jwk) };
  return {
    signing: (use) => {
      const k = use === 'id' ? activeId : activeAccess;
      return { kid: k.kid, privateKey: k.privateKey };
    },
    publicKey: (kid) => {
      const k = loaded.find((x) => x.kid === kid);
      return k && { use: k.use, key: k.publicKey };
    },
    jwks: () => structuredClone(jwks),
  };
}
