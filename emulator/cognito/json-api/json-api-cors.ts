import type { IncomingMessage, ServerResponse } from 'node:http';
import { classifyOrigin } from '../../http/request-origin';
import { CognitoError } from '../cognito-error';
import type { PoolContext } from '../pool-context';

// The JSON API changes accounts and, for admin calls, trusts its caller completely. The AWS CLI
// and SDKs send no Origin; a browser always does on a cross-origin call. So only the configured
// app origins may call it from a page; every other page (the `null` origin too) is refused, and
// a preflight from one gets no CORS headers, so the browser never sends the call at all.

const allowedHeaders =
  'Content-Type, X-Amz-Target, X-Amz-User-Agent, Authorization, X-Amz-Date, X-Amz-Security-Token, amz-sdk-invocation-id, amz-sdk-request';

const isAppCaller = (ctx: PoolContext, req: IncomingMessage) =>
  classifyOrigin(req, ctx.config.domain, ctx.config.appOrigins) === 'app';

/** Before anything else: a call from a page that is not an app origin is refused (403). */
export function admitJsonApiCaller(ctx: PoolContext, req: IncomingMessage, res: ServerResponse) {
  if (req.headers.origin === undefined) return;
  if (!isAppCaller(ctx, req))
    throw new CognitoError(
      'AccessDeniedException',
      'The local JSON API answers only the AWS CLI and SDKs (no Origin) and the configured app origins.',
      403,
    );
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', 'x-amzn-RequestId, x-amzn-ErrorType');
}

/** OPTIONS /: CORS headers only for an app origin; anyone else gets a bare 403. */
export function answerJsonApiPreflight(
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  res.setHeader('Vary', 'Origin');
  if (!isAppCaller(ctx, req)) {
    res.statusCode = 403;
    res.setHeader('Content-Length', 0);
    res.end();
    return;
  }
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin!);
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', allowedHeaders);
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}
