// The shape of <data>/cognito/pool.json (PersistedState in emulator/cognito/pool-state.ts),
// checked on load. Loose objects: fields a newer emulator adds are kept, not stripped.
import * as z from 'zod/mini';
import type { PersistedState } from '../cognito/pool-state';

const time = z.number({ error: 'must be a time in epoch milliseconds or seconds' });
const text = z.string({ error: 'must be a string' });
const list = <T extends z.ZodMiniType>(item: T) => z.array(item, { error: 'must be a list' });
const flag = z.boolean({ error: 'must be true or false' });
const record = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.looseObject(shape, { error: 'must be an object' });

const mfaMethod = z.enum(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], { error: 'must be an MFA method' });

const code = record({ hash: text, expiresAt: time, failures: time });

const user = record({
  username: text,
  email: text,
  emailVerified: flag,
  attributes: z.record(text, text, { error: 'must be an object of strings' }),
  status: z.enum(
    ['UNCONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED', 'EXTERNAL_PROVIDER'],
    { error: 'must be a user status' },
  ),
  enabled: flag,
  passwordHash: text,
  temporaryPasswordExpiresAt: z.nullable(time),
  createdAt: time,
  updatedAt: time,
  groups: list(text),
  codes: record({ signup: z.optional(code), reset: z.optional(code), email: z.optional(code) }),
  pendingEmail: z.optional(text),
  pendingTotpSecret: z.optional(text),
  softwareToken: z.optional(
    record({ secret: text, friendlyDeviceName: z.optional(text), lastUsedStep: z.optional(time) }),
  ),
  mfaEnabled: z.optional(list(mfaMethod)),
  mfaPreferred: z.optional(mfaMethod),
  sub: z.optional(text),
  federatedIdentity: z.optional(
    record({
      providerName: text,
      providerType: z.enum(['OIDC', 'Google'], { error: 'must be OIDC or Google' }),
      userId: text,
      dateCreated: time,
    }),
  ),
});

// Groups were saved as bare names before they had details; both load.
const group = z.union(
  [
    text,
    record({
      name: text,
      description: z.optional(text),
      precedence: z.optional(time),
      roleArn: z.optional(text),
      createdAt: time,
      updatedAt: time,
    }),
  ],
  { error: 'must be a group name or a group record' },
);

const tokenFamily = record({
  originJti: text,
  refreshHash: z.nullable(text),
  clientId: text,
  username: text,
  authTime: time,
  scopes: list(text),
  oauth: flag,
  issuedAt: time,
  expiresAt: time,
  revokedAt: z.nullable(time),
});

export const poolFileSchema = record({
  version: z.literal(1, { error: 'must be 1' }),
  users: list(user),
  tokenFamilies: list(tokenFamily),
  groups: list(group),
}) satisfies z.ZodMiniType<PersistedState>;
