// The shape of <data>/cognito/keys.json (KeyFile in emulator/cognito/key-ring.ts), checked on
// load down to the keys themselves, so a bad PEM is a sentence naming the file, not OpenSSL's.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import * as z from 'zod/mini';
import { kidFor, type KeyFile, type StoredKey } from '../cognito/key-ring';

const kidOfPem = (pem: string): string | undefined => {
  try {
    return kidFor(createPublicKey(createPrivateKey(pem)));
  } catch {
    return undefined;
  }
};

const storedKey = z
  .looseObject(
    {
      kid: z.string({ error: 'must be a string' }),
      use: z.enum(['id', 'access'], { error: 'must be "id" or "access"' }),
      privateKeyPem: z.string({ error: 'must be a PEM private key' }),
      createdAt: z.number({ error: 'must be a time in epoch milliseconds' }),
      retiredAt: z.nullable(z.number({ error: 'must be a time in epoch milliseconds or null' })),
    },
    { error: 'must be an object' },
  )
  .check(
    z.refine((k) => kidOfPem(k.privateKeyPem) !== undefined, {
      error: 'privateKeyPem is not a readable PEM private key',
      path: ['privateKeyPem'],
    }),
    z.refine(
      (k) => kidOfPem(k.privateKeyPem) === undefined || kidOfPem(k.privateKeyPem) === k.kid,
      {
        error: 'kid does not match its key',
        path: ['kid'],
      },
    ),
  ) satisfies z.ZodMiniType<StoredKey>;

const hasActive = (keys: readonly StoredKey[], use: StoredKey['use']) =>
  keys.some((k) => k.use === use && k.retiredAt === null);

export const keyFileSchema = z
  .looseObject(
    {
      version: z.literal(1, { error: 'must be 1' }),
      keys: z.array(storedKey, { error: 'must be a list' }),
    },
    { error: 'must be an object' },
  )
  .check(
    z.refine((f) => hasActive(f.keys, 'id') && hasActive(f.keys, 'access'), {
      error: 'needs an active (not retired) key for id tokens and one for access tokens',
      path: ['keys'],
    }),
  ) satisfies z.ZodMiniType<KeyFile>;
