// The CUSTOM (Lambda REQUEST) authorizer of the local gateway, with API Gateway's semantics
// (reference §4): the identity-source header must be present or the answer is 401 without
// invoking; the authorizer gets the REQUEST event; its answer is cached per identity-source value
// for the TTL and the cached policy is evaluated again against each request's method ARN, so a
// policy naming one method fails the next method exactly as on AWS; `Unauthorized` → 401, a
// Deny → 403, anything else thrown, a timeout or an unusable answer → 500. See README.md.
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { evaluatePolicy } from '../iam/evaluate-policy';
import { buildProxyEvent } from './build-proxy-event';
import { createLambdaContext } from './create-lambda-context';
import { createTtlCache } from './create-ttl-cache';
import type {
  AuthorizationOutcome,
  AuthorizationRequest,
  GatewayAuthorizer,
  LambdaAuthorizerStep,
} from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import { invokeWithTimeout } from './invoke-with-timeout';
import { resolveLambdaAuthorizerOptions } from './lambda-authorizer-options';
import type { LambdaAuthorizerOptions } from './lambda-authorizer-options';
import { readAuthorizerResult } from './read-authorizer-result';
import type { AuthorizerAnswer } from './read-authorizer-result';

export type { LambdaAuthorizerOptions } from './lambda-authorizer-options';

const ARN = /^arn:[\w-]+:execute-api:([\w-]+):(\d{12}):([\w-]+)\//;

/** The REQUEST event API Gateway sends (REST v1 shape), from what the gateway matched. */
export function buildAuthorizerEvent(
  request: AuthorizationRequest,
  requestId: string,
  requestTimeEpoch: number,
): APIGatewayRequestAuthorizerEvent {
  const [, , accountId = '', apiId = ''] = ARN.exec(request.methodArn) ?? [];
  const proxy = buildProxyEvent({
    ...request,
    apiId,
    accountId,
    requestId,
    requestTimeEpoch,
    body: Buffer.alloc(0),
    authorized: null,
  });
  return {
    type: 'REQUEST',
    methodArn: request.methodArn,
    resource: proxy.resource,
    path: proxy.path,
    httpMethod: proxy.httpMethod,
    headers: proxy.headers,
    multiValueHeaders: proxy.multiValueHeaders,
    queryStringParameters: proxy.queryStringParameters,
    multiValueQueryStringParameters: proxy.multiValueQueryStringParameters,
    pathParameters: proxy.pathParameters,
    stageVariables: proxy.stageVariables,
    // Nothing has authorized the request yet.
    requestContext: { ...proxy.requestContext, authorizer: undefined },
  };
}

const isUnauthorized = (error: unknown): boolean =>
  error === 'Unauthorized' || (error instanceof Error && error.message === 'Unauthorized');

/** Creates the gateway's CUSTOM authorizer; throws GatewayConfigError on bad options. */
export function createLambdaAuthorizer(input: LambdaAuthorizerOptions): GatewayAuthorizer {
  const options = resolveLambdaAuthorizerOptions(input);
  const { clock, cacheTtlSeconds, timeoutMs } = options;
  // Only usable answers are cached (Allow and Deny policies alike, as API Gateway caches the
  // policy); a 401 or a failure invokes again next time.
  const cache = createTtlCache<AuthorizerAnswer>(clock);

  const decide = (
    answer: AuthorizerAnswer,
    methodArn: string,
    cached: boolean,
    startedAt: number,
  ): AuthorizationOutcome => {
    const note = cached ? ':cached' : '';
    const why = (step: LambdaAuthorizerStep) =>
      ({ kind: 'lambda', step, principalId: answer.principalId, cached }) as const;
    const decision = evaluatePolicy(answer.policy, 'execute-api:Invoke', methodArn);
    if (decision === 'explicit-deny')
      return {
        allow: false,
        error: 'access-denied-explicit',
        note: `deny:policy${note}`,
        explanation: why('explicit-deny'),
      };
    if (decision === 'implicit-deny')
      return {
        allow: false,
        error: 'access-denied',
        note: `deny:no-allow${note}`,
        explanation: why('implicit-deny'),
      };
    return {
      allow: true,
      context: {
        authorizer: { ...answer.authorizer, integrationLatency: clock.now() - startedAt },
      },
      note: `allow${note}`,
      explanation: why('allow'),
    };
  };

  return {
    readsBody: false,
    async authorize(request, mode = {}) {
      const startedAt = clock.now();
      const values = headerValues(request.rawHeaders, options.identityHeader);
      // API Gateway checks the identity source itself: absent or empty → 401, no invocation.
      if (values.length === 0 || values.every((value) => value.trim() === '')) {
        return {
          allow: false,
          error: 'unauthorized',
          note: 'deny:no-identity-source',
          explanation: { kind: 'lambda', step: 'no-identity-source', cached: false },
        };
      }
      // The cache key is the identity source (all values as sent), never the method.
      const key = values.join(',');
      // A probe (the console's Test) neither reads nor fills the cache: it shows a fresh answer.
      const useCache = cacheTtlSeconds > 0 && !mode.probe;
      const cached = useCache ? cache.get(key) : undefined;
      if (cached !== undefined) return decide(cached, request.methodArn, true, startedAt);

      const requestId = options.newId();
      const event = buildAuthorizerEvent(request, requestId, startedAt);
      const context = createLambdaContext({
        awsRequestId: requestId,
        functionName: options.functionName,
        region: ARN.exec(request.methodArn)?.[1] ?? 'local',
        accountId: ARN.exec(request.methodArn)?.[2] ?? '123456789012',
        deadlineMs: startedAt + timeoutMs,
        clock,
      });
      const outcome = await invokeWithTimeout(() => options.invoke(event, context), timeoutMs);
      if (outcome.kind === 'threw' && isUnauthorized(outcome.error)) {
        return {
          allow: false,
          error: 'unauthorized',
          note: 'deny:unauthorized',
          explanation: { kind: 'lambda', step: 'unauthorized', cached: false },
        };
      }
      const answer = outcome.kind === 'result' ? readAuthorizerResult(outcome.value) : undefined;
      if (answer === undefined) {
        const why =
          outcome.kind === 'threw' ? 'threw' : outcome.kind === 'timeout' ? 'timeout' : 'malformed';
        options.log(
          JSON.stringify({ level: 'error', message: `lambda authorizer ${why}`, requestId }),
        );
        return {
          allow: false,
          error: 'authorizer-configuration-error',
          note: `fail:${why}`,
          explanation: { kind: 'lambda', step: why, cached: false },
        };
      }
      if (useCache) cache.set(key, answer, clock.now() + cacheTtlSeconds * 1000);
      return decide(answer, request.methodArn, false, startedAt);
    },
  };
}
