import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteDefinition } from '../../api/route-table';
import { methodAuthorization, routeTable } from '../../api/route-table';
import type { BuiltStack } from './build-stack';
import { buildStack, onlyResource } from './build-stack';
import { deployedMethods, expectedRouteKeys, routeKeys } from './deployed-routes';

/** The deployed non-preflight methods, in route-table terms. */
function deployedRouteKeys(built: BuiltStack): string[] {
  return routeKeys(
    deployedMethods(built.template)
      .filter((m) => m.method !== 'OPTIONS')
      .map((m) => ({ method: m.method, path: m.path, authorization: m.authorizationType })),
  );
}

describe('REST API built from api/route-table.ts', () => {
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack({ siteDir: null });
  });

  it('deploys exactly the route table: every route, nothing else', () => {
    expect(deployedRouteKeys(built)).toEqual(expectedRouteKeys(routeTable));
  });

  it('puts the Cognito authorizer on every COGNITO_USER_POOLS route', () => {
    const authorizerRef = Object.keys(
      built.template.findResources('AWS::ApiGateway::Authorizer'),
    )[0];
    const guarded = deployedMethods(built.template).filter(
      (m) => m.authorizationType === 'COGNITO_USER_POOLS',
    );
    expect(guarded).toHaveLength(
      routeTable.filter((r) => methodAuthorization(r, 'cognito') === 'COGNITO_USER_POOLS').length,
    );
    for (const method of guarded) expect(method.authorizerId).toEqual({ Ref: authorizerRef });
  });

  it('answers CORS preflight on every resource without the authorizer', () => {
    const methods = deployedMethods(built.template);
    const paths = new Set(methods.filter((m) => m.method !== 'OPTIONS').map((m) => m.path));
    const preflight = methods.filter((m) => m.method === 'OPTIONS');
    for (const path of paths) expect(preflight.map((m) => m.path)).toContain(path);
    for (const m of preflight) {
      expect(m.authorizationType).toBe('NONE');
      expect(m.authorizerId).toBeUndefined();
    }
  });

  it('sends every route to the one Lambda through a proxy integration', () => {
    const fn = Object.keys(built.template.findResources('AWS::Lambda::Function')).find((id) =>
      id.startsWith('ApiHandler'),
    );
    const methods = Object.values(built.template.findResources('AWS::ApiGateway::Method')).filter(
      (m) => m.Properties.HttpMethod !== 'OPTIONS',
    );
    for (const m of methods) {
      expect(m.Properties.Integration.Type).toBe('AWS_PROXY');
      expect(JSON.stringify(m.Properties.Integration.Uri)).toContain(`"${fn}"`);
    }
  });

  // The comparison above must notice drift in either direction; these stacks are built
  // from altered tables to show that it does.
  it.each([
    ['a route added', [...routeTable, { ...routeTable[0]!, path: '/transactions/export' }]],
    ['a route removed', routeTable.slice(1)],
    [
      'a route left unguarded',
      routeTable.map((r, i) => (i === 0 ? { ...r, access: 'public' as const } : r)),
    ],
  ] satisfies [string, RouteDefinition[]][])(
    'detects a deployment that differs from the table (%s)',
    (_name, routes) => {
      const drifted = buildStack({ siteDir: null, routes });
      expect(deployedRouteKeys(drifted)).not.toEqual(expectedRouteKeys(routeTable));
      expect(deployedRouteKeys(drifted)).toEqual(expectedRouteKeys(routes));
    },
  );

  it('has a single REST API', () => {
    expect(onlyResource(built.template, 'AWS::ApiGateway::RestApi')['Name']).toBe(
      'transactions-dev',
    );
  });
});
