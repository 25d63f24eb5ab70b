import type { IncomingMessage, ServerResponse } from 'node:http';
import { readForm, type FormProblem } from '../../http/form';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';
import { sameSecret } from '../client-secret';
import type { PoolContext } from '../pool-context';
import { isTriggerFailure } from '../triggers/run-trigger';
import type { PoolRegistry } from '../pool-registry';
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

/** RFC 6749 §2.3.1: Basic credentials are form-encoded; malformed escapes are a bad client. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw new OAuthError('invalid_client', 'Malformed client credentials', 401);
  }
}

interface ClientCredentials {
  readonly id: string;
  readonly secret: string | undefined;
  /** Sent as HTTP Basic (client_secret_basic). */
  readonly basic: boolean;
}

/** client_id and, for clients with a secret, the secret (Basic header or body, not both). */
function credentialsOf(
  req: IncomingMessage,
  form: Map<string, string>,
  status: number,
): ClientCredentials {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Basic ([A-Za-z0-9+/]+=*)$/.exec(header);
    const decoded = m ? Buffer.from(m[1]!, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (colon < 1 || form.has('client_secret'))
      throw new OAuthError(
        'invalid_client',
        'Send client credentials once, as Basic or in the body',
        401,
      );
    const id = formDecode(decoded.slice(0, colon));
    if (form.has('client_id') && form.get('client_id') !== id)
      throw new OAuthError(
        'invalid_client',
        'client_id does not match the Authorization header',
        401,
      );
    return { id, secret: formDecode(decoded.slice(colon + 1)), basic: true };
  }
  const id = form.get('client_id');
  if (!id) throw new OAuthError('invalid_client', 'client_id is required', status);
  return { id, secret: form.get('client_secret'), basic: false };
}

/** The client the credentials name: a public client takes no secret, a confidential one needs its own. */
function authenticateClient(
  pools: PoolRegistry,
  credentials: ClientCredentials,
  status: number,
): { ctx: PoolContext; client: AppClientConfig } {
  const ctx = pools.byClientId(credentials.id);
  const client = ctx && findClient(ctx.config, credentials.id);
  if (!ctx || !client) throw new OAuthError('invalid_client', 'Unknown client_id', status);
  if (client.clientSecret === undefined) {
    if (credentials.secret !== undefined)
      throw new OAuthError(
        'invalid_client',
        'This app client has no secret',
        credentials.basic ? 401 : status,
      );
  } else if (
    credentials.secret === undefined ||
    !sameSecret(credentials.secret, client.clientSecret)
  ) {
    throw new OAuthError('invalid_client', 'Client authentication failed', 401);
  }
  return { ctx, client };
}

/** An OAuth endpoint as the Cognito router calls it. */
export type OAuthEndpoint = (
  pools: PoolRegistry,
  req: IncomingMessage,
  res: ServerResponse,
) => Promise<void>;

/**
 * The scaffolding of POST /oauth2/token and /oauth2/revoke: preflight and CORS, POST only, the
 * form, and the app client it names (its secret checked when it has one); `unknownClientStatus` is 400 or 401 per endpoint.
 * OAuthErrors thrown by `handle` become the endpoint's JSON error.
 */
export function defineOAuthEndpoint(
  unknownClientStatus: 400 | 401,
  handle: (
    ctx: PoolContext,
    client: AppClientConfig,
    form: Map<string, string>,
    res: ServerResponse,
  ) => void | Promise<void>,
): OAuthEndpoint {
  return async (pools, req, res) => {
    if (req.method === 'OPTIONS') return answerPreflight(res, 'POST, OPTIONS');
    setOpenCors(res);
    try {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST, OPTIONS');
        throw new OAuthError('invalid_request', 'Use POST', 405);
      }
      const form = await readForm(req, oauthBodyLimit, formRefusal);
      const credentials = credentialsOf(req, form, unknownClientStatus);
      const { ctx, client } = authenticateClient(pools, credentials, unknownClientStatus);
      await handle(ctx, client, form, res);
    } catch (error) {
      if (error instanceof OAuthError) return sendOAuthError(res, error);
      // A trigger's failure, as Cognito reports redirect-phase ones (cognito-extensions §1.5).
      if (isTriggerFailure(error))
        return sendOAuthError(res, new OAuthError('invalid_request', error.message));
      throw error;
    }
  };
}
