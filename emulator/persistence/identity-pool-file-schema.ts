// The shape of <data>/cognito/identity-pool.json (IdentityRecords in emulator/identity/identity-records.ts).
import * as z from 'zod/mini';
import type { StoredIdentities } from '../identity/identity-records';

const text = z.string({ error: 'must be a string' });

export const identityPoolFileSchema = z.object(
  {
    version: z.literal(1, { error: 'must be 1' }),
    identities: z.record(text, text, { error: 'must map user pool subs to identity ids' }),
    credentials: z.array(
      z.object(
        {
          accessKeyId: text,
          secretKey: text,
          sessionToken: text,
          expiresAt: z.number({ error: 'must be a number' }),
          identityId: text,
          identityPoolId: text,
          providerName: text,
          sub: text,
          roleArn: text,
        },
        { error: 'must be an object' },
      ),
      { error: 'must be a list of credentials' },
    ),
  },
  { error: 'must be an object' },
) satisfies z.ZodMiniType<StoredIdentities>;
