import type { APIGatewayProxyResult } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../contract/clock';
import type { HandlerDeps } from './create-handler';
import { createInMemoryTransactionStore } from './testing/in-memory-transaction-store';
import type { ProxyEventSpec } from './testing/proxy-event-builder';
import {
  accessTokenClaims,
  buildContext,
  buildProxyEvent,
  idTokenClaims,
  testOrigin,
} from './testing/proxy-event-builder';
import { buildTestHandler, invokeHandler, testApiConfig } from './testing/test-handler';
import type { TransactionStore } from './store/transaction-store';

const validBody = () => ({
  date: '2024-05-01',
  description: 'Lunch',
  amount: -1250,
  currency: 'EUR',
});

interface LogEntry {
  level: 'info' | 'error';
  message: string;
  attributes: Record<string, unknown>;
}

let logs: LogEntry[];
let store: TransactionStore;
let idCount: number;

function handlerWith(overrides: Partial<HandlerDeps> = {}) {
  return buildTestHandler({
    store,
    clock: createManualClock(Date.parse('2024-05-02T10:00:00.000Z')),
    ids: () => `01HX0000000000000000000${String(++idCount).padStart(3, '0')}`,
    logger: {
      info: (message, attributes) => logs.push({ level: 'info', message, attributes }),
      error: (message, attributes) => logs.push({ level: 'error', message, attributes }),
    },
    ...overrides,
  });
}

const send = (spec: ProxyEventSpec, overrides: Partial<HandlerDeps> = {}) =>
  invokeHandler(handlerWith(overrides), spec, 'req-42');

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send({ method: 'POST', resource: '/transactions', body, headers });

/** POSTs `body` exactly as given, declared as JSON. */
const postRaw = (body: string) => post(body, { 'Content-Type': 'application/json' });

const getById = (id: string, claims?: Record<string, string>) =>
  send({ method: 'GET', resource: '/transactions/{id}', id, ...(claims ? { claims } : {}) });

function errorCode(result: APIGatewayProxyResult & { json: unknown }) {
  return [result.statusCode, (result.json as { error?: { code?: string } }).error?.code];
}

beforeEach(() => {
  logs = [];
  store = createInMemoryTransactionStore();
  idCount = 0;
});

