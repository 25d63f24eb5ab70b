// Builders for Lambda proxy events and contexts shaped like API Gateway REST's, for the
// handler's unit tests and the in-process integration tests. Claims are strings, as the
// Cognito authorizer delivers them (booleans "true", exp/iat in Java Date.toString form).

import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import type { HttpMethod } from '../route-table';

export const testIssuer = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1';
export const testClientId = '4hpg5n34kduiedr7taqipdo77h';
export const testOrigin = 'https://app.example.com';

export interface ProxyEventSpec {
  readonly method: HttpMethod | string;
  /** Resource template, e.g. `/transactions/{id}`. */
  readonly resource: string;
  readonly id?: string;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  /** Objects are sent as JSON with Content-Type application/json unless headers say else. */
  readonly body?: unknown;
  /** null: no authorizer claims at all. */
  readonly claims?: Record<string, string> | null;
}

/** String claims of an id_token for `sub`, as the REST Cognito authorizer passes them. */
export function idTokenClaims(
  sub: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const now = new Date();
  return {
    sub,
    aud: testClientId,
    email_verified: 'true',
    event_id: 'b7d4c5e2-0000-4000-8000-000000000000',
    token_use: 'id',
    auth_time: String(Math.floor(now.getTime() / 1000)),
    iss: testIssuer,
    'cognito:username': sub,
    exp: javaDate(new Date(now.getTime() + 3_600_000)),
    iat: javaDate(now),
    email: `${sub.slice(0, 8)}@example.com`,
    ...overrides,
  };
}

/**
 * Claims of an access token as the Cognito authorizer passes them (apiToken `access`):
 * `client_id` instead of `aud`, the granted scopes space-separated in `scope`.
 */
export function accessTokenClaims(
  sub: string,
  scope: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const shared: Record<string, string> = { ...idTokenClaims(sub) };
  for (const idOnly of ['aud', 'email', 'email_verified']) delete shared[idOnly];
  return {
    ...shared,
    client_id: testClientId,
    token_use: 'access',
    scope,
    username: sub,
    version: '2',
    ...overrides,
  };
}

/** `EEE MMM dd HH:mm:ss zzz yyyy` in UTC, the way API Gateway renders exp and iat. */
function javaDate(date: Date): string {
  const [weekday, month, day, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} UTC ${year}`;
}

export function buildProxyEvent(spec: ProxyEventSpec): APIGatewayProxyEvent {
  const headers: Record<string, string> = { Origin: testOrigin, ...spec.headers };
  let body: string | null = null;
  if (typeof spec.body === 'string') body = spec.body;
  else if (spec.body !== undefined) {
    body = JSON.stringify(spec.body);
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
  }
  const path = spec.id === undefined ? spec.resource : spec.resource.replace('{id}', spec.id);
  return {
    resource: spec.resource,
    path,
    httpMethod: spec.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: spec.query ?? null,
    multiValueQueryStringParameters: spec.query
      ? Object.fromEntries(Object.entries(spec.query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: spec.id === undefined ? null : { id: spec.id },
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'testapi',
      authorizer: { claims: spec.claims === undefined ? idTokenClaims('user-a') : spec.claims },
      protocol: 'HTTP/1.1',
      httpMethod: spec.method,
      identity: {} as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/prod${path}`,
      stage: 'prod',
      requestId: 'gw-request',
      requestTimeEpoch: Date.now(),
      resourceId: 'res',
      resourcePath: spec.resource,
    },
  };
}

let contextCount = 0;

/** A Lambda-like context with a fresh awsRequestId. */
export function buildContext(requestId = `req-${++contextCount}`): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'transactions-api',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:transactions-api',
    memoryLimitInMB: '256',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/transactions-api',
    logStreamName: 'test',
    getRemainingTimeInMillis: () => 29_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
