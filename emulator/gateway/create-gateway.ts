// The local API Gateway: a REST API stage serving the route table behind the Cognito User Pools
// authorizer, with the real Lambda handler invoked in-process. See emulator/gateway/README.md.
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { methodAuthorization } from '../../api/route-table';
import { cognitoGatewayAuthorizer, createCognitoAuthorizer } from './create-cognito-authorizer';
import type { GatewayAuthorizer, GatewayAuthorizers } from './gateway-authorizer';
import { GatewayConfigError, resolveGatewayOptions } from './gateway-options';
import type { GatewayOptions } from './gateway-options';
import { sendGatewayError } from './gateway-response';
import { createRequestHandler } from './handle-gateway-request';
import { createRouteMatcher } from './match-route';
import { createAuthorizerProbe } from './probe-authorizer';
import type { ProbeRequest, ProbeResult } from './probe-authorizer';
import { stringifyClaims } from './stringify-claims';

export type { GatewayOptions } from './gateway-options';
export { GatewayConfigError } from './gateway-options';
export type { GatewayAuthorizer, GatewayAuthorizers } from './gateway-authorizer';
export type { ProbeRequest, ProbeResult } from './probe-authorizer';

export interface Gateway {
  /** Mountable on any Node HTTP server; serves `/{stage}/…`. */
  readonly listener: RequestListener;
  /** Starts an own server (default 127.0.0.1, port 0 = ephemeral); resolves `http://host:port/{stage}`. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops the own server and drops its keep-alive connections. */
  close(): Promise<void>;
  /**
   * What the authorizer guarding `method path` in the current apiAuth mode would answer for these
   * headers, decided afresh (the cache untouched) and without invoking the handler.
   */
  probe(request: ProbeRequest): Promise<ProbeResult>;
}

/** Creates the gateway; throws GatewayConfigError when options are invalid. */
export function createGateway(input: GatewayOptions): Gateway {
  const options = resolveGatewayOptions(input);
  const match = createRouteMatcher(options.routes);

  const authorizers: GatewayAuthorizers = {
    COGNITO_USER_POOLS: cognitoAuthorizerFor(options),
    ...options.authorizers,
  };
  // A route whose mode has no authorizer would be served unguarded or never: refuse to start.
  for (const route of options.routes) {
    const type = methodAuthorization(route, options.apiAuth);
    if (type !== 'NONE' && authorizers[type] === undefined) {
      throw new GatewayConfigError('gateway options', [
        {
          path: 'authorizers',
          message: `apiAuth ${options.apiAuth} guards ${route.method} ${route.path} with ${type}, and no ${type} authorizer was given`,
        },
      ]);
    }
  }
  const handle = createRequestHandler({ options, match, authorizers });
  const probe = createAuthorizerProbe({ options, match, authorizers });

  const listener: RequestListener = (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log(
        JSON.stringify({ level: 'error', message: 'gateway failure', error: String(error) }),
      );
      if (!res.headersSent) sendGatewayError(res, 'integration-failure', 'unknown', {});
      else res.destroy();
    });
  };

  let server: Server | undefined;
  return {
    listener,
    probe,
    listen(port = 0, host = '127.0.0.1') {
      if (server !== undefined) return Promise.reject(new Error('gateway is already listening'));
      // Node's defaults let a client hold a request open for 5 minutes; these bound a slow
      // sender like the Cognito server does (408 and close), checked often enough to matter.
      const own = createServer(
        {
          maxHeaderSize: 64 * 1024,
          headersTimeout: options.headersTimeoutMs,
          requestTimeout: options.requestTimeoutMs,
          connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs),
        },
        listener,
      );
      server = own;
      return new Promise((resolve, reject) => {
        own.once('error', reject);
        own.listen(port, host, () => {
          const { port: bound } = own.address() as AddressInfo;
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve(`http://${shownHost}:${bound}/${options.stage}`);
        });
      });
    },
    close() {
      const own = server;
      server = undefined;
      if (own === undefined) return Promise.resolve();
      return new Promise((resolve, reject) => {
        own.close((error) => (error ? reject(error) : resolve()));
        own.closeAllConnections();
      });
    },
  };
}

function cognitoAuthorizerFor(
  options: ReturnType<typeof resolveGatewayOptions>,
): GatewayAuthorizer {
  if (options.unsafeAuthorizerOff !== undefined) {
    const claims = Object.freeze(stringifyClaims(options.unsafeAuthorizerOff.claims));
    return {
      readsBody: false,
      authorize: () =>
        Promise.resolve({ allow: true, context: { authorizer: { claims } }, note: 'allow:off' }),
    };
  }
  const authorize = createCognitoAuthorizer({
    issuer: options.issuer,
    getJwks: options.getJwks,
    clock: options.clock,
    cacheTtlSeconds: options.cacheTtlSeconds,
    jwksRefreshCooldownMs: options.jwksRefreshCooldownMs,
    ...(options.audience !== undefined ? { audience: options.audience } : {}),
  });
  return cognitoGatewayAuthorizer(authorize, options.authHeader, options.apiToken);
}
