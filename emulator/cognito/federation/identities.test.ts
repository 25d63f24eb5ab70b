import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../pool-state';
import { identitiesClaim, identitiesOf } from './identities';
import { federatedUsername, providerGroupName } from './resolve-federated-user';

const base: UserRecord = {
  username: 'Google_42',
  sub: 'a-uuid',
  email: 'x@example.com',
  emailVerified: true,
  attributes: {},
  status: 'EXTERNAL_PROVIDER',
  enabled: true,
  passwordHash: '',
  temporaryPasswordExpiresAt: null,
  createdAt: 1,
  updatedAt: 1,
  groups: [],
  codes: {},
};

describe('identities', () => {
  it('writes a federated user’s identity as real tokens show it: strings, issuer null', () => {
    const user: UserRecord = {
      ...base,
      federatedIdentity: {
        providerName: 'Google',
        providerType: 'Google',
        userId: '42',
        dateCreated: 1682704282933,
      },
    };
    expect(identitiesClaim(user)).toEqual({
      identities: [
        {
          userId: '42',
          providerName: 'Google',
          providerType: 'Google',
          issuer: null,
          primary: 'true',
          dateCreated: '1682704282933',
        },
      ],
    });
  });

  it('gives a local user no identities and no claim', () => {
    expect(identitiesOf(base)).toEqual([]);
    expect(identitiesClaim(base)).toEqual({});
  });

  it('names the user and the group after the provider, its case kept', () => {
    expect(federatedUsername('Google', '1026')).toBe('Google_1026');
    expect(providerGroupName('us-east-1_AbCdE', 'Google')).toBe('us-east-1_AbCdE_Google');
  });
});
