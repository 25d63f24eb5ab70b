import { groupsOf } from './groups';
import type { PoolContext } from './pool-context';
import type { UserRecord } from './pool-state';

/** The group claims of a user's tokens; empty members are left out, as Cognito does. */
export interface GroupClaims {
  /** Both tokens: group names, lowest precedence first (groups.ts byPrecedence). */
  readonly groups: { 'cognito:groups'?: string[] };
  /** ID token only: the groups' IAM roles. */
  readonly roles: { 'cognito:preferred_role'?: string; 'cognito:roles'?: string[] };
}

/**
 * `cognito:roles` lists every distinct role of the user's groups (in group order);
 * `cognito:preferred_role` is the role of the lowest-precedence groups that have one, and is
 * left out when groups tied at that precedence carry different roles (Cognito's rule).
 */
export function groupClaims(ctx: PoolContext, user: UserRecord): GroupClaims {
  const groups = groupsOf(ctx, user);
  if (groups.length === 0) return { groups: {}, roles: {} };
  const withRoles = groups.filter((g) => g.roleArn !== undefined);
  const roles = [...new Set(withRoles.map((g) => g.roleArn!))];
  const top = withRoles[0]?.precedence;
  const preferred = new Set(withRoles.filter((g) => g.precedence === top).map((g) => g.roleArn!));
  return {
    groups: { 'cognito:groups': groups.map((g) => g.name) },
    roles: {
      ...(preferred.size === 1 ? { 'cognito:preferred_role': [...preferred][0]! } : {}),
      ...(roles.length > 0 ? { 'cognito:roles': roles } : {}),
    },
  };
}
