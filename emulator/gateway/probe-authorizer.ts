// The console's "Test the authorizer": the authorizer that guards a route in the current apiAuth
// mode, asked about a request it never receives over HTTP. It is the same GatewayAuthorizer object
// the request handler calls, in probe mode (no cache read or written), and the answer is the
// gateway response it would send, so the test cannot drift from what the API does.
import { methodAuthorization } from '../../api/route-table';
import type { HttpMethod, MethodAuthorization } from '../../api/route-table';
import type { AuthorizationOutcome, GatewayAuthorizers } from './gateway-authorizer';
import type { ResolvedGatewayOptions } from './gateway-options';
import { GATEWAY_ERRORS, gatewayErrorBody } from './gateway-response';
import type { createRouteMatcher } from './match-route';

export interface ProbeRequest {
  readonly method: HttpMethod;
  /** Below the stage, e.g. `/transactions`. */
  readonly path: string;
  /** Header name/value pairs as a client would send them. */
  readonly headers: readonly (readonly [string, string])[];
}

export type ProbeResult =
  | { readonly kind: 'no-route' }
  | { readonly kind: 'public'; readonly authorization: 'NONE' }
  | {
      readonly kind: 'decided';
      readonly authorization: Exclude<MethodAuthorization, 'NONE'>;
      readonly outcome: AuthorizationOutcome;
      /** What the caller would get back when refused: status and exact body. */
      readonly response?: { readonly status: number; readonly body: string };
    };

/** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}{path}`, what policies name. */
export function methodArnFor(
  options: Pick<ResolvedGatewayOptions, 'region' | 'accountId' | 'apiId' | 'stage'>,
  method: string,
  path: string,
): string {
  return `arn:aws:execute-api:${options.region}:${options.accountId}:${options.apiId}/${options.stage}/${method}${path}`;
}

/** Creates `probe(request)`: the current mode's authorizer decision for that request. */
export function createAuthorizerProbe(deps: {
  readonly options: ResolvedGatewayOptions;
  readonly match: ReturnType<typeof createRouteMatcher>;
  readonly authorizers: GatewayAuthorizers;
}) {
  const { options, match, authorizers } = deps;
  return async function probe(request: ProbeRequest): Promise<ProbeResult> {
    const lookup = match(request.method, request.path);
    if (lookup.kind !== 'match') return { kind: 'no-route' };
    const authorization = methodAuthorization(lookup.match.route, options.apiAuth);
    if (authorization === 'NONE') return { kind: 'public', authorization };
    const authorizer = authorizers[authorization];
    if (authorizer === undefined) throw new Error(`no ${authorization} authorizer`);
    const outcome = await authorizer.authorize(
      {
        method: request.method,
        path: request.path,
        search: '',
        rawHeaders: request.headers.flat(),
        match: lookup.match,
        stage: options.stage,
        methodArn: methodArnFor(options, request.method, request.path),
        sourceIp: '127.0.0.1',
        body: Buffer.alloc(0),
      },
      { probe: true },
    );
    if (outcome.allow) return { kind: 'decided', authorization, outcome };
    return {
      kind: 'decided',
      authorization,
      outcome,
      response: {
        status: GATEWAY_ERRORS[outcome.error].status,
        body: gatewayErrorBody(outcome.error, outcome.message),
      },
    };
  };
}
