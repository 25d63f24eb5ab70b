import type { ServerResponse } from 'node:http';

/** Sends a JSON body with an exact content type (Cognito endpoints differ in charset spelling). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json;charset=UTF-8',
): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function redirect(res: ServerResponse, location: string, status = 302): void {
  res.statusCode = status;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', 0);
  res.end();
}

/** Appends a Set-Cookie without dropping ones set earlier on the same response. */
export function addCookie(res: ServerResponse, cookie: string): void {
  const prev = res.getHeader('Set-Cookie');
  const list = Array.isArray(prev) ? prev : prev === undefined ? [] : [String(prev)];
  res.setHeader('Set-Cookie', [...list, cookie]);
}

/**
 * Logs an unexpected error with where it happened and answers a bare 500 `text` (or drops the
 * connection if the answer had started): nothing internal reaches the client.
 */
export function sendInternalError(
  res: ServerResponse,
  log: (line: string) => void,
  where: string,
  error: unknown,
  text: string,
): void {
  log(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendText(res, 500, text);
}
