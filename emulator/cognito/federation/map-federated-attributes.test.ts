import { describe, expect, it } from 'vitest';
import { FederatedProfileError, mapFederatedAttributes } from './map-federated-attributes';

const mapping = {
  username: 'sub',
  email: 'email',
  email_verified: 'email_verified',
  name: 'name',
} as const;

describe('mapFederatedAttributes', () => {
  it('maps claims to pool attributes as strings, with email and its flag apart', () => {
    expect(
      mapFederatedAttributes(mapping, {
        sub: 'abc-1',
        email: 'a@example.com',
        email_verified: true,
        name: 'Ann',
        picture: 'ignored: not mapped',
      }),
    ).toEqual({
      userId: 'abc-1',
      email: 'a@example.com',
      emailVerified: true,
      attributes: { name: 'Ann' },
    });
  });

  it('reads a string email_verified and leaves out claims the IdP did not send', () => {
    expect(mapFederatedAttributes(mapping, { sub: 's', email_verified: 'false' })).toEqual({
      userId: 's',
      email: undefined,
      emailVerified: false,
      attributes: {},
    });
  });

  it('takes the user id from the claim mapped to username', () => {
    expect(mapFederatedAttributes({ username: 'oid' }, { sub: 'x', oid: 'y' }).userId).toBe('y');
  });

  it('stores multi-valued claims encoded, and ignores objects', () => {
    const out = mapFederatedAttributes(
      { username: 'sub', name: 'groups', nickname: 'address' },
      { sub: 's', groups: ['a b', 'c,d'], address: { street: 'x' } },
    );
    expect(out.attributes).toEqual({ name: 'a%20b,c%2Cd' });
  });

  it.each([
    ['no user id', {}],
    ['an empty user id', { sub: '' }],
    ['a user id that is not a string', { sub: 42 }],
    ['a user id over 128 characters', { sub: 'x'.repeat(129) }],
    ['a value over 2048 characters', { sub: 's', name: 'n'.repeat(2049) }],
  ])('refuses %s', (_, claims) => {
    expect(() => mapFederatedAttributes(mapping, claims)).toThrow(FederatedProfileError);
  });
});
