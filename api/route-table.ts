// The Transactions API's routes as plain data. The CDK stack (infra/) builds its RestApi
// methods from this table and the local gateway (emulator/gateway) serves the same table,
// so the deployed API and the offline one cannot drift.

import type { ApiAuthMode, ApiTokenMode } from '../contract/api-modes';
import type { CustomScope } from '../contract/user-pool-definition';
import { userPoolDefinition } from '../contract/user-pool-definition';

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
  /**
   * What the method does with the caller's data, so which of the API's custom scopes it needs
   * when the API takes access tokens (`methodScopes`).
   */
  readonly scope: RouteScope;
  /** Stable name the handler dispatches on. */
  readonly operation: RouteOperation;
}

/** A scope name of the pool definition's `transactions` resource server. */
export type RouteScope = 'read' | 'write';

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
    scope: 'read',
    operation: 'listTransactions',
  },
  {
    method: 'POST',
    path: '/transactions',
    access: 'signed-in',
    scope: 'write',
    operation: 'createTransaction',
  },
  // API Gateway prefers a literal path segment over a `{param}` one, so /summary never reaches {id}.
  {
    method: 'GET',
    path: '/transactions/summary',
    access: 'signed-in',
    scope: 'read',
    operation: 'getSummary',
  },
  {
    method: 'GET',
    path: '/transactions/{id}',
    access: 'signed-in',
    scope: 'read',
    operation: 'getTransaction',
  },
  {
    method: 'PUT',
    path: '/transactions/{id}',
    access: 'signed-in',
    scope: 'write',
    operation: 'replaceTransaction',
  },
  {
    method: 'DELETE',
    path: '/transactions/{id}',
    access: 'signed-in',
    scope: 'write',
    operation: 'deleteTransaction',
  },
  { method: 'GET', path: '/profile', access: 'signed-in', scope: 'read', operation: 'getProfile' },
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

/** The resource server whose scopes guard the API (contract/user-pool-definition.ts). */
export const apiResourceServer = 'transactions';

const server = userPoolDefinition.resourceServers.find((rs) => rs.identifier === apiResourceServer);

/** `{identifier}/{name}` of the API's scope `name`, as the pool definition declares it. */
function fullScope(name: RouteScope): CustomScope {
  // A renamed server or scope would leave every method unreachable: fail at load, not per call.
  if (!server?.scopes.some((scope) => scope.name === name)) {
    throw new Error(
      `the pool definition has no resource server scope ${apiResourceServer}/${name}`,
    );
  }
  return `${server.identifier}/${name}`;
}

const scopesByRoute: Readonly<Record<RouteScope, readonly CustomScope[]>> = {
  read: Object.freeze([fullScope('read')]),
  write: Object.freeze([fullScope('write')]),
};

/**
 * The OAuth scopes of the method (API Gateway AuthorizationScopes) under the `apiToken` mode: in
 * `access` mode a signed-in route needs an access token carrying one of them (reads
 * `transactions/read`, writes `transactions/write`); in `id` mode, and for public routes, none,
 * so the Cognito authorizer takes ID tokens. The local gateway, the handler and CDK all ask here.
 */
export function methodScopes(route: RouteDefinition, token: ApiTokenMode): readonly CustomScope[] {
  return token === 'access' && route.access === 'signed-in' ? scopesByRoute[route.scope] : [];
}
