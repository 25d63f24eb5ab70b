import { CognitoError } from './cognito-error';
import type { PoolContext } from './pool-context';
import type { GroupChange } from './pool-repository';
import type { GroupRecord, UserRecord } from './pool-state';
import { byCreation, requireUser, userType } from './admin-users';
import { pageOf } from './paging';

const seconds = (ms: number) => ms / 1000;

/** The details CreateGroup and UpdateGroup take (already shape-checked by the reader). */
export interface GroupDetails {
  readonly description?: string | undefined;
  readonly precedence?: number | undefined;
  readonly roleArn?: string | undefined;
}

/** A group as GetGroup/ListGroups answer it: absent details are omitted, dates in seconds. */
export function groupType(ctx: PoolContext, group: GroupRecord) {
  return {
    GroupName: group.name,
    UserPoolId: ctx.config.userPoolId,
    ...(group.description !== undefined ? { Description: group.description } : {}),
    ...(group.roleArn !== undefined ? { RoleArn: group.roleArn } : {}),
    ...(group.precedence !== undefined ? { Precedence: group.precedence } : {}),
    LastModifiedDate: seconds(group.updatedAt),
    CreationDate: seconds(group.createdAt),
  };
}

const groupName = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

export function requireGroup(ctx: PoolContext, name: string): GroupRecord {
  const group = ctx.repo.group(name);
  if (!group) throw new CognitoError('ResourceNotFoundException', 'Group not found.');
  return group;
}

export function createGroup(ctx: PoolContext, name: string, details: GroupDetails = {}) {
  if (!groupName.test(name))
    throw new CognitoError(
      'InvalidParameterException',
      'GroupName must be 1-128 printable characters without spaces.',
    );
  const now = ctx.clock.now();
  const group: GroupRecord = { name, ...definedOnly(details), createdAt: now, updatedAt: now };
  if (!ctx.repo.addGroup(group))
    throw new CognitoError('GroupExistsException', 'A group with the name already exists.');
  return { Group: groupType(ctx, group) };
}

export function getGroup(ctx: PoolContext, name: string) {
  return { Group: groupType(ctx, requireGroup(ctx, name)) };
}

/** `Limit` (at most 60) and `NextToken` of the group lists. */
export interface ListPaging {
  readonly limit?: number | undefined;
  readonly nextToken?: string | undefined;
}

const paged = <T>(items: readonly T[], input: ListPaging) =>
  pageOf(
    items,
    { limit: input.limit, token: input.nextToken },
    { member: 'limit', max: 60, tokenMember: 'next token' },
  );

function groupPage(ctx: PoolContext, groups: readonly GroupRecord[], input: ListPaging) {
  const page = paged(groups, input);
  return {
    Groups: page.items.map((g) => groupType(ctx, g)),
    ...(page.next !== undefined ? { NextToken: page.next } : {}),
  };
}

/** Groups in creation order (Cognito's order is unspecified; this one is stable for paging). */
export function listGroups(ctx: PoolContext, input: ListPaging) {
  return groupPage(ctx, ctx.repo.groups(), input);
}

/** UpdateGroup changes only the details the request names (the others keep their values). */
export function updateGroup(ctx: PoolContext, name: string, details: GroupDetails) {
  requireGroup(ctx, name);
  const change: GroupChange = { ...definedOnly(details), updatedAt: ctx.clock.now() };
  return { Group: groupType(ctx, ctx.repo.updateGroup(name, change)) };
}

/** Deleting a group removes it from its members' next tokens. */
export function deleteGroup(ctx: PoolContext, name: string): void {
  requireGroup(ctx, name);
  ctx.repo.deleteGroup(name);
}

export function adminAddUserToGroup(ctx: PoolContext, name: string, group: string): void {
  const user = requireUser(ctx, name);
  requireGroup(ctx, group);
  ctx.repo.updateUser(user.username, (current) =>
    current.groups.includes(group)
      ? {}
      : { groups: [...current.groups, group], updatedAt: ctx.clock.now() },
  );
}

/** Removing a user from a group they are not in succeeds, as on Cognito. */
export function adminRemoveUserFromGroup(ctx: PoolContext, name: string, group: string): void {
  const user = requireUser(ctx, name);
  requireGroup(ctx, group);
  ctx.repo.updateUser(user.username, (current) =>
    current.groups.includes(group)
      ? { groups: current.groups.filter((g) => g !== group), updatedAt: ctx.clock.now() }
      : {},
  );
}

/** The user's groups, ordered as in their tokens (precedence first). */
export function groupsOf(ctx: PoolContext, user: UserRecord): GroupRecord[] {
  return user.groups
    .map((name) => ctx.repo.group(name))
    .filter((g): g is GroupRecord => g !== undefined)
    .sort(byPrecedence);
}

/**
 * Lowest precedence first, groups without one last; ties by name in code-unit order, so a
 * user's `cognito:groups` never depends on the order they were added in.
 */
export function byPrecedence(a: GroupRecord, b: GroupRecord): number {
  const pa = a.precedence ?? Number.POSITIVE_INFINITY;
  const pb = b.precedence ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function adminListGroupsForUser(ctx: PoolContext, name: string, input: ListPaging) {
  return groupPage(ctx, groupsOf(ctx, requireUser(ctx, name)), input);
}

/** The group's members, oldest account first. */
export function listUsersInGroup(ctx: PoolContext, name: string, input: ListPaging) {
  requireGroup(ctx, name);
  const members = ctx.repo
    .users()
    .filter((u) => u.groups.includes(name))
    .sort(byCreation);
  const page = paged(members, input);
  return {
    Users: page.items.map(userType),
    ...(page.next !== undefined ? { NextToken: page.next } : {}),
  };
}

function definedOnly(details: GroupDetails): GroupChange {
  return {
    ...(details.description !== undefined ? { description: details.description } : {}),
    ...(details.precedence !== undefined ? { precedence: details.precedence } : {}),
    ...(details.roleArn !== undefined ? { roleArn: details.roleArn } : {}),
  };
}
