// The Transactions API's routes as plain data. The CDK stack (infra/) builds its RestApi
// methods from this table and the local gateway (emulator/gateway) serves the same table,
// so the deployed API and the offline one cannot drift.

import type { ApiAuthMode } from '../contract/api-modes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Who may call a route: a signed-in user (guarded the way `apiAuth` says), or anyone. */
export type RouteAccess = 'signed-in' | 'public';

/** API Gateway's AuthorizationType of a method, as the REST API and CloudFormation spell it. */
export type MethodAuthorization = 'COGNITO_USER_POOLS' | 'AWS_IAM' | 'CUSTOM' | 'NONE';

export interface RouteDefinition {
  readonly method: HttpMethod;
  /** API Gateway resource path, with `{name}` path parameters. */
  readonly path: string;
  readonly access: RouteAccess;
  /** Stable name the handler dispatches on. */
  readonly operation: RouteOperation;
}

export type RouteOperation =
  | 'listTransactions'
  | 'createTransaction'
  | 'getSummary'
  | 'getTransaction'
  | 'replaceTransaction'
  | 'deleteTransaction'
  | 'getProfile';

export const routeTable: readonly RouteDefinition[] = Object.freeze([
  {
    method: 'GET',
    path: '/transactions',
    access: 'signed-in',
    operation: 'listTransactions',
  },
  {
    method: 'POST',
    path: '/transactions',
    access: 'signed-in',
    operation: 'createTransaction',
  },
  // API Gateway prefers a literal path segment over a `{param}` one, so /summary never reaches {id}.
  {
    method: 'GET',
    path: '/transactions/summary',
    access: 'signed-in',
    operation: 'getSummary',
  },
  {
    method: 'GET',
    path: '/transactions/{id}',
    access: 'signed-in',
    operation: 'getTransaction',
  },
  {
    method: 'PUT',
    path: '/transactions/{id}',
    access: 'signed-in',
    operation: 'replaceTransaction',
  },
  {
    method: 'DELETE',
    path: '/transactions/{id}',
    access: 'signed-in',
    operation: 'deleteTransaction',
  },
  { method: 'GET', path: '/profile', access: 'signed-in', operation: 'getProfile' },
]);

const signedInAuthorization: Readonly<Record<ApiAuthMode, MethodAuthorization>> = {
  cognito: 'COGNITO_USER_POOLS',
  iam: 'AWS_IAM',
  lambda: 'CUSTOM',
};

/**
 * The method's authorization type under the deployment's `apiAuth` mode: the one rule the local
 * gateway and the CDK RestApi both apply, so a mode cannot guard the two differently.
 */
export function methodAuthorization(
  route: RouteDefinition,
  mode: ApiAuthMode,
): MethodAuthorization {
  return route.access === 'public' ? 'NONE' : signedInAuthorization[mode];
}
