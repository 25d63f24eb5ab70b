// The local gateway as a REST API stage over real HTTP: routing from the route table, the Lambda
// proxy event the handler receives, result mapping, 502/504, payload and header limits, and CORS
// on gateway-generated responses only.
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { routeTable } from '../../api/route-table';
import { createGateway } from '../../emulator/gateway/create-gateway';
import {
  createTestClock,
  idTokenClaims,
  jwksOf,
  makeSigningKey,
  secondsOf,
  send,
  signToken,
  SPA_ORIGIN,
  startTestGateway,
} from './gateway-fixtures';
import type { RawResponse, SigningKey, TestGateway } from './gateway-fixtures';

const EVIL_ORIGIN = 'https://evil.example';
const clock = createTestClock();
let key: SigningKey;
let token: string;

type Reply = (event: APIGatewayProxyEvent, context: Context) => Promise<unknown>;
let reply: Reply;
const seen: Array<{ event: APIGatewayProxyEvent; remainingMs: number }> = [];
let gateway: TestGateway;

beforeAll(async () => {
  key = await makeSigningKey();
  token = await signToken(key, idTokenClaims(secondsOf(clock)));
  gateway = await startTestGateway({
    getJwks: () => jwksOf(key),
    clock,
    integrationTimeoutMs: 300,
    invoke: (event, context) => {
      seen.push({ event, remainingMs: context.getRemainingTimeInMillis() });
      return reply(event, context);
    },
  });
});
afterAll(() => gateway.close());
afterEach(() => {
  seen.length = 0;
  reply = async () => ({ statusCode: 200, body: '{"ok":true}' });
});
reply = async () => ({ statusCode: 200, body: '{"ok":true}' });

const auth = () => ({ Authorization: `Bearer ${token}` });

describe('gateway routing', () => {
  it.each([
    ['GET', '/transactions', 'listTransactions', '/transactions', null],
    ['POST', '/transactions', 'createTransaction', '/transactions', null],
    ['GET', '/transactions/summary', 'getSummary', '/transactions/summary', null],
    ['GET', '/transactions/01J0ABC', 'getTransaction', '/transactions/{id}', { id: '01J0ABC' }],
    ['PUT', '/transactions/01J0ABC', 'replaceTransaction', '/transactions/{id}', { id: '01J0ABC' }],
    [
      'DELETE',
      '/transactions/01J0ABC',
      'deleteTransaction',
      '/transactions/{id}',
      { id: '01J0ABC' },
    ],
  ])(
    'routes %s %s to the %s resource',
    async (method, path, _operation, resource, pathParameters) => {
      const response = await send(`${gateway.baseUrl}${path}`, { method, headers: auth() });
      expect(response.status).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.event.resource).toBe(resource);
      expect(seen[0]!.event.pathParameters).toEqual(pathParameters);
    },
  );

  it.each([
    ['GET', '/nope'],
    ['GET', '/transactions/a/b'],
    ['PATCH', '/transactions'],
    ['DELETE', '/transactions/summary'],
    ['HEAD', '/transactions'],
  ])(
    'answers %s %s with 403 Missing Authentication Token, even with a valid token',
    async (method, path) => {
      const response = await send(`${gateway.baseUrl}${path}`, { method, headers: auth() });
      expect(response.status).toBe(403);
      if (method !== 'HEAD')
        expect(response.body).toBe('{"message":"Missing Authentication Token"}');
      expect(response.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
      expect(seen).toHaveLength(0);
    },
  );

  it.each(['/transactions', '/prod/transactions', '/'])(
    'answers a path outside the stage (%s) with 403',
    async (path) => {
      const origin = new URL(gateway.baseUrl).origin;
      const response = await send(`${origin}${path}`, { headers: auth() });
      expect([response.status, response.body]).toEqual([
        403,
        '{"message":"Missing Authentication Token"}',
      ]);
    },
  );
});

