import {
  AdminDisableUserCommand,
  ListUsersCommand,
  type ListUsersCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';

describe('ListUsers filters through the AWS SDK v3', () => {
  let h: CognitoSdkHarness;
  let UserPoolId: string;
  let annSub: string;
  const emailsOf = async (input: Omit<ListUsersCommandInput, 'UserPoolId'>) => {
    const { Users } = await h.sdk.send(new ListUsersCommand({ UserPoolId, ...input }));
    return Users!.map((u) => u.Attributes?.find((a) => a.Name === 'email')?.Value);
  };

  beforeAll(async () => {
    h = await startCognitoSdk();
    UserPoolId = h.UserPoolId;
    const pool = h.emulator.pool;
    ({ username: annSub } = await pool.createUser({
      email: 'ann@example.com',
      password: 'Ann-Pass-1',
      attributes: {
        name: 'Ann Lee',
        given_name: 'Ann',
        family_name: 'Lee',
        preferred_username: 'annie',
        phone_number: '+15550001',
      },
    }));
    await pool.createUser({
      email: 'anna@example.com',
      password: 'Anna-Pass-1',
      attributes: { given_name: 'Anna', family_name: 'Say "hi"', phone_number: '+15550002' },
    });
    await pool.createUser({ email: 'bob@example.org', password: 'Bob-Pass-1' });
    await pool.adminCreateUser({ email: 'new@example.org', suppressMessage: true });
    await h.sdk.send(new AdminDisableUserCommand({ UserPoolId, Username: 'bob@example.org' }));
  });
  afterAll(() => h.close());

  const all = ['ann@example.com', 'anna@example.com', 'bob@example.org', 'new@example.org'];

  it.each([
    ['email =', 'email = "ann@example.com"', ['ann@example.com']],
    ['email ^=', 'email ^= "ann"', ['ann@example.com', 'anna@example.com']],
    ['phone_number =', 'phone_number = "+15550002"', ['anna@example.com']],
    ['phone_number ^=', 'phone_number ^= "+1555"', ['ann@example.com', 'anna@example.com']],
    ['name', 'name = "Ann Lee"', ['ann@example.com']],
    ['given_name', 'given_name ^= "Ann"', ['ann@example.com', 'anna@example.com']],
    ['family_name with an escaped quote', 'family_name = "Say \\"hi\\""', ['anna@example.com']],
    ['preferred_username', 'preferred_username = "annie"', ['ann@example.com']],
    ['cognito:user_status', 'cognito:user_status = "FORCE_CHANGE_PASSWORD"', ['new@example.org']],
    [
      'cognito:user_status ignoring case',
      'cognito:user_status = "force_change_password"',
      ['new@example.org'],
    ],
    ['status Disabled', 'status = "Disabled"', ['bob@example.org']],
    ['status in its exact case only', 'status = "disabled"', []],
    ['no spaces around the operator', 'email^="bob"', ['bob@example.org']],
    ['a value nobody has', 'email = "zed@example.com"', []],
    ['a case-sensitive value', 'email = "ANN@example.com"', []],
    ['an empty filter', '', all],
  ])('filters on %s', async (_name, Filter, expected) => {
    expect(await emailsOf({ Filter })).toEqual(expected);
  });

  it('filters on username and on sub, each read from the user', async () => {
    expect(await emailsOf({ Filter: `username = "${annSub}"` })).toEqual(['ann@example.com']);
    expect(await emailsOf({ Filter: `sub = "${annSub}"` })).toEqual(['ann@example.com']);
    expect(await emailsOf({ Filter: `sub ^= "${annSub.slice(0, 8)}"` })).toEqual([
      'ann@example.com',
    ]);
  });

  it.each([
    ['a custom attribute', 'custom:tier = "1"'],
    ['an attribute that is not searchable', 'nickname = "x"'],
    ['constructor', 'constructor = "x"'],
    ['__proto__', '__proto__ = "x"'],
    ['toString', 'toString ^= ""'],
    ['hasOwnProperty', 'hasOwnProperty = "x"'],
    ['valueOf', 'valueOf = "x"'],
    ['an unquoted value', 'email = ann@example.com'],
    ['an unknown operator', 'email != "ann@example.com"'],
    ['two conditions', 'email = "a" and name = "b"'],
    ['an unterminated quote', 'email = "ann'],
  ])('answers a filter with %s with InvalidParameterException', async (_name, Filter) => {
    await expect(h.sdk.send(new ListUsersCommand({ UserPoolId, Filter }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Error while parsing filter.',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('returns only the attributes asked for', async () => {
    const { Users } = await h.sdk.send(
      new ListUsersCommand({
        UserPoolId,
        Filter: 'email = "ann@example.com"',
        AttributesToGet: ['email', 'given_name'],
      }),
    );
    expect(Users![0]!.Attributes).toEqual([
      { Name: 'given_name', Value: 'Ann' },
      { Name: 'email', Value: 'ann@example.com' },
    ]);
    expect(Users![0]).toMatchObject({ Username: annSub, Enabled: true, UserStatus: 'CONFIRMED' });
    expect(Users![0]!.UserCreateDate).toBeInstanceOf(Date);
  });

  it('refuses sub in AttributesToGet, as Cognito does', async () => {
    await expect(
      h.sdk.send(new ListUsersCommand({ UserPoolId, AttributesToGet: ['sub'] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('pages with Limit and PaginationToken, each user once, and refuses a foreign token', async () => {
    const seen: (string | undefined)[] = [];
    let PaginationToken: string | undefined;
    do {
      const page = await h.sdk.send(
        new ListUsersCommand({ UserPoolId, Limit: 3, PaginationToken }),
      );
      expect(page.Users!.length).toBeLessThanOrEqual(3);
      seen.push(...page.Users!.map((u) => u.Attributes!.find((a) => a.Name === 'email')?.Value));
      PaginationToken = page.PaginationToken;
    } while (PaginationToken);
    expect(seen).toEqual(all);
    await expect(
      h.sdk.send(new ListUsersCommand({ UserPoolId, PaginationToken: 'bm90LWEtbnVtYmVy' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(h.sdk.send(new ListUsersCommand({ UserPoolId, Limit: 61 }))).rejects.toMatchObject(
      { name: 'InvalidParameterException' },
    );
  });
});
