import { describe, expect, it } from 'vitest';
import { userRecord } from '../cognito/testing/user-record';
import { poolFileSchema } from './pool-file-schema';

const user = userRecord('u1', 'ann@example.com');
const link = {
  providerName: 'Google',
  providerType: 'Google',
  providerAttributeName: 'Cognito_Subject',
  providerAttributeValue: 'sub-1',
  dateCreated: 5,
};
const file = (u: object) => ({ version: 1, users: [u], tokenFamilies: [], groups: [] });
const problems = (u: object) =>
  (poolFileSchema.safeParse(file(u)).error?.issues ?? []).map(
    (i) => `${i.path.join('.')}: ${i.message}`,
  );

describe('poolFileSchema: linked providers', () => {
  it('loads a user with links, and one saved before links existed', () => {
    expect(poolFileSchema.parse(file({ ...user, providerLinks: [link] })).users[0]).toMatchObject({
      providerLinks: [link],
    });
    expect(problems(user)).toEqual([]);
  });

  it.each<[string, object, string]>([
    ['links that are not a list', { providerLinks: {} }, 'users.0.providerLinks: must be a list'],
    [
      'a link of an unknown provider type',
      { providerLinks: [{ ...link, providerType: 'SAML' }] },
      'users.0.providerLinks.0.providerType: must be OIDC or Google',
    ],
    [
      'a link without its value',
      { providerLinks: [{ ...link, providerAttributeValue: undefined }] },
      'users.0.providerLinks.0.providerAttributeValue: must be a string',
    ],
  ])('refuses %s, naming the field', (_case, change, problem) => {
    expect(problems({ ...user, ...change })).toEqual([problem]);
  });
});
