// The IAM policy that lets a signed-in identity call this API and nothing else: one
// `execute-api:Invoke` statement naming each route's method ARN. The CDK stack attaches this
// document to the identity pool's authenticated role, and the local gateway evaluates the same
// document for SigV4 callers, so the two cannot allow different methods.
import type { RouteDefinition } from './route-table';
import { routeTable } from './route-table';

export interface IamStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

export interface IamPolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly IamStatement[];
}

/** Where the API is deployed; CDK passes tokens, the emulator its own ids. */
export interface ApiLocation {
  readonly region: string;
  readonly accountId: string;
  readonly apiId: string;
  readonly stage: string;
}

/** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{resource}`; `{param}` → `*`. */
export function methodArnPattern(location: ApiLocation, route: RouteDefinition): string {
  const resource = route.path.replace(/\{[^}]+\}/g, '*');
  return `arn:aws:execute-api:${location.region}:${location.accountId}:${location.apiId}/${location.stage}/${route.method}${resource}`;
}

/** Allows `execute-api:Invoke` on exactly the routes' methods (signed-in routes only). */
export function apiInvokePolicy(
  location: ApiLocation,
  routes: readonly RouteDefinition[] = routeTable,
): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'execute-api:Invoke',
        Resource: routes
          .filter((route) => route.access === 'signed-in')
          .map((route) => methodArnPattern(location, route)),
      },
    ],
  };
}
