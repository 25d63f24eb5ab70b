import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from '../build-pool-config';
import { resolveOptions } from '../emulator-options';
import { CognitoError } from './cognito-error';
import { describeUserPool, describeUserPoolClient } from './pool-description';

const createdAt = Date.UTC(2030, 0, 1, 12, 0, 0, 500);
const config = (tokenLifetimes = {}) =>
  buildPoolConfig(
    resolveOptions({ dataDir: null, tokenLifetimes }),
    'http://127.0.0.1:9229',
    createdAt,
  );

describe('describeUserPool', () => {
  it('lists every standard attribute in Cognito order, sub first and immutable', () => {
    const schema = describeUserPool(config()).SchemaAttributes ?? [];
    const all = schema.map((a) => a.Name);
    // The product's custom attribute comes after the standard ones (issue 15).
    expect(all.at(-1)).toBe('custom:default_currency');
    const names = all.filter((name) => !name?.startsWith('custom:'));
    expect(names).toHaveLength(20);
    expect(names.slice(0, 3)).toEqual(['sub', 'name', 'given_name']);
    expect(names.at(-1)).toBe('updated_at');
    expect(names.indexOf('email_verified')).toBe(names.indexOf('email') + 1);
    expect(names.indexOf('phone_number_verified')).toBe(names.indexOf('phone_number') + 1);
    expect(schema.find((a) => a.Name === 'birthdate')?.StringAttributeConstraints).toEqual({
      MinLength: '10',
      MaxLength: '10',
    });
    expect(schema.find((a) => a.Name === 'updated_at')).toMatchObject({
      AttributeDataType: 'Number',
      NumberAttributeConstraints: { MinValue: '0' },
    });
    expect(schema[0]).toEqual({
      Name: 'sub',
      AttributeDataType: 'String',
      StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
      DeveloperOnlyAttribute: false,
      Required: true,
      Mutable: false,
    });
    expect(schema.find((a) => a.Name === 'email_verified')).toEqual({
      Name: 'email_verified',
      AttributeDataType: 'Boolean',
      DeveloperOnlyAttribute: false,
      Required: false,
      Mutable: true,
    });
  });

  it('sends timestamps as epoch seconds and counts users', () => {
    const pool = describeUserPool(config(), 3);
    expect(pool.CreationDate).toBe(createdAt / 1000);
    expect(pool.LastModifiedDate).toBe(createdAt / 1000);
    expect(pool.EstimatedNumberOfUsers).toBe(3);
  });
});

describe('describeUserPoolClient', () => {
  it('states whole minutes in minutes and anything shorter in seconds', () => {
    const c = config({ idTokenSeconds: 5, accessTokenSeconds: 120 });
    const client = describeUserPoolClient(c, c.clients[0]!.clientId);
    expect(client).toMatchObject({
      IdTokenValidity: 5,
      AccessTokenValidity: 2,
      RefreshTokenValidity: 43_200,
      TokenValidityUnits: { IdToken: 'seconds', AccessToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('answers ResourceNotFoundException for an unknown client', () => {
    const call = () => describeUserPoolClient(config(), 'nope');
    expect(call).toThrow(CognitoError);
    expect(call).toThrow('User pool client nope does not exist.');
  });
});
