// The shape of <data>/cognito/pools/{poolId}.json (StoredPool in emulator/cognito/pool-registry.ts),
// checked on load like pool.json and keys.json: its keys and data have exactly their shapes; the
// settings are checked for the members every part of the emulator reads, the rest kept loose so
// that settings a newer emulator adds survive.
import * as z from 'zod/mini';
import type { StoredPool } from '../cognito/pool-registry';
import { keyFileSchema } from './key-file-schema';
import { poolFileSchema } from './pool-file-schema';

const text = z.string({ error: 'must be a string' });

const settings = z.looseObject(
  {
    userPoolId: text,
    userPoolName: text,
    region: text,
    clients: z.array(z.looseObject({ clientId: text }, { error: 'must be an object' }), {
      error: 'must be a list',
    }),
    passwordPolicy: z.looseObject({}, { error: 'must be an object' }),
  },
  { error: 'must be an object' },
);

export const createdPoolFileSchema = z.looseObject(
  {
    version: z.literal(1, { error: 'must be 1' }),
    config: settings,
    keys: keyFileSchema,
    state: poolFileSchema,
  },
  { error: 'must be an object' },
) as unknown as z.ZodMiniType<StoredPool>;