describe('gateway proxy event', () => {
  it('delivers a REST payload v1 event with headers, query and body as API Gateway does', async () => {
    await send(`${gateway.baseUrl}/transactions/a%20b?limit=5&tag=x&tag=y&q=caf%C3%A9`, {
      method: 'PUT',
      headers: {
        ...auth(),
        'Content-Type': 'application/json',
        'X-Multi': ['1', '2'],
        'User-Agent': 'spec/1',
      },
      body: '{"description":"café"}',
    });
    const { event, remainingMs } = seen[0]!;
    expect(event).toMatchObject({
      resource: '/transactions/{id}',
      path: '/transactions/a%20b',
      httpMethod: 'PUT',
      pathParameters: { id: 'a b' },
      queryStringParameters: { limit: '5', tag: 'y', q: 'café' },
      multiValueQueryStringParameters: { limit: ['5'], tag: ['x', 'y'], q: ['café'] },
      stageVariables: null,
      body: '{"description":"café"}',
      isBase64Encoded: false,
      requestContext: {
        stage: 'local',
        resourcePath: '/transactions/{id}',
        httpMethod: 'PUT',
        path: '/local/transactions/a%20b',
        protocol: 'HTTP/1.1',
        requestTimeEpoch: clock.now(),
        identity: { sourceIp: '127.0.0.1', userAgent: 'spec/1' },
      },
    });
    expect(event.headers['Content-Type']).toBe('application/json');
    expect(event.headers['X-Multi']).toBe('2');
    expect(event.multiValueHeaders['X-Multi']).toEqual(['1', '2']);
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.requestContext.authorizer?.['claims']).toMatchObject({
      token_use: 'id',
      email_verified: 'true',
    });
    expect(remainingMs).toBe(300);
  });

  it('sends null body and null query for a bare GET', async () => {
    await send(`${gateway.baseUrl}/transactions`, { headers: auth() });
    const { event } = seen[0]!;
    expect([
      event.body,
      event.queryStringParameters,
      event.multiValueQueryStringParameters,
    ]).toEqual([null, null, null]);
  });

  it('returns the x-amzn-RequestId that the handler saw as requestContext.requestId', async () => {
    const response = await send(`${gateway.baseUrl}/transactions`, { headers: auth() });
    expect(response.headers['x-amzn-requestid']).toBe(seen[0]!.event.requestContext.requestId);
  });
});

describe('gateway integration response', () => {
  it('passes the handler response through untouched, CORS headers included', async () => {
    reply = async () => ({
      statusCode: 201,
      headers: {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': 'handler-chose-this',
      },
      multiValueHeaders: { 'X-Trace': ['a', 'b'] },
      body: '{"id":"1"}',
    });
    const response = await send(`${gateway.baseUrl}/transactions`, {
      method: 'POST',
      headers: { ...auth(), Origin: SPA_ORIGIN },
    });
    expect(response.status).toBe(201);
    expect(response.body).toBe('{"id":"1"}');
    expect(response.headers['access-control-allow-origin']).toBe('handler-chose-this');
    expect(response.headers['x-trace']).toBe('a, b');
  });

  it('decodes a base64 handler body', async () => {
    reply = async () => ({
      statusCode: 200,
      headers: { 'Content-Type': 'text/plain' },
      body: Buffer.from('hi').toString('base64'),
      isBase64Encoded: true,
    });
    expect((await send(`${gateway.baseUrl}/transactions`, { headers: auth() })).body).toBe('hi');
  });

  const failures: ReadonlyArray<[string, Reply]> = [
    [
      'throws',
      async () => {
        throw new Error('boom: secret stack');
      },
    ],
    ['returns undefined', async () => undefined],
    ['returns a string', async () => 'ok'],
    ['returns no statusCode', async () => ({ body: '{}' })],
    ['returns an object body', async () => ({ statusCode: 200, body: { a: 1 } })],
    [
      'returns a header with CRLF',
      async () => ({ statusCode: 200, headers: { 'X-A': 'a\r\nSet-Cookie: x=1' }, body: '' }),
    ],
  ];

  it.each(failures)(
    'answers 502 Internal server error when the handler %s',
    async (_name, failing) => {
      reply = failing;
      const response = await send(`${gateway.baseUrl}/transactions`, {
        headers: { ...auth(), Origin: SPA_ORIGIN },
      });
      expect(response.status).toBe(502);
      expect(response.body).toBe('{"message": "Internal server error"}');
      expect(response.body).not.toContain('secret');
      expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    },
  );

  it('answers 504 Endpoint request timed out when the handler outlives the integration timeout', async () => {
    reply = () =>
      new Promise((resolve) => setTimeout(() => resolve({ statusCode: 200, body: 'late' }), 1000));
    const started = Date.now();
    const response = await send(`${gateway.baseUrl}/transactions`, {
      headers: { ...auth(), Origin: SPA_ORIGIN },
    });
    expect(response.status).toBe(504);
    expect(response.body).toBe('{"message": "Endpoint request timed out"}');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(Date.now() - started).toBeLessThan(900);
  });
});

