// The one shape every local authorizer has (Cognito User Pools, IAM/SigV4, Lambda REQUEST), so
// the request handler runs whichever the route's authorization type names, in API Gateway's
// place in the order, and the Lambda event gets what that authorizer fills in.
import type { APIGatewayEventIdentity } from 'aws-lambda';
import type { MethodAuthorization } from '../../api/route-table';
import type { AuthorizerDecision } from './create-cognito-authorizer';
import type { GatewayError } from './gateway-response';
import type { RouteMatch } from './match-route';

export interface AuthorizationRequest {
  readonly method: string;
  /** Path below the stage, as requested (not decoded). */
  readonly path: string;
  /** `?…` as requested, or ''. */
  readonly search: string;
  readonly rawHeaders: readonly string[];
  readonly match: RouteMatch;
  readonly stage: string;
  /** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}`, what IAM and Lambda policies name. */
  readonly methodArn: string;
  readonly sourceIp: string;
  /** The request body; only read before authorizing for authorizers with `readsBody` (SigV4). */
  readonly body: Buffer | null;
}

/** What an allowed request adds to the Lambda event's requestContext. */
export interface AuthorizedContext {
  /** `requestContext.authorizer` (`{ claims }` for Cognito, the context for Lambda), or null (IAM). */
  readonly authorizer: Readonly<Record<string, unknown>> | null;
  /** Fields of `requestContext.identity` the authorizer fills (IAM callers). */
  readonly identity?: Readonly<Partial<APIGatewayEventIdentity>>;
}

/** Where a Lambda authorizer's decision came from (create-lambda-authorizer.ts). */
export type LambdaAuthorizerStep =
  | 'no-identity-source'
  | 'unauthorized'
  | 'threw'
  | 'timeout'
  | 'malformed'
  | 'explicit-deny'
  | 'implicit-deny'
  | 'allow';

/** Why an authorizer decided as it did, for the console's Test (never sent to the caller). */
export type AuthorizerExplanation =
  | { readonly kind: 'cognito'; readonly decision: AuthorizerDecision }
  | {
      readonly kind: 'lambda';
      readonly step: LambdaAuthorizerStep;
      readonly principalId?: string;
      readonly cached: boolean;
    };

export type AuthorizationOutcome =
  | {
      readonly allow: true;
      readonly context: AuthorizedContext;
      /** For the access log only, e.g. `allow:cached`. */
      readonly note: string;
      readonly explanation?: AuthorizerExplanation;
    }
  | {
      readonly allow: false;
      /** The gateway response API Gateway sends for this refusal. */
      readonly error: GatewayError;
      /** The error's message when it depends on the request (SigV4: dates, canonical request, ARN). */
      readonly message?: string;
      readonly note: string;
      readonly explanation?: AuthorizerExplanation;
    };

export interface AuthorizeMode {
  /** The console's Test: decide afresh, and neither read nor fill the authorizer's cache. */
  readonly probe?: boolean;
}

export interface GatewayAuthorizer {
  /** True when the decision needs the body (SigV4 signs the payload): the body is read first. */
  readonly readsBody: boolean;
  authorize(request: AuthorizationRequest, mode?: AuthorizeMode): Promise<AuthorizationOutcome>;
}

/** The authorizers a gateway may be given, by the method authorization type they serve. */
export type GatewayAuthorizers = Readonly<
  Partial<Record<Exclude<MethodAuthorization, 'NONE'>, GatewayAuthorizer>>
>;

/** Header values by name, case-insensitively, in the order they were sent. */
export function headerValues(rawHeaders: readonly string[], name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === wanted) values.push(rawHeaders[i + 1]!);
  }
  return values;
}
