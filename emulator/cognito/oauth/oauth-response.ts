import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaType, parseForm } from '../../http/form';
import { BodyError, readBody } from '../../http/read-body';
import { sendJson } from '../../http/respond';
import { setNoStore } from '../../http/security-headers';

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

/** Reads a form-encoded body (the only encoding these endpoints take). */
export async function readOAuthForm(req: IncomingMessage): Promise<Map<string, string>> {
  if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
    throw new OAuthError(
      'invalid_request',
      'Content-Type must be application/x-www-form-urlencoded',
    );
  }
  let raw: Buffer;
  try {
    raw = await readBody(req, oauthBodyLimit);
  } catch (error) {
    if (error instanceof BodyError && error.code === 'BodyTooLarge') {
      throw new OAuthError(
        'invalid_request',
        `Request body is larger than ${oauthBodyLimit} bytes`,
        413,
      );
    }
    throw error;
  }
  const { fields, duplicates } = parseForm(raw.toString('utf8'));
  if (duplicates.length > 0)
    throw new OAuthError(
      'invalid_request',
      `Parameter ${duplicates[0]!.slice(0, 64)} was sent more than once`,
    );
  return fields;
}

/** client_id from the body. The app client is public: a secret (body or Basic) is refused. */
export function clientIdOf(req: IncomingMessage, form: Map<string, string>, status = 400): string {
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
