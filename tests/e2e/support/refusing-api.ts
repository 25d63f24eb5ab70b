// An API that refuses every token, as API Gateway's authorizer answers a token it will not
// accept (401 {"message":"Unauthorized"}), with the CORS headers a browser needs to read it.
// For journeys where sign-in and renewal work but the API never accepts the session.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingApi {
  /** The stage URL to put in the app's config (like the gateway's `.../local`). */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the always-401 API on a free loopback port. */
export async function startRefusingApi(): Promise<RefusingApi> {
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.headers['access-control-request-headers'] ?? 'Authorization',
      );
      res.statusCode = 204;
      res.end();
      return;
    }
    res.statusCode = 401;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ message: 'Unauthorized' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/local`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
