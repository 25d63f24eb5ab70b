// CreateUserPool / UpdateUserPool / AddCustomAttributes refuse bad sub-fields with AWS-like
// InvalidParameterException messages (through the AWS SDK v3), and wrong JSON types with
// SerializationException (raw HTTP): password policy bounds, username and alias attributes,
// auto-verified attributes, and every part of a schema attribute.
import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type CreateUserPoolCommandInput,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';
import { failureOf, postJsonApi, wellFormedSigV4 } from './start-test-emulator';

let h: CognitoSdkHarness;
beforeAll(async () => {
  h = await startCognitoSdk();
});
afterAll(() => h.close());

const create = (settings: Omit<CreateUserPoolCommandInput, 'PoolName'>) =>
  h.sdk.send(new CreateUserPoolCommand({ PoolName: 'checked', ...settings }));
const policy = (p: Record<string, number>) => ({ Policies: { PasswordPolicy: p } });
const schema = (...attributes: SchemaAttributeType[]) => ({ Schema: attributes });
const v = '1 validation error detected: ';

describe('CreateUserPool refuses bad settings', () => {
  it.each<[string, Omit<CreateUserPoolCommandInput, 'PoolName'>, string]>([
    [
      'a minimum length below 6',
      policy({ MinimumLength: 5 }),
      `${v}Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value greater than or equal to 6`,
    ],
    [
      'a minimum length above 99',
      policy({ MinimumLength: 100 }),
      `${v}Value '100' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value less than or equal to 99`,
    ],
    [
      'a negative temporary password validity',
      policy({ TemporaryPasswordValidityDays: -1 }),
      `${v}Value '-1' at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: Member must have value greater than or equal to 0`,
    ],
    [
      'a temporary password validity over 365 days',
      policy({ TemporaryPasswordValidityDays: 366 }),
      `${v}Value '366' at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: Member must have value less than or equal to 365`,
    ],
    [
      'a fractional minimum length',
      policy({ MinimumLength: 8.5 }),
      `${v}Value '8.5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value that is an integer`,
    ],
    [
      'username and alias attributes together',
      { UsernameAttributes: ['email'], AliasAttributes: ['phone_number'] },
      'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool',
    ],
    [
      'an unknown username attribute',
      { UsernameAttributes: ['email', 'username' as 'email'] },
      `${v}Value '[username]' at 'usernameAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]`,
    ],
    [
      'an unknown alias attribute',
      { AliasAttributes: ['nickname' as 'email'] },
      `${v}Value '[nickname]' at 'aliasAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email, preferred_username]]`,
    ],
    [
      'an unknown auto-verified attribute',
      { AutoVerifiedAttributes: ['name' as 'email'] },
      `${v}Value '[name]' at 'autoVerifiedAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]`,
    ],
    [
      'a custom attribute name over 20 characters',
      schema({ Name: 'a'.repeat(21), AttributeDataType: 'String' }),
      `${v}Value '${'a'.repeat(21)}' at 'schema.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 20`,
    ],
    [
      'a schema attribute without a name',
      schema({ AttributeDataType: 'String' }),
      `${v}Value null at 'schema.1.member.name' failed to satisfy constraint: Member must not be null`,
    ],
    [
      'a name with whitespace',
      schema({ Name: 'two words', AttributeDataType: 'String' }),
      `${v}Value 'two words' at 'schema.1.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`,
    ],
    [
      'an unknown data type',
      schema({ Name: 'tier' }, { Name: 'level', AttributeDataType: 'Integer' as 'String' }),
      `${v}Value 'Integer' at 'schema.2.member.attributeDataType' failed to satisfy constraint: Member must satisfy enum value set: [Boolean, Number, String, DateTime]`,
    ],
    [
      'a name given twice',
      schema({ Name: 'tier' }, { Name: 'custom:tier', AttributeDataType: 'String' }),
      'The schema names the attribute tier more than once.',
    ],
    [
      'a standard attribute with another type',
      schema({ Name: 'email', AttributeDataType: 'Number' }),
      'The standard attribute email is of type String; it cannot be Number.',
    ],
    [
      'string constraints on a Number attribute',
      schema({
        Name: 'count',
        AttributeDataType: 'Number',
        StringAttributeConstraints: { MaxLength: '5' },
      }),
      'StringAttributeConstraints apply to String attributes only, not count (Number).',
    ],
    [
      'number constraints on a String attribute',
      schema({ Name: 'code', NumberAttributeConstraints: { MinValue: '1' } }),
      'NumberAttributeConstraints apply to Number attributes only, not code (String).',
    ],
    [
      'a maximum length over 2048',
      schema({ Name: 'bio', StringAttributeConstraints: { MaxLength: '4096' } }),
      'schema.1.member.stringAttributeConstraints.maxLength must be between 0 and 2048.',
    ],
    [
      'a minimum length above the maximum',
      schema({ Name: 'bio', StringAttributeConstraints: { MinLength: '10', MaxLength: '5' } }),
      'StringAttributeConstraints of bio: the minimum (10) is greater than the maximum (5).',
    ],
    [
      'a length that is not an integer',
      schema({ Name: 'bio', StringAttributeConstraints: { MinLength: 'abc' } }),
      "schema.1.member.stringAttributeConstraints.minLength must be an integer: 'abc'",
    ],
    [
      'a number bound that is not a number',
      schema({
        Name: 'n',
        AttributeDataType: 'Number',
        NumberAttributeConstraints: { MinValue: '1', MaxValue: 'lots' },
      }),
      "schema.1.member.numberAttributeConstraints.maxValue must be a number: 'lots'",
    ],
    [
      'a required custom attribute',
      schema({ Name: 'tier', Required: true }),
      'Required custom attributes are not supported currently.',
    ],
    [
      'more than 50 custom attributes',
      schema(...Array.from({ length: 51 }, (_, i) => ({ Name: `c${i}` }))),
      'A user pool can have at most 50 custom attributes.',
    ],
  ])('refuses %s', async (_what, settings, message) => {
    expect(await failureOf(create(settings))).toMatchObject({
      name: 'InvalidParameterException',
      message,
    });
  });

  it('accepts the bounds themselves and keeps the constraints it was given', async () => {
    await create(policy({ MinimumLength: 99, TemporaryPasswordValidityDays: 0 }));
    const { UserPool } = await create({
      ...policy({ MinimumLength: 6, TemporaryPasswordValidityDays: 365 }),
      ...schema(
        { Name: 'given_name', Required: true, Mutable: true },
        { Name: 'bio', StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' } },
        {
          Name: 'score',
          AttributeDataType: 'Number',
          NumberAttributeConstraints: { MinValue: '-5', MaxValue: '5.5' },
        },
      ),
    });
    expect(UserPool!.Policies?.PasswordPolicy).toMatchObject({
      MinimumLength: 6,
      TemporaryPasswordValidityDays: 365,
    });
    expect(UserPool!.SchemaAttributes).toContainEqual(
      expect.objectContaining({ Name: 'given_name', Required: true }),
    );
    expect(UserPool!.SchemaAttributes).toContainEqual(
      expect.objectContaining({
        Name: 'custom:bio',
        StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
      }),
    );
    expect(UserPool!.SchemaAttributes).toContainEqual(
      expect.objectContaining({
        Name: 'custom:score',
        NumberAttributeConstraints: { MinValue: '-5', MaxValue: '5.5' },
      }),
    );
  });
});

describe('UpdateUserPool and AddCustomAttributes refuse bad settings', () => {
  it('refuses a bad policy on update and keeps the old one', async () => {
    const { UserPool } = await create(policy({ MinimumLength: 10 }));
    const update = (p: Record<string, number>) =>
      h.sdk.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id, ...policy(p) }));
    expect(await failureOf(update({ MinimumLength: 5 }))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(await failureOf(update({ TemporaryPasswordValidityDays: 400 }))).toMatchObject({
      name: 'InvalidParameterException',
    });
    expect(
      await failureOf(
        h.sdk.send(
          new UpdateUserPoolCommand({
            UserPoolId: UserPool!.Id,
            AutoVerifiedAttributes: ['preferred_username' as 'email'],
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
    const { UserPool: after } = await h.sdk.send(
      new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id }),
    );
    expect(after!.Policies?.PasswordPolicy?.MinimumLength).toBe(10);
  });

  it('points AddCustomAttributes’ messages at customAttributes', async () => {
    const { UserPool } = await create({});
    const add = (attributes: SchemaAttributeType[]) =>
      h.sdk.send(
        new AddCustomAttributesCommand({ UserPoolId: UserPool!.Id, CustomAttributes: attributes }),
      );
    expect(await failureOf(add([{ Name: 'ok' }, { Name: 'x'.repeat(21) }]))).toMatchObject({
      name: 'InvalidParameterException',
      message: `${v}Value '${'x'.repeat(21)}' at 'customAttributes.2.member.name' failed to satisfy constraint: Member must have length less than or equal to 20`,
    });
    expect(
      await failureOf(add([{ Name: 'bad', StringAttributeConstraints: { MaxLength: '-1' } }])),
    ).toMatchObject({
      message:
        'customAttributes.1.member.stringAttributeConstraints.maxLength must be between 0 and 2048.',
    });
  });
});

describe('CreateUserPool refuses wrong JSON types and hostile values (raw HTTP)', () => {
  it.each([
    [
      'a string minimum length',
      '"Policies":{"PasswordPolicy":{"MinimumLength":"8"}}',
      'Serialization',
    ],
    ['a string flag', '"Policies":{"PasswordPolicy":{"RequireUppercase":"yes"}}', 'Serialization'],
    [
      'a string case sensitivity',
      '"UsernameConfiguration":{"CaseSensitive":"false"}',
      'Serialization',
    ],
    [
      'a numeric admin-only flag',
      '"AdminCreateUserConfig":{"AllowAdminCreateUserOnly":1}',
      'Serialization',
    ],
    ['username attributes as a string', '"UsernameAttributes":"email"', 'Serialization'],
    ['a schema entry that is a number', '"Schema":[42]', 'Serialization'],
    ['a schema name that is a number', '"Schema":[{"Name":7}]', 'Serialization'],
    [
      'a schema flag that is a string',
      '"Schema":[{"Name":"tier","Mutable":"true"}]',
      'Serialization',
    ],
    [
      'a numeric constraint',
      '"Schema":[{"Name":"t","StringAttributeConstraints":{"MaxLength":5}}]',
      'Serialization',
    ],
    [
      'an alias object that names toString',
      '"AliasAttributes":[{"toString":"x"}]',
      'InvalidParameter',
    ],
    [
      'a data type object',
      '"Schema":[{"Name":"t","AttributeDataType":{"toString":"x"}}]',
      'InvalidParameter',
    ],
  ])('answers %s with its error, never a crash', async (_what, members, type) => {
    const res = await postJsonApi(
      h.emulator,
      'CreateUserPool',
      `{"PoolName":"typed",${members}}`,
      wellFormedSigV4,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe(`${type}Exception`);
  });
});