describe('createHandler', () => {
  describe('successful calls', () => {
    it('creates with 201 and the server-set fields', async () => {
      const result = await post(validBody());
      expect(result.statusCode).toBe(201);
      expect(result.json).toEqual({
        ...validBody(),
        id: '01HX0000000000000000000001',
        createdAt: '2024-05-02T10:00:00.000Z',
        updatedAt: '2024-05-02T10:00:00.000Z',
        version: 1,
      });
    });

    it('sends JSON with no-store and nosniff on every answer', async () => {
      for (const result of [await post(validBody()), await post('{')]) {
        expect(result.headers).toMatchObject({
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'X-Request-Id': 'req-42',
        });
      }
    });

    it('answers 204 with an empty body on delete', async () => {
      const created = (await post(validBody())).json as { id: string };
      const result = await send({
        method: 'DELETE',
        resource: '/transactions/{id}',
        id: created.id,
      });
      expect(result.statusCode).toBe(204);
      expect(result.body).toBe('');
    });

    it('takes the owner only from the claims, never from headers or query', async () => {
      await post(validBody(), { 'X-User-Id': 'user-b' });
      const asB = await send({
        method: 'GET',
        resource: '/transactions',
        claims: idTokenClaims('user-b'),
        query: { userId: 'user-a' },
      });
      expect((asB.json as { items: unknown[] }).items).toEqual([]);
    });
  });

  describe('malformed requests', () => {
    it.each([
      ['truncated JSON', '{"date":'],
      ['trailing garbage', '{"a":1} x'],
      ['a byte-order mark', '\uFEFF{}'],
      ['duplicate keys', '{"amount":1,"amount":1000}'],
      ['nested duplicate keys', '{"a":{"b":1,"b":2}}'],
      ['an empty body', ''],
    ])('answers 400 invalid_json to %s', async (_label, body) => {
      const result = await postRaw(body);
      expect(errorCode(result)).toEqual([400, 'invalid_json']);
    });

    it('answers 400 with one detail per invalid field', async () => {
      const result = await post({ ...validBody(), amount: '12.50', date: '2024-02-30' });
      expect(errorCode(result)).toEqual([400, 'validation_failed']);
      expect((result.json as { error: { details: { field: string }[] } }).error.details).toEqual([
        { field: 'date', message: expect.any(String) },
        { field: 'amount', message: expect.any(String) },
      ]);
    });

    it.each(['id', 'userId', 'ownerId', 'sub', 'pk', 'sk', 'createdAt', 'version', 'status'])(
      'refuses mass assignment of %s with 400',
      async (field) => {
        const result = await post({ ...validBody(), [field]: 'x' });
        expect(errorCode(result)).toEqual([400, 'validation_failed']);
        expect(await store.list('user-a', 10)).toEqual({ items: [] });
      },
    );

    it.each([
      '{"__proto__":{"isAdmin":true},"date":"2024-01-01"}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
    ])('refuses prototype-polluting keys without side effects: %s', async (body) => {
      const result = await postRaw(body);
      expect(errorCode(result)).toEqual([400, 'validation_failed']);
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
      expect((await post(validBody())).statusCode).toBe(201);
    });

    it('answers 400 to a deeply nested JSON bomb without crashing', async () => {
      const body = `${'['.repeat(8000)}${']'.repeat(8000)}`;
      const result = await postRaw(body);
      expect(errorCode(result)).toEqual([400, 'validation_failed']);
    });

    it('accepts exactly 16 KB and answers 413 one byte above', async () => {
      const json = JSON.stringify(validBody());
      const padded = (bytes: number) => postRaw(json + ' '.repeat(bytes - json.length));
      expect((await padded(16 * 1024)).statusCode).toBe(201);
      expect(errorCode(await padded(16 * 1024 + 1))).toEqual([413, 'payload_too_large']);
    });

    it('counts the limit in UTF-8 bytes, not characters', async () => {
      const big = await post({ ...validBody(), description: 'é'.repeat(8200) });
      expect(errorCode(big)).toEqual([413, 'payload_too_large']);
    });

    it.each([
      ['missing', undefined],
      ['text/plain', 'text/plain'],
      ['form-encoded', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['UTF-16 JSON', 'application/json; charset=utf-16'],
    ])('answers 415 when the content type is %s', async (_label, type) => {
      const headers: Record<string, string> = type === undefined ? {} : { 'Content-Type': type };
      const result = await post(JSON.stringify(validBody()), headers);
      expect(errorCode(result)).toEqual([415, 'unsupported_media_type']);
    });

    it('accepts application/json with charset=utf-8 in any case', async () => {
      const result = await post(validBody(), { 'content-type': 'Application/JSON; Charset=UTF-8' });
      expect(result.statusCode).toBe(201);
    });

    it.each(['0', '-1', '1.5', 'abc', '1e9', '101', '10001'])(
      'answers 400 to limit=%s',
      async (limit) => {
        const result = await send({ method: 'GET', resource: '/transactions', query: { limit } });
        expect(errorCode(result)).toEqual([400, 'invalid_query']);
      },
    );

    it.each(['%%%', 'e30', 'eyJ2IjoxfQ', 'x'.repeat(600)])(
      'answers 400 to the cursor %s',
      async (cursor) => {
        const result = await send({ method: 'GET', resource: '/transactions', query: { cursor } });
        expect(errorCode(result)).toEqual([400, 'invalid_cursor']);
      },
    );
  });

  describe('missing things', () => {
    it.each([
      ['an unknown ULID', '01HX0000000000000000000999'],
      ['a 10 KB id', 'A'.repeat(10_240)],
      ['a path traversal', '..%2f..%2fetc'],
      ['a NUL', 'a%00b'],
      ['a key-separator injection', 'B#TX#01HX0000000000000000000001'],
      ['unicode', 'ü'],
    ])('answers 404 to %s', async (_label, id) => {
      expect(errorCode(await getById(id))).toEqual([404, 'not_found']);
    });

    it('answers 404 to another user’s transaction, exactly as to a missing one', async () => {
      const created = (await post(validBody())).json as { id: string };
      const other = idTokenClaims('user-b');
      const foreign = await getById(created.id, other);
      const missing = await getById('01HX0000000000000000000999', other);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body).toBe(missing.body);
    });

    it('answers 404 to an unknown resource and 405 with Allow to a wrong method', async () => {
      expect(errorCode(await send({ method: 'GET', resource: '/admin' }))).toEqual([
        404,
        'not_found',
      ]);
      const patch = await send({ method: 'PATCH', resource: '/transactions/{id}', id: 'x' });
      expect(errorCode(patch)).toEqual([405, 'method_not_allowed']);
      expect(patch.headers?.['Allow']).toBe('GET, PUT, DELETE');
    });
  });

  describe('replacing', () => {
    it('answers 409 to a stale version and 200 with version+1 to the current one', async () => {
      const created = (await post(validBody())).json as { id: string };
      const put = (version: number) =>
        send({
          method: 'PUT',
          resource: '/transactions/{id}',
          id: created.id,
          body: { ...validBody(), description: 'Dinner', version },
        });
      expect((await put(1)).json).toMatchObject({ description: 'Dinner', version: 2 });
      expect(errorCode(await put(1))).toEqual([409, 'version_conflict']);
    });
  });

  describe('idempotency keys', () => {
    it('replays the same answer and marks it', async () => {
      const first = await post(validBody(), { 'Idempotency-Key': 'k-1' });
      const again = await post(validBody(), { 'Idempotency-Key': 'k-1' });
      expect(again.statusCode).toBe(first.statusCode);
      expect(again.body).toBe(first.body);
      expect(again.headers?.['Idempotent-Replayed']).toBe('true');
    });

    it('answers 422 for the same key with another body', async () => {
      await post(validBody(), { 'Idempotency-Key': 'k-1' });
      const other = await post({ ...validBody(), amount: 1 }, { 'Idempotency-Key': 'k-1' });
      expect(errorCode(other)).toEqual([422, 'idempotency_key_reused']);
    });

    it.each([
      ['empty', ''],
      ['256 characters', 'k'.repeat(256)],
      ['a control character', 'a\u0001b'],
      ['non-ASCII', 'clé'],
    ])('answers 400 to a key that is %s', async (_label, key) => {
      const result = await post(validBody(), { 'Idempotency-Key': key });
      expect(errorCode(result)).toEqual([400, 'invalid_idempotency_key']);
    });

    it('accepts a 255-character key', async () => {
      expect((await post(validBody(), { 'Idempotency-Key': 'k'.repeat(255) })).statusCode).toBe(
        201,
      );
    });
  });

  describe('claims re-check', () => {
    it.each([
      ['no authorizer claims', null, 401],
      ['no sub', { ...idTokenClaims('x'), sub: '' }, 401],
      ['a sub with the key separator', idTokenClaims('a#TX#b'), 401],
      ['an access token', idTokenClaims('user-a', { token_use: 'access' }), 401],
      ['another issuer', idTokenClaims('user-a', { iss: 'https://evil.example' }), 401],
      ['another app client', idTokenClaims('user-a', { aud: 'someotherclient' }), 403],
    ] as const)('refuses %s with %i', async (_label, claims, status) => {
      const result = await send({ method: 'GET', resource: '/transactions', claims });
      expect(result.statusCode).toBe(status);
      expect(result.json).toMatchObject({ error: { code: expect.any(String) } });
    });

    it('refuses claims that are not strings', async () => {
      const claims = { ...idTokenClaims('user-a') } as Record<string, unknown>;
      claims['token_use'] = ['id'];
      const event = buildProxyEvent({ method: 'GET', resource: '/transactions' });
      event.requestContext.authorizer = { claims };
      const result = await handlerWith()(event, buildContext());
      expect(result.statusCode).toBe(401);
    });
  });

  describe('the caller under apiToken access', () => {
    const accessConfig = { config: { ...testApiConfig, apiToken: 'access' as const } };
    const send = (claims: Record<string, string>, init: Omit<ProxyEventSpec, 'claims'>) =>
      handlerWith(accessConfig)(buildProxyEvent({ ...init, claims }), buildContext());
    const create = { method: 'POST', resource: '/transactions', body: validBody() } as const;

    it("takes each route's scope from the route table: reads need read, writes write", async () => {
      const both = accessTokenClaims('user-s', 'openid transactions/read transactions/write');
      expect((await send(both, create)).statusCode).toBe(201);
      const reader = accessTokenClaims('user-s', 'openid transactions/read');
      const list = await send(reader, { method: 'GET', resource: '/transactions' });
      expect(JSON.parse(list.body)).toMatchObject({ items: [{ description: 'Lunch' }] });
      const write = await send(reader, create);
      expect(write.statusCode).toBe(403);
      expect(JSON.parse(write.body)).toMatchObject({ error: { code: 'insufficient_scope' } });
    });

    it('refuses an ID token with 401, even though the gateway passed it on', async () => {
      const answer = await send(idTokenClaims('user-s'), {
        method: 'GET',
        resource: '/transactions',
      });
      expect(answer.statusCode).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({
        error: { code: 'unauthorized', message: 'Send the access token to this API.' },
      });
    });
  });

  describe('the caller under apiAuth lambda', () => {
    const lambdaConfig = { config: { ...testApiConfig, apiAuth: 'lambda' as const } };
    const withAuthorizer = (authorizer: Record<string, unknown> | null, init: ProxyEventSpec) => {
      const event = buildProxyEvent(init);
      event.requestContext.authorizer = authorizer;
      return handlerWith(lambdaConfig)(event, buildContext());
    };
    const lambdaContext = (sub: string) => ({
      principalId: sub,
      sub,
      email: `${sub}@example.com`,
      groups: '',
      integrationLatency: 3,
    });

    it("takes the caller from principalId and sub, and keeps each user's data apart", async () => {
      const created = await withAuthorizer(lambdaContext('user-l'), {
        method: 'POST',
        resource: '/transactions',
        body: validBody(),
        // Cognito-shaped claims of someone else must not count in this mode.
        claims: idTokenClaims('user-other'),
      });
      expect(created.statusCode).toBe(201);
      const own = await withAuthorizer(lambdaContext('user-l'), {
        method: 'GET',
        resource: '/transactions',
      });
      expect(JSON.parse(own.body)).toMatchObject({ items: [{ description: 'Lunch' }] });
      const other = await withAuthorizer(lambdaContext('user-m'), {
        method: 'GET',
        resource: '/transactions',
      });
      expect(JSON.parse(other.body)).toMatchObject({ items: [] });
    });

    it.each([
      ['no authorizer', null],
      ['Cognito claims only', { claims: idTokenClaims('user-a') }],
      ['no principalId', { ...lambdaContext('user-a'), principalId: undefined }],
      ['a sub other than principalId', { ...lambdaContext('user-a'), sub: 'user-b' }],
      ['a sub with the key separator', lambdaContext('a#TX#b')],
      ['a sub that is not a string', { ...lambdaContext('user-a'), sub: 42, principalId: 42 }],
      ['an oversized sub', lambdaContext('a'.repeat(200))],
    ])('refuses %s with 401', async (_label, authorizer) => {
      const result = await withAuthorizer(authorizer, { method: 'GET', resource: '/transactions' });
      expect(result.statusCode).toBe(401);
    });

    it('ignores a Lambda authorizer context in cognito mode', async () => {
      const event = buildProxyEvent({ method: 'GET', resource: '/transactions' });
      event.requestContext.authorizer = lambdaContext('user-a');
      expect((await handlerWith()(event, buildContext())).statusCode).toBe(401);
    });
  });

  describe('unexpected failures', () => {
    const broken = (): TransactionStore => ({
      ...createInMemoryTransactionStore(),
      list: () => Promise.reject(new Error('ValidationException: table transactions-prod')),
    });

    it('answers a generic 500 with the request id and no internals', async () => {
      const result = await send({ method: 'GET', resource: '/transactions' }, { store: broken() });
      expect(result.statusCode).toBe(500);
      expect(result.json).toEqual({
        error: { code: 'internal_error', message: expect.any(String), requestId: 'req-42' },
      });
      expect(result.body).not.toMatch(/transactions-prod|ValidationException|at /);
    });

    it('logs the error as structured data without the token', async () => {
      await send(
        { method: 'GET', resource: '/transactions', headers: { Authorization: 'eyJsecret' } },
        { store: broken() },
      );
      const entry = logs.find((log) => log.level === 'error');
      expect(entry?.attributes).toMatchObject({
        requestId: 'req-42',
        operation: 'listTransactions',
        error: { name: 'Error', message: expect.stringContaining('ValidationException') },
      });
      expect(JSON.stringify(logs)).not.toContain('eyJsecret');
    });
  });

  describe('CORS', () => {
    it.each([
      ['a success', { method: 'GET', resource: '/transactions' }],
      ['a 401', { method: 'GET', resource: '/transactions', claims: null }],
      ['a 404', { method: 'GET', resource: '/nowhere' }],
    ] as const)('echoes an allowed origin on %s', async (_label, spec) => {
      const result = await send(spec);
      expect(result.headers).toMatchObject({
        'Access-Control-Allow-Origin': testOrigin,
        Vary: 'Origin',
        'Access-Control-Expose-Headers': expect.stringContaining('Idempotent-Replayed'),
      });
    });

    it.each([
      'https://evil.example',
      'null',
      `${testOrigin}.evil.example`,
      'HTTPS://APP.EXAMPLE.COM',
    ])('never allows the origin %s', async (origin) => {
      const result = await send({
        method: 'GET',
        resource: '/transactions',
        headers: { Origin: origin },
      });
      expect(result.headers?.['Access-Control-Allow-Origin']).toBeUndefined();
      expect(result.headers?.['Vary']).toBe('Origin');
    });
  });
});