/** Streams `size` bytes (chunked unless `declare`), tolerating the gateway closing early. */
function sendLargeBody(url: string, size: number, declare: boolean): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Origin: SPA_ORIGIN,
    };
    if (declare) headers['Content-Length'] = String(size);
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('gateway body encoding', () => {
  it('hands invalid UTF-8 to the handler as the sent bytes, base64-encoded', async () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xff, 0xfe]);
    const response = await send(`${gateway.baseUrl}/transactions`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: bytes,
    });
    expect(response.status).toBe(200);
    expect(seen[0]!.event.isBase64Encoded).toBe(true);
    expect(Buffer.from(seen[0]!.event.body!, 'base64')).toEqual(bytes);
  });

  it('hands valid UTF-8 to the handler as a string', async () => {
    await send(`${gateway.baseUrl}/transactions`, {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: Buffer.from('{"d":"café"}'),
    });
    expect(seen[0]!.event).toMatchObject({ body: '{"d":"café"}', isBase64Encoded: false });
  });
});

describe('gateway limits', () => {
  const MAX = 10 * 1024 * 1024;

  it.each([
    ['a declared Content-Length', true],
    ['a chunked body', false],
  ])('answers 413 Request Too Long to a body over 10 MB with %s', async (_name, declare) => {
    const response = await sendLargeBody(`${gateway.baseUrl}/transactions`, MAX + 1, declare);
    expect(response.status).toBe(413);
    expect(response.body).toBe('{"message":"Request Too Long"}');
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(seen).toHaveLength(0);
  });

  it('passes a body of exactly 10 MB to the handler', async () => {
    const response = await sendLargeBody(`${gateway.baseUrl}/transactions`, MAX, true);
    expect(response.status).toBe(200);
    expect(seen[0]!.event.body).toHaveLength(MAX);
  });

  it('answers 431 to headers over 10 KB in total, spread over many headers', async () => {
    const headers = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`X-Filler-${i}`, 'v'.repeat(80)]),
    );
    const response = await send(`${gateway.baseUrl}/transactions`, {
      headers: { ...auth(), ...headers, Origin: SPA_ORIGIN },
    });
    expect(response.status).toBe(431);
    expect(response.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
    expect(seen).toHaveLength(0);
  });
});

