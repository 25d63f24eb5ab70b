import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from '../../build-pool-config';
import { resolveOptions } from '../../emulator-options';
import type { PoolConfig } from '../pool-config';
import type { UserRecord } from '../pool-state';
import { applyPreferences, mfaStepFor, userMfaFields } from './mfa-rules';

const product = buildPoolConfig(resolveOptions({ dataDir: null }), 'http://127.0.0.1:9229', 0);

/** The product pool with other MFA settings. */
const pool = (mfa: PoolConfig['mfa'], factors: { totp?: boolean; email?: boolean } = {}) =>
  ({
    ...product,
    mfa,
    mfaSettings: {
      softwareToken: { Enabled: factors.totp ?? true },
      ...((factors.email ?? true) ? { email: {} } : {}),
    },
  }) satisfies PoolConfig;

const user = (change: Partial<UserRecord> = {}): UserRecord => ({
  username: 'u1',
  email: 'u1@example.com',
  emailVerified: true,
  attributes: {},
  status: 'CONFIRMED',
  enabled: true,
  passwordHash: 'x',
  temporaryPasswordExpiresAt: null,
  createdAt: 0,
  updatedAt: 0,
  groups: [],
  codes: {},
  ...change,
});

const token = { softwareToken: { secret: 'GEZDGNBVGY3TQOJQ' } };

describe('mfaStepFor (cognito-extensions §2.2)', () => {
  it.each<[string, PoolConfig, Partial<UserRecord>, ReturnType<typeof mfaStepFor>]>([
    [
      'OFF: tokens whatever the user set',
      pool('OFF'),
      { ...token, mfaEnabled: ['SOFTWARE_TOKEN_MFA'] },
      { kind: 'none' },
    ],
    ['OPTIONAL, nothing on: tokens', pool('OPTIONAL'), token, { kind: 'none' }],
    [
      'OPTIONAL, TOTP on',
      pool('OPTIONAL'),
      { ...token, mfaEnabled: ['SOFTWARE_TOKEN_MFA'] },
      { kind: 'challenge', name: 'SOFTWARE_TOKEN_MFA' },
    ],
    [
      'OPTIONAL, email on',
      pool('OPTIONAL'),
      { mfaEnabled: ['EMAIL_OTP'] },
      { kind: 'challenge', name: 'EMAIL_OTP' },
    ],
    [
      'both on, none preferred: select',
      pool('OPTIONAL'),
      { ...token, mfaEnabled: ['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'] },
      { kind: 'select', choices: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] },
    ],
    [
      'both on, email preferred',
      pool('OPTIONAL'),
      { ...token, mfaEnabled: ['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], mfaPreferred: 'EMAIL_OTP' },
      { kind: 'challenge', name: 'EMAIL_OTP' },
    ],
    [
      'email on but unverified: not usable',
      pool('OPTIONAL'),
      { emailVerified: false, mfaEnabled: ['EMAIL_OTP'] },
      { kind: 'none' },
    ],
    [
      'email on but the pool offers none',
      pool('OPTIONAL', { email: false }),
      { mfaEnabled: ['EMAIL_OTP'] },
      { kind: 'none' },
    ],
    [
      'ON, verified email counts as set up',
      pool('ON'),
      {},
      { kind: 'challenge', name: 'EMAIL_OTP' },
    ],
    [
      'ON, TOTP only, nothing set up: setup',
      pool('ON', { email: false }),
      {},
      { kind: 'setup', choices: ['SOFTWARE_TOKEN_MFA'] },
    ],
    [
      'ON, TOTP only, a verified token not marked on',
      pool('ON', { email: false }),
      token,
      { kind: 'challenge', name: 'SOFTWARE_TOKEN_MFA' },
    ],
  ])('%s', (_label, config, change, step) => {
    expect(mfaStepFor(config, user(change))).toEqual(step);
  });

  it('offers no email codes on the Lite plan', () => {
    const lite = { ...pool('ON'), featurePlan: 'LITE' } satisfies PoolConfig;
    expect(mfaStepFor(lite, user())).toEqual({ kind: 'setup', choices: ['SOFTWARE_TOKEN_MFA'] });
  });
});

describe('applyPreferences', () => {
  it('keeps one preferred factor: preferring one clears the other', () => {
    const u = user({
      ...token,
      mfaEnabled: ['SOFTWARE_TOKEN_MFA'],
      mfaPreferred: 'SOFTWARE_TOKEN_MFA',
    });
    expect(
      applyPreferences(pool('OPTIONAL'), u, { EMAIL_OTP: { enabled: true, preferred: true } }),
    ).toEqual({
      mfaEnabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
      mfaPreferred: 'EMAIL_OTP',
    });
  });

  it('stops preferring a factor turned off', () => {
    const u = user({
      ...token,
      mfaEnabled: ['SOFTWARE_TOKEN_MFA'],
      mfaPreferred: 'SOFTWARE_TOKEN_MFA',
    });
    expect(
      applyPreferences(pool('OPTIONAL'), u, { SOFTWARE_TOKEN_MFA: { enabled: false } }),
    ).toEqual({
      mfaEnabled: [],
      mfaPreferred: undefined,
    });
  });

  it.each<
    [string, PoolConfig, Partial<UserRecord>, Parameters<typeof applyPreferences>[2], string]
  >([
    [
      'TOTP without a verified token',
      pool('OPTIONAL'),
      {},
      { SOFTWARE_TOKEN_MFA: { enabled: true } },
      'notVerified',
    ],
    [
      'email without a verified email',
      pool('OPTIONAL'),
      { emailVerified: false },
      { EMAIL_OTP: { enabled: true } },
      'notVerified',
    ],
    [
      'a factor the pool does not offer',
      pool('OPTIONAL', { email: false }),
      {},
      { EMAIL_OTP: { enabled: true } },
      'notOffered',
    ],
    [
      'preferred but disabled',
      pool('OPTIONAL'),
      {},
      { EMAIL_OTP: { enabled: false, preferred: true } },
      'preferredDisabled',
    ],
    [
      'every factor off in an ON pool',
      pool('ON'),
      { mfaEnabled: ['EMAIL_OTP'] },
      { EMAIL_OTP: { enabled: false } },
      'requiredByPool',
    ],
  ])('refuses %s', (_label, config, change, request, kind) => {
    expect(applyPreferences(config, user(change), request)).toMatchObject({ kind });
  });
});

describe('userMfaFields', () => {
  it('omits both members when no factor is on, and names the preferred one', () => {
    expect(userMfaFields(pool('OPTIONAL'), user())).toEqual({});
    expect(
      userMfaFields(
        pool('OPTIONAL'),
        user({ mfaEnabled: ['EMAIL_OTP'], mfaPreferred: 'EMAIL_OTP' }),
      ),
    ).toEqual({ UserMFASettingList: ['EMAIL_OTP'], PreferredMfaSetting: 'EMAIL_OTP' });
  });
});
