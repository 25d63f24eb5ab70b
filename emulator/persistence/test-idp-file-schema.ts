// The shape of <data>/cognito/test-idp.json: the local test IdP's identities, checked on load.
import * as z from 'zod/mini';
import type { TestIdentity } from '../test-idp/test-identity';

export interface TestIdpFile {
  readonly version: 1;
  readonly identities: readonly TestIdentity[];
}

const text = z.string({ error: 'must be a string' });

const identity = z.looseObject(
  {
    subject: text.check(z.regex(/^[A-Za-z0-9._@-]{1,64}$/, { error: 'must be a test subject' })),
    email: text,
    emailVerified: z.boolean({ error: 'must be true or false' }),
    name: text,
    createdAt: z.number({ error: 'must be a time in epoch milliseconds' }),
  },
  { error: 'must be an object' },
) satisfies z.ZodMiniType<TestIdentity>;

export const testIdpFileSchema = z.looseObject(
  {
    version: z.literal(1, { error: 'must be 1' }),
    identities: z.array(identity, { error: 'must be a list' }),
  },
  { error: 'must be an object' },
) satisfies z.ZodMiniType<TestIdpFile>;
