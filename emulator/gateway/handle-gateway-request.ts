// One request through the local gateway, in API Gateway's order: size limits, stage and route
// (403), CORS preflight, authorizer (401), payload (413), then the Lambda proxy integration with
// its timeout (504) and result validation (502).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { methodAuthorization } from '../../api/route-table';
import { buildProxyEvent } from './build-proxy-event';
import type { AuthorizedContext, GatewayAuthorizers } from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import { corsHeadersFor, preflightHeaders, sigV4RequestHeaders } from './cors';
import { createLambdaContext } from './create-lambda-context';
import { invokeWithTimeout } from './invoke-with-timeout';
import type { ResolvedGatewayOptions } from './gateway-options';
import { sendGatewayError } from './gateway-response';
import type { GatewayError } from './gateway-response';
import { mapProxyResult } from './map-proxy-result';
import type { createRouteMatcher } from './match-route';
import { methodArnFor } from './probe-authorizer';
import { declaresTooLarge, MAX_PAYLOAD_BYTES, readRequestBody } from './read-request-body';

/** API Gateway's quota for the request line plus all header names and values. */
export const MAX_HEADER_BYTES = 10 * 1024;

export interface RequestHandlerDeps {
  readonly options: ResolvedGatewayOptions;
  readonly match: ReturnType<typeof createRouteMatcher>;
  /** One per method authorization type the routes use under `options.apiAuth` (checked at start). */
  readonly authorizers: GatewayAuthorizers;
}

/** Bytes of the request line and headers; `without` leaves out one header (by name). */
function headerBytes(req: IncomingMessage, without?: string): number {
  let total = Buffer.byteLength(`${req.method ?? ''} ${req.url ?? ''} HTTP/1.1`);
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    if (without !== undefined && req.rawHeaders[i]!.toLowerCase() === without) continue;
    total += Buffer.byteLength(req.rawHeaders[i]!) + Buffer.byteLength(req.rawHeaders[i + 1]!) + 4;
  }
  return total;
}

/** Creates the request listener body; resolves once the response is written. */
export function createRequestHandler({ options, match, authorizers }: RequestHandlerDeps) {
  const { stage, clock, allowedOrigins } = options;
  const stagePrefix = `/${stage}`;

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = clock.now();
    const requestId = options.newId();
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    const origin = headerValues(req.rawHeaders, 'origin')[0];
    const cors = corsHeadersFor(origin, allowedOrigins);
    let authNote = 'none';

    const finish = (status: number): void => {
      options.log(
        JSON.stringify({
          requestId,
          method,
          path: rawPath,
          status,
          ms: clock.now() - startedAt,
          authorizer: authNote,
        }),
      );
    };
    const fail = (
      error: GatewayError,
      extra: Record<string, string> = {},
      message?: string,
    ): void => {
      sendGatewayError(res, error, requestId, cors, extra, message);
      finish(res.statusCode);
    };

    if (headerBytes(req) > MAX_HEADER_BYTES) {
      // When the token header alone is what does not fit, no Cognito token can be in it: the
      // authorizer's answer (401, as the hostile-token table asks) without any crypto.
      // Any other oversized header block is 431. AWS's exact status is unrecorded (README).
      // A SigV4 Authorization header is no token to refuse as Unauthorized: 431 as for any header.
      const tokenIsTheExcess =
        options.apiAuth !== 'iam' &&
        headerBytes(req, options.authHeader.toLowerCase()) <= MAX_HEADER_BYTES;
      authNote = tokenIsTheExcess ? 'deny:oversized-token' : authNote;
      return fail(tokenIsTheExcess ? 'unauthorized' : 'request-headers-too-large', {
        Connection: 'close',
      });
    }

    const inStage = rawPath === stagePrefix || rawPath.startsWith(`${stagePrefix}/`);
    const path = rawPath.slice(stagePrefix.length) || '/';
    const lookup = inStage ? match(method, path) : { kind: 'no-resource' as const };

    if (method === 'OPTIONS' && lookup.kind === 'method-not-defined') {
      res.writeHead(204, {
        ...preflightHeaders(
          origin,
          allowedOrigins,
          lookup.methods,
          options.apiAuth === 'iam' ? sigV4RequestHeaders : [options.authHeader],
        ),
        'x-amzn-RequestId': requestId,
      });
      res.end();
      return finish(204);
    }
    if (lookup.kind !== 'match') return fail('missing-authentication-token');
    if (declaresTooLarge(req, MAX_PAYLOAD_BYTES))
      return fail('request-too-large', { Connection: 'close' });

    const sourceIp = req.socket.remoteAddress ?? '127.0.0.1';
    const type = methodAuthorization(lookup.match.route, options.apiAuth);
    const authorizer = type === 'NONE' ? undefined : authorizers[type];
    // SigV4 signs the payload, so an IAM method reads the body before it is authorized.
    let body: Awaited<ReturnType<typeof readRequestBody>> | undefined;
    const readBody = async () =>
      (body ??= await readRequestBody(req, MAX_PAYLOAD_BYTES, options.integrationBodyBytes));
    if (authorizer?.readsBody) {
      const read = await readBody();
      if (read.kind === 'too-large') return fail('request-too-large', { Connection: 'close' });
    }

    let authorized: AuthorizedContext | null = null;
    if (type !== 'NONE') {
      // Checked when the gateway was created; a missing one here is a bug, not a request error.
      if (authorizer === undefined) throw new Error(`no ${type} authorizer`);
      const outcome = await authorizer.authorize({
        method,
        path,
        search,
        rawHeaders: req.rawHeaders,
        match: lookup.match,
        stage,
        methodArn: methodArnFor(options, method, path),
        sourceIp,
        body: body !== undefined && body.kind !== 'too-large' ? body.bytes : null,
      });
      authNote = outcome.note;
      if (!outcome.allow) return fail(outcome.error, {}, outcome.message);
      authorized = outcome.context;
    }

    const read = await readBody();
    if (read.kind === 'too-large') return fail('request-too-large', { Connection: 'close' });
    if (read.kind === 'cut') {
      // The rest is discarded as it arrives (never held), so the client can finish sending and
      // read the answer; the connection is not reused after it.
      req.resume();
      res.setHeader('Connection', 'close');
    }

    const event = buildProxyEvent({
      method,
      path,
      search,
      rawHeaders: req.rawHeaders,
      sourceIp,
      match: lookup.match,
      stage,
      apiId: options.apiId,
      accountId: options.accountId,
      requestId,
      requestTimeEpoch: startedAt,
      body: read.bytes,
      authorized,
    });
    const context = createLambdaContext({
      awsRequestId: options.newId(),
      functionName: options.functionName,
      region: options.region,
      accountId: options.accountId,
      deadlineMs: startedAt + options.integrationTimeoutMs,
      clock,
    });

    const outcome = await invokeWithTimeout(
      () => Promise.resolve(options.invoke(event, context)),
      options.integrationTimeoutMs,
    );
    if (outcome.kind === 'timeout') return fail('integration-timeout');
    if (outcome.kind === 'threw') return fail('integration-failure');
    const mapped = mapProxyResult(outcome.value);
    if (mapped.kind === 'malformed') return fail('integration-failure');

    const { statusCode, headers, body: responseBody } = mapped.response;
    const hasContentType = Object.keys(headers).some(
      (name) => name.toLowerCase() === 'content-type',
    );
    res.writeHead(statusCode, {
      ...(hasContentType ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
      'x-amzn-RequestId': requestId,
    });
    res.end(responseBody);
    finish(statusCode);
  };
}
