// Reads the API's routes back out of a synthesized template: each AWS::ApiGateway::Method
// with its full resource path, so tests can compare the deployed API to api/route-table.ts.

import type { Template } from 'aws-cdk-lib/assertions';
import type { RouteDefinition } from '../../api/route-table';
import { methodAuthorization } from '../../api/route-table';
import type { ApiAuthMode } from '../../contract/api-modes';
import { resourcesOfType } from './build-stack';

export interface DeployedMethod {
  readonly method: string;
  readonly path: string;
  readonly authorizationType: string;
  readonly authorizerId: unknown;
  /** AuthorizationScopes (OAuth scopes), or undefined when the method has none. */
  readonly authorizationScopes: unknown;
}

function refOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'Ref' in value) return String(value.Ref);
  return undefined;
}

/** Every method of the template's REST API, with paths rebuilt from the resource tree. */
export function deployedMethods(template: Template): DeployedMethod[] {
  const resources = new Map(resourcesOfType(template, 'AWS::ApiGateway::Resource'));
  const pathOf = (resourceId: unknown): string => {
    const ref = refOf(resourceId);
    if (ref === undefined) return ''; // Fn::GetAtt RootResourceId: the root
    const resource = resources.get(ref);
    if (!resource) throw new Error(`unknown API resource ${ref}`);
    return `${pathOf(resource['ParentId'])}/${String(resource['PathPart'])}`;
  };
  return resourcesOfType(template, 'AWS::ApiGateway::Method').map(([, m]) => ({
    method: String(m['HttpMethod']),
    path: pathOf(m['ResourceId']) || '/',
    authorizationType: String(m['AuthorizationType']),
    authorizerId: m['AuthorizerId'],
    authorizationScopes: m['AuthorizationScopes'],
  }));
}

/** `METHOD /path AUTH` keys, sorted, for comparing route sets. */
export function routeKeys(
  routes: readonly { method: string; path: string; authorization: string }[],
): string[] {
  return routes.map((r) => `${r.method} ${r.path} ${r.authorization}`).sort();
}

/** The keys the route table means under `mode`: what the deployed API must match. */
export function expectedRouteKeys(
  routes: readonly RouteDefinition[],
  mode: ApiAuthMode = 'cognito',
): string[] {
  return routeKeys(routes.map((r) => ({ ...r, authorization: methodAuthorization(r, mode) })));
}
