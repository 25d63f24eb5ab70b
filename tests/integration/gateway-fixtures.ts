// Builders for the gateway integration tests: RS256 keys and tokens made with jose, a gateway on
// an ephemeral loopback port with a recording fake handler, and a raw HTTP client that can send
// what fetch refuses to (repeated headers, huge headers, chunked bodies).
import { KeyObject, randomBytes, sign } from 'node:crypto';
import { request } from 'node:http';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK, JWTPayload } from 'jose';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { routeTable } from '../../api/route-table';
import { createManualClock } from '../../contract/clock';
import type { Clock, ManualClock } from '../../contract/clock';
import { createGateway } from '../../emulator/gateway/create-gateway';
import type { Gateway, GatewayOptions } from '../../emulator/gateway/create-gateway';
import { createLambdaAuthorizer } from '../../emulator/gateway/create-lambda-authorizer';
import type { LambdaAuthorizerOptions } from '../../emulator/gateway/create-lambda-authorizer';

export const ISSUER = 'https://cognito-idp.local.amazonaws.com/local_Test12345';
export const CLIENT_ID = '49h4t5jtot5sodb9siij5ncrl4';
export const OTHER_CLIENT_ID = '1example23456789abcdefghij';
export const SPA_ORIGIN = 'http://localhost:5173';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
  readonly publicPem: string;
}

/** A fresh RSA-2048 key with a Cognito-shaped 44-character base64 kid. */
export async function makeSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    modulusLength: 2048,
    extractable: true,
  });
  const kid = randomBytes(32).toString('base64');
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

/** The one manual clock (contract/clock.ts), at a fixed instant so token times repeat. */
export function createTestClock(): ManualClock {
  return createManualClock(Date.UTC(2026, 0, 15, 10, 0, 0));
}

/** The clock's time in whole seconds, as JWT `iat`/`exp` are written. */
export function secondsOf(clock: Clock): number {
  return Math.floor(clock.now() / 1000);
}

/** Claims of an ID token as Cognito's InitiateAuth issues it, issued at `nowSeconds`. */
export function idTokenClaims(nowSeconds: number, overrides: JWTPayload = {}): JWTPayload {
  return {
    sub: 'a9ba053c-5081-70a1-0c20-2f6b7fd774c4',
    'cognito:groups': ['admin', 'staging-manager'],
    email_verified: true,
    iss: ISSUER,
    'cognito:username': 'alice',
    origin_jti: '2c50f7d-b559-4f1f-a97f-d4054d10eba9',
    aud: CLIENT_ID,
    event_id: 'a4280fe1-3671-4c86-b20f-83d55e0de785',
    token_use: 'id',
    auth_time: nowSeconds,
    exp: nowSeconds + 3600,
    iat: nowSeconds,
    jti: '0f945e9f-ae39-40a4-99e0-468f18e2f98f',
    email: 'alice@example.com',
    ...overrides,
  };
}

/** Signs `claims` RS256 with `key`; `header` overrides the protected header (kid included). */
export function signToken(
  key: SigningKey,
  claims: JWTPayload,
  header: Record<string, unknown> = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, ...header })
    .sign(key.privateKey);
}

/** Signs RS256 by hand, for headers jose refuses to produce (an unknown `crit`). */
export function signRaw(
  key: SigningKey,
  header: Record<string, unknown>,
  claims: JWTPayload,
): string {
  const input = `${b64url(header)}.${b64url(claims)}`;
  const signature = sign('sha256', Buffer.from(input), KeyObject.from(key.privateKey));
  return `${input}.${signature.toString('base64url')}`;
}

export const b64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

export interface RecordedCall {
  readonly event: APIGatewayProxyEvent;
  readonly context: Context;
}

export interface TestGateway {
  readonly baseUrl: string;
  readonly calls: RecordedCall[];
  readonly logLines: string[];
  /** The gateway's authorizer probe (the console's Test). */
  readonly probe: Gateway['probe'];
  close(): Promise<void>;
}

/** Starts a gateway on 127.0.0.1:0 whose handler records events and answers 200 `{"ok":true}`. */
export async function startTestGateway(
  options: Partial<GatewayOptions> & Pick<GatewayOptions, 'getJwks'>,
): Promise<TestGateway> {
  const calls: RecordedCall[] = [];
  const logLines: string[] = [];
  const gateway = createGateway({
    routes: routeTable,
    issuer: ISSUER,
    allowedOrigins: [SPA_ORIGIN],
    invoke: async (event, context) => {
      calls.push({ event, context });
      return {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json' },
        body: '{"ok":true}',
      };
    },
    log: (line) => logLines.push(line),
    ...options,
  });
  const baseUrl = await gateway.listen(0, '127.0.0.1');
  return { baseUrl, calls, logLines, probe: gateway.probe, close: () => gateway.close() };
}

/** A gateway in lambda mode: the CUSTOM authorizer on `Authorization` in front of `invoke`. */
export function startLambdaGateway(input: {
  readonly key: SigningKey;
  readonly clock: Clock;
  readonly invoke: LambdaAuthorizerOptions['invoke'];
  readonly options?: Partial<LambdaAuthorizerOptions>;
}): Promise<TestGateway> {
  const { key, clock, invoke } = input;
  return startTestGateway({
    getJwks: () => jwksOf(key),
    apiAuth: 'lambda',
    clock,
    authorizers: {
      CUSTOM: createLambdaAuthorizer({
        invoke,
        identityHeader: 'Authorization',
        clock,
        ...input.options,
      }),
    },
  });
}

export const jwksOf = (...keys: SigningKey[]): JSONWebKeySet => ({
  keys: keys.map((k) => k.publicJwk),
});

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Sends one request with exactly these headers (arrays repeat a header) over a fresh connection. */
export function send(
  url: string,
  init: { method?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
