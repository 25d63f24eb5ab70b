import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm, type FormProblem } from '../../http/form';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';
import type { PoolContext } from '../pool-context';
import { findClient, type AppClientConfig } from '../pool-config';

export const oauthBodyLimit = 16 * 1024;

/** Error answer of the token and revoke endpoints: `{"error": ...}` (+ description). */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

/** Browser SPAs call these endpoints cross-origin; Cognito answers with `*`. */
export function setOpenCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
}

export function answerPreflight(res: ServerResponse, methods: string): void {
  setOpenCors(res);
  res.setHeader('Access-Control-Allow-Methods', methods);
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}

export function sendOAuthError(res: ServerResponse, e: OAuthError): void {
  setNoStore(res);
  sendJson(res, e.status, { error: e.error, error_description: e.description });
}

const formRefusal = (problem: FormProblem): OAuthError => {
  switch (problem.kind) {
    case 'mediaType':
      return new OAuthError(
        'invalid_request',
        'Content-Type must be application/x-www-form-urlencoded',
      );
    case 'tooLarge':
      return new OAuthError(
        'invalid_request',
        `Request body is larger than ${problem.limit} bytes`,
        413,
      );
    case 'duplicate':
      return new OAuthError(
        'invalid_request',
        `Parameter ${problem.field} was sent more than once`,
      );
  }
};

/** client_id from the body. The app client is public: a secret (body or Basic) is refused. */
function clientIdOf(req: IncomingMessage, form: Map<string, string>, status: number): string {
  if (req.headers.authorization !== undefined) {
    throw new OAuthError(
      'invalid_client',
      'This app client has no secret; send client_id in the body',
      401,
    );
  }
  if (form.has('client_secret'))
    throw new OAuthError('invalid_client', 'This app client has no secret', status);
  const id = form.get('client_id');
  if (!id) throw new OAuthError('invalid_client', 'client_id is required', status);
  return id;
}

/** An OAuth endpoint as the Cognito router calls it. */
export type OAuthEndpoint = (
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
) => Promise<void>;

/**
 * The scaffolding of POST /oauth2/token and /oauth2/revoke: preflight and CORS, POST only, the
 * form, and the (public) app client it names; `unknownClientStatus` is 400 or 401 per endpoint.
 * OAuthErrors thrown by `handle` become the endpoint's JSON error.
 */
export function defineOAuthEndpoint(
  unknownClientStatus: 400 | 401,
  handle: (
    ctx: PoolContext,
    client: AppClientConfig,
    form: Map<string, string>,
    res: ServerResponse,
  ) => void,
): OAuthEndpoint {
  return async (ctx, req, res) => {
    if (req.method === 'OPTIONS') return answerPreflight(res, 'POST, OPTIONS');
    setOpenCors(res);
    try {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST, OPTIONS');
        throw new OAuthError('invalid_request', 'Use POST', 405);
      }
      const form = await readForm(req, oauthBodyLimit, formRefusal);
      const client = findClient(ctx.config, clientIdOf(req, form, unknownClientStatus));
      if (!client) throw new OAuthError('invalid_client', 'Unknown client_id', unknownClientStatus);
      handle(ctx, client, form, res);
    } catch (error) {
      if (error instanceof OAuthError) return sendOAuthError(res, error);
      throw error;
    }
  };
}
