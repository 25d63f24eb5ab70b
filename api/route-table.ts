// The Transactions API's routes as plain data. The CDK stack (infra/) builds its RestApi
// methods from this table and the local gateway (emulator/gateway) serves the same table,
// so the deployed API and the offline one cannot drift.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** How API Gateway guards a route: the Cognito User Pools authorizer, or nothing. */
export type RouteAuthorization = 'COGNITO_USER_POOLS' | 'NONE';

export interface RouteDefinition {
  readonly method: HttpMethod;
  /** API Gateway resource path, with `{name}` path parameters. */
  readonly path: string;
  readonly authorization: RouteAuthorization;
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
    authorization: 'COGNITO_USER_POOLS',
    operation: 'listTransactions',
  },
  {
    method: 'POST',
    path: '/transactions',
    authorization: 'COGNITO_USER_POOLS',
    operation: 'createTransaction',
  },
  // API Gateway prefers a literal path segment over a `{param}` one, so /summary never reaches {id}.
  {
    method: 'GET',
    path: '/transactions/summary',
    authorization: 'COGNITO_USER_POOLS',
    operation: 'getSummary',
  },
  {
    method: 'GET',
    path: '/transactions/{id}',
    authorization: 'COGNITO_USER_POOLS',
    operation: 'getTransaction',
  },
  {
    method: 'PUT',
    path: '/transactions/{id}',
    authorization: 'COGNITO_USER_POOLS',
    operation: 'replaceTransaction',
  },
  {
    method: 'DELETE',
    path: '/transactions/{id}',
    authorization: 'COGNITO_USER_POOLS',
    operation: 'deleteTransaction',
  },
  { method: 'GET', path: '/profile', authorization: 'COGNITO_USER_POOLS', operation: 'getProfile' },
]);