describe("gateway integration body cap (the API's own limit)", () => {
  const cap = 16 * 1024;
  let capped: TestGateway;
  const bodies: Array<string | null> = [];
  beforeAll(async () => {
    capped = await startTestGateway({
      getJwks: () => jwksOf(key),
      clock,
      integrationBodyBytes: cap,
      invoke: async (event) => {
        bodies.push(event.body);
        return { statusCode: 200, body: '{"ok":true}' };
      },
    });
  });
  afterAll(() => capped.close());
  afterEach(() => {
    bodies.length = 0;
  });

  it.each([
    ['a declared Content-Length', true],
    ['a chunked body', false],
  ])(
    'hands the handler only the first cap + 1 bytes of a longer body, with %s',
    async (_name, declare) => {
      const response = await sendLargeBody(`${capped.baseUrl}/transactions`, 1024 * 1024, declare);
      expect(response.status).toBe(200);
      expect(response.headers.connection).toBe('close');
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toHaveLength(cap + 1);
    },
  );

  it('passes a body of exactly the cap whole', async () => {
    const response = await sendLargeBody(`${capped.baseUrl}/transactions`, cap, true);
    expect(response.status).toBe(200);
    expect(bodies[0]).toHaveLength(cap);
  });

  it("refuses a cap beyond API Gateway's own 10 MB", () => {
    expect(() =>
      createGateway({
        routes: routeTable,
        invoke: async () => ({ statusCode: 200, body: '' }),
        issuer: 'http://127.0.0.1:1/pool',
        getJwks: () => jwksOf(key),
        allowedOrigins: [],
        integrationBodyBytes: 10 * 1024 * 1024 + 1,
      }),
    ).toThrow(/integrationBodyBytes must be an integer 1-10485760 bytes/);
  });
});

describe('gateway CORS', () => {
  it('answers a preflight from the SPA origin without a token', async () => {
    const response = await send(`${gateway.baseUrl}/transactions/abc`, {
      method: 'OPTIONS',
      headers: {
        Origin: SPA_ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers).toMatchObject({
      'access-control-allow-origin': SPA_ORIGIN,
      'access-control-allow-methods': 'GET,PUT,DELETE,OPTIONS',
      'access-control-allow-headers': 'Authorization,Content-Type,Idempotency-Key',
      'access-control-max-age': '600',
    });
    expect(seen).toHaveLength(0);
  });

  it('gives a preflight from another origin no CORS headers', async () => {
    const response = await send(`${gateway.baseUrl}/transactions`, {
      method: 'OPTIONS',
      headers: { Origin: EVIL_ORIGIN },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('answers a preflight on an unknown resource with 403', async () => {
    const response = await send(`${gateway.baseUrl}/elsewhere`, {
      method: 'OPTIONS',
      headers: { Origin: SPA_ORIGIN },
    });
    expect(response.status).toBe(403);
  });

  it.each([
    ['401', '/transactions', {}],
    ['403', '/unknown', {}],
  ])(
    'puts the SPA origin on a gateway %s and nothing for other origins',
    async (status, path, headers) => {
      const allowed = await send(`${gateway.baseUrl}${path}`, {
        headers: { ...headers, Origin: SPA_ORIGIN },
      });
      expect(String(allowed.status)).toBe(status);
      expect(allowed.headers['access-control-allow-origin']).toBe(SPA_ORIGIN);
      expect(allowed.headers['vary']).toBe('Origin');
      for (const origin of [EVIL_ORIGIN, 'null', `${SPA_ORIGIN}.evil.example`]) {
        const other = await send(`${gateway.baseUrl}${path}`, {
          headers: { ...headers, Origin: origin },
        });
        expect(String(other.status)).toBe(status);
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
      }
    },
  );

  it('uses a custom identity-source header in the preflight and the authorizer', async () => {
    const custom = await startTestGateway({
      getJwks: () => jwksOf(key),
      clock,
      authHeader: 'auth',
    });
    try {
      const preflight = await send(`${custom.baseUrl}/transactions`, {
        method: 'OPTIONS',
        headers: { Origin: SPA_ORIGIN },
      });
      expect(preflight.headers['access-control-allow-headers']).toBe(
        'auth,Content-Type,Idempotency-Key',
      );
      expect(
        (await send(`${custom.baseUrl}/transactions`, { headers: { Authorization: token } }))
          .status,
      ).toBe(401);
      expect(
        (await send(`${custom.baseUrl}/transactions`, { headers: { AUTH: token } })).status,
      ).toBe(200);
    } finally {
      await custom.close();
    }
  });
});
