import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { toSessionUser } from './session-user';

const userWith = (claims: Record<string, unknown>) =>
  new User({
    id_token: 'header.payload.signature',
    access_token: 'header.payload.signature',
    token_type: 'Bearer',
    profile: { sub: 'user-1', iss: 'https://issuer', aud: 'client', exp: 0, iat: 0, ...claims },
  });

const google = {
  userId: '1026',
  providerName: 'Google',
  providerType: 'Google',
  issuer: null,
  primary: 'true',
  dateCreated: '1682704282933',
};

describe('toSessionUser: identities', () => {
  it('reads the ID token identities as Cognito writes them (primary a string)', () => {
    expect(toSessionUser(userWith({ identities: [google] })).identities).toEqual([
      { providerName: 'Google', primary: true },
    ]);
  });

  it('reads a linked identity (primary "false") and the flattened JSON text form', () => {
    const linked = JSON.stringify([{ ...google, primary: 'false' }]);
    expect(toSessionUser(userWith({ identities: linked })).identities).toEqual([
      { providerName: 'Google', primary: false },
    ]);
  });

  it.each([
    ['no claim', undefined],
    ['text that is not JSON', '[{'],
    ['an object', { providerName: 'Google' }],
    ['a number', 7],
    ['entries without a provider name', [null, 3, { primary: 'true' }, { providerName: '' }]],
  ])('reads %s as no identities', (_what, identities) => {
    expect(toSessionUser(userWith({ identities })).identities).toEqual([]);
  });
});
