import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoSdk, type CognitoSdkHarness } from './cognito-sdk-harness';

const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

describe('Cognito groups through the AWS SDK v3', () => {
  let h: CognitoSdkHarness;
  let UserPoolId: string;
  beforeAll(async () => {
    h = await startCognitoSdk();
    UserPoolId = h.UserPoolId;
  });
  afterAll(() => h.close());

  const create = (GroupName: string, extra: { Precedence?: number; RoleArn?: string } = {}) =>
    h.sdk.send(new CreateGroupCommand({ UserPoolId, GroupName, ...extra }));
  const add = (Username: string, GroupName: string) =>
    h.sdk.send(new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName }));

  it('creates a group with its details, and answers them in GetGroup with dates', async () => {
    const before = Math.floor(h.emulator.clock.now() / 1000);
    const created = await h.sdk.send(
      new CreateGroupCommand({
        UserPoolId,
        GroupName: 'editors',
        Description: 'Can edit',
        Precedence: 5,
        RoleArn: role('Editor'),
      }),
    );
    expect(created.Group).toMatchObject({
      GroupName: 'editors',
      UserPoolId,
      Description: 'Can edit',
      Precedence: 5,
      RoleArn: role('Editor'),
    });
    const got = await h.sdk.send(new GetGroupCommand({ UserPoolId, GroupName: 'editors' }));
    expect(got.Group).toEqual(created.Group);
    expect(got.Group!.CreationDate).toBeInstanceOf(Date);
    expect(got.Group!.CreationDate!.getTime() / 1000).toBeGreaterThanOrEqual(before);
  });

  it('omits the details a group does not have', async () => {
    const { Group } = await create('plain');
    expect(Object.keys(Group!).sort()).toEqual(
      ['CreationDate', 'GroupName', 'LastModifiedDate', 'UserPoolId'].sort(),
    );
  });

  it('updates only the details it is given', async () => {
    await create('updatable', { Precedence: 3, RoleArn: role('A') });
    const { Group } = await h.sdk.send(
      new UpdateGroupCommand({ UserPoolId, GroupName: 'updatable', Description: 'now described' }),
    );
    expect(Group).toMatchObject({
      Description: 'now described',
      Precedence: 3,
      RoleArn: role('A'),
    });
  });

  it.each([
    ['GetGroup', () => h.sdk.send(new GetGroupCommand({ UserPoolId, GroupName: 'nope' }))],
    ['UpdateGroup', () => h.sdk.send(new UpdateGroupCommand({ UserPoolId, GroupName: 'nope' }))],
    ['DeleteGroup', () => h.sdk.send(new DeleteGroupCommand({ UserPoolId, GroupName: 'nope' }))],
    [
      'ListUsersInGroup',
      () => h.sdk.send(new ListUsersInGroupCommand({ UserPoolId, GroupName: 'nope' })),
    ],
    [
      'AdminRemoveUserFromGroup',
      async () => {
        await h.emulator.pool.createUser({ email: 'nogroup@example.com', password: 'No-Group-1' });
        return h.sdk.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId,
            Username: 'nogroup@example.com',
            GroupName: 'nope',
          }),
        );
      },
    ],
  ])('answers %s on an unknown group with ResourceNotFoundException', async (_op, send) => {
    await expect(send()).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Group not found.',
    });
  });

  it.each([
    ['an existing name', { GroupName: 'editors' }, 'GroupExistsException'],
    ['a name with a space', { GroupName: 'two words' }, 'InvalidParameterException'],
    ['a negative precedence', { GroupName: 'neg', Precedence: -1 }, 'InvalidParameterException'],
    [
      'a role that is no ARN',
      { GroupName: 'badrole', RoleArn: 'admin-role-x' },
      'InvalidParameterException',
    ],
    [
      'a long description',
      { GroupName: 'long', Description: 'x'.repeat(2049) },
      'InvalidParameterException',
    ],
  ])('refuses CreateGroup with %s', async (_name, input, name) => {
    await expect(
      h.sdk.send(new CreateGroupCommand({ UserPoolId, ...input })),
    ).rejects.toMatchObject({ name });
  });

  it.each([
    ['AdminAddUserToGroup', () => add('ghost@example.com', 'editors')],
    [
      'AdminRemoveUserFromGroup',
      () =>
        h.sdk.send(
          new AdminRemoveUserFromGroupCommand({
            UserPoolId,
            Username: 'ghost@example.com',
            GroupName: 'editors',
          }),
        ),
    ],
    [
      'AdminListGroupsForUser',
      () =>
        h.sdk.send(
          new AdminListGroupsForUserCommand({ UserPoolId, Username: 'ghost@example.com' }),
        ),
    ],
  ])('answers %s on an unknown user with UserNotFoundException', async (_op, send) => {
    await expect(send()).rejects.toMatchObject({
      name: 'UserNotFoundException',
      message: 'User does not exist.',
    });
  });

  it('orders cognito:groups by precedence in both tokens, with roles in the ID token', async () => {
    await create('p-none-b');
    await create('p-none-a');
    await create('p-ten', { Precedence: 10, RoleArn: role('Ten') });
    await create('p-one', { Precedence: 1, RoleArn: role('One') });
    await h.emulator.pool.createUser({ email: 'ordered@example.com', password: 'Ordered-Pass-1' });
    for (const g of ['p-none-b', 'p-ten', 'p-none-a', 'p-one']) await add('ordered@example.com', g);
    const { id, access } = await h.signIn('ordered@example.com', 'Ordered-Pass-1');
    const order = ['p-one', 'p-ten', 'p-none-a', 'p-none-b'];
    expect(id['cognito:groups']).toEqual(order);
    expect(access['cognito:groups']).toEqual(order);
    expect(id['cognito:roles']).toEqual([role('One'), role('Ten')]);
    expect(id['cognito:preferred_role']).toBe(role('One'));
    expect(access).not.toHaveProperty('cognito:roles');
    expect(access).not.toHaveProperty('cognito:preferred_role');
    const listed = await h.sdk.send(
      new AdminListGroupsForUserCommand({ UserPoolId, Username: 'ordered@example.com' }),
    );
    expect(listed.Groups!.map((g) => g.GroupName)).toEqual(order);
  });

  it('leaves cognito:preferred_role out when groups tied at the top carry different roles', async () => {
    await create('tie-a', { Precedence: 0, RoleArn: role('TieA') });
    await create('tie-b', { Precedence: 0, RoleArn: role('TieB') });
    await h.emulator.pool.createUser({ email: 'tied@example.com', password: 'Tied-Pass-1' });
    await add('tied@example.com', 'tie-b');
    await add('tied@example.com', 'tie-a');
    const { id } = await h.signIn('tied@example.com', 'Tied-Pass-1');
    expect(id['cognito:groups']).toEqual(['tie-a', 'tie-b']);
    expect(id['cognito:roles']).toEqual([role('TieA'), role('TieB')]);
    expect(id).not.toHaveProperty('cognito:preferred_role');
  });

  it('removes a user from a group, and a deleted group from every member', async () => {
    await create('temp');
    await create('doomed');
    await h.emulator.pool.createUser({ email: 'member@example.com', password: 'Member-Pass-1' });
    await add('member@example.com', 'temp');
    await add('member@example.com', 'doomed');
    const inGroup = await h.sdk.send(
      new ListUsersInGroupCommand({ UserPoolId, GroupName: 'temp' }),
    );
    expect(inGroup.Users!.map((u) => u.Attributes!.find((a) => a.Name === 'email')?.Value)).toEqual(
      ['member@example.com'],
    );
    await h.sdk.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId,
        Username: 'member@example.com',
        GroupName: 'temp',
      }),
    );
    // Removing again is not an error.
    await h.sdk.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId,
        Username: 'member@example.com',
        GroupName: 'temp',
      }),
    );
    await h.sdk.send(new DeleteGroupCommand({ UserPoolId, GroupName: 'doomed' }));
    const { id } = await h.signIn('member@example.com', 'Member-Pass-1');
    expect(id).not.toHaveProperty('cognito:groups');
    await expect(
      h.sdk.send(new GetGroupCommand({ UserPoolId, GroupName: 'doomed' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(
      (await h.sdk.send(new ListUsersInGroupCommand({ UserPoolId, GroupName: 'temp' }))).Users,
    ).toEqual([]);
  });

  it('pages ListGroups with Limit and NextToken, each group once', async () => {
    for (const n of ['page-1', 'page-2', 'page-3']) await create(n);
    const all = (await h.sdk.send(new ListGroupsCommand({ UserPoolId }))).Groups!.map(
      (g) => g.GroupName,
    );
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await h.sdk.send(new ListGroupsCommand({ UserPoolId, Limit: 2, NextToken }));
      expect(page.Groups!.length).toBeLessThanOrEqual(2);
      seen.push(...page.Groups!.map((g) => g.GroupName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen).toEqual(all);
    expect(seen).toEqual(expect.arrayContaining(['page-1', 'page-2', 'page-3']));
  });

  it.each([
    ['a limit over 60', { Limit: 61 }],
    ['a foreign NextToken', { NextToken: 'not-ours' }],
  ])('refuses ListGroups with %s', async (_name, input) => {
    await expect(h.sdk.send(new ListGroupsCommand({ UserPoolId, ...input }))).rejects.toMatchObject(
      { name: 'InvalidParameterException' },
    );
  });

  it('pages ListUsersInGroup', async () => {
    await create('crowd');
    for (const n of [1, 2, 3]) {
      await h.emulator.pool.createUser({
        email: `crowd${n}@example.com`,
        password: 'Crowd-Pass-1',
      });
      await add(`crowd${n}@example.com`, 'crowd');
    }
    const first = await h.sdk.send(
      new ListUsersInGroupCommand({ UserPoolId, GroupName: 'crowd', Limit: 2 }),
    );
    expect(first.Users).toHaveLength(2);
    const second = await h.sdk.send(
      new ListUsersInGroupCommand({
        UserPoolId,
        GroupName: 'crowd',
        Limit: 2,
        NextToken: first.NextToken,
      }),
    );
    expect(second.Users).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
  });
});
