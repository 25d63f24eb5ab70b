import { describe, expect, it, vi } from 'vitest';
import { buildTransaction, jsonResponse } from '../../test/builders';
import {
  ApiResponseError,
  NetworkError,
  RequestTimeoutError,
  SignInRequiredError,
  UnexpectedResponseError,
} from './http-errors';
import type { ApiSession, TransactionsClient } from './transactions-client';
import { createTransactionsClient } from './transactions-client';

const page = { items: [buildTransaction()] };
const unauthorized = () => jsonResponse(401, { message: 'Unauthorized' });

function setup(
  answers: ((init: RequestInit) => Response | Promise<Response>)[],
  session: Partial<ApiSession> = {},
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected extra request');
    return answer(init ?? {});
  });
  const fullSession: ApiSession = {
    idToken: () => 'id-token-1',
    accessToken: () => 'access-token-1',
    renew: vi.fn(async () => 'id-token-2'),
    signInAgain: vi.fn(),
    ...session,
  };
  let keys = 0;
  const client = createTransactionsClient({
    baseUrl: 'https://api.example.com/prod/',
    authHeader: 'auth',
    session: fullSession,
    fetch: fetch as unknown as typeof globalThis.fetch,
    timeoutMs: 50,
    newIdempotencyKey: () => `key-${++keys}`,
  });
  const header = (i: number, name = 'auth') => new Headers(calls[i]?.init.headers).get(name);
  return { client, calls, header, session: fullSession };
}

describe('createTransactionsClient', () => {
  it('sends the id_token in the configured header to the API URL', async () => {
    const { client, calls, header } = setup([() => jsonResponse(200, page)]);
    await expect(client.list({ limit: 10, cursor: 'abc' })).resolves.toEqual(page);
    expect(calls[0]?.url).toBe('https://api.example.com/prod/transactions?cursor=abc&limit=10');
    expect(header(0)).toBe('id-token-1');
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends the filters and the summary parameters as the API reads them', async () => {
    const summary = { groupBy: 'month', totals: [], groups: [] };
    const { client, calls } = setup([
      () => jsonResponse(200, page),
      () => jsonResponse(200, summary),
      () => jsonResponse(200, summary),
    ]);
    await client.list({
      filters: {
        from: '2024-01-01',
        to: '2024-01-31',
        category: 'Food & drink',
        kind: 'expense',
        q: 'café',
      },
      limit: 10,
      cursor: 'abc',
    });
    await expect(
      client.summary({ from: '2024-01-01', to: '2024-12-31', groupBy: 'month' }),
    ).resolves.toEqual(summary);
    await client.summary({ groupBy: 'currency' });
    expect(calls.map((call) => call.url)).toEqual([
      'https://api.example.com/prod/transactions?from=2024-01-01&to=2024-01-31&category=Food+%26+drink&kind=expense&q=caf%C3%A9&cursor=abc&limit=10',
      'https://api.example.com/prod/transactions/summary?from=2024-01-01&to=2024-12-31&groupBy=month',
      'https://api.example.com/prod/transactions/summary',
    ]);
  });

  it('renews once and retries once on a 401', async () => {
    const { client, header, session } = setup([unauthorized, () => jsonResponse(200, page)]);
    await expect(client.list()).resolves.toEqual(page);
    expect(session.renew).toHaveBeenCalledTimes(1);
    expect(header(1)).toBe('id-token-2');
    expect(session.signInAgain).not.toHaveBeenCalled();
  });

  it('signs in again when the retry is also refused, without a third try', async () => {
    const { client, calls, session } = setup([unauthorized, unauthorized]);
    await expect(client.list()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toHaveLength(2);
    expect(session.signInAgain).toHaveBeenCalledTimes(1);
    expect(session.signInAgain).toHaveBeenCalledWith({ freshTokenRefused: true });
  });

  it('signs in again without retrying when renewal fails', async () => {
    const { client, calls, session } = setup([unauthorized], {
      renew: vi.fn(async () => {
        throw new Error('invalid_grant');
      }),
    });
    await expect(client.summary()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toHaveLength(1);
    expect(session.signInAgain).toHaveBeenCalledTimes(1);
    expect(session.signInAgain).toHaveBeenCalledWith({ freshTokenRefused: false });
  });

  it('shares one renewal between concurrent 401s', async () => {
    const { client, session } = setup([
      unauthorized,
      unauthorized,
      () => jsonResponse(200, page),
      () => jsonResponse(200, { totals: [] }),
    ]);
    await Promise.all([client.list(), client.summary()]);
    expect(session.renew).toHaveBeenCalledTimes(1);
  });

  it('turns the API error body into a typed error with field details', async () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'Invalid input',
        details: [{ field: 'amount', message: 'Amount cannot be zero.' }],
        requestId: 'req-1',
      },
    };
    const { client } = setup([() => jsonResponse(400, body)]);
    const error = await client
      .create({ date: '2024-01-01', description: 'x', amount: 0, currency: 'USD' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({
      status: 400,
      apiCode: 'validation_failed',
      details: body.error.details,
      requestId: 'req-1',
    });
  });

  it("maps the gateway's own error shape", async () => {
    const { client } = setup([() => jsonResponse(403, { message: 'Forbidden' })]);
    await expect(client.get('x')).rejects.toMatchObject({
      apiCode: 'http_403',
      message: 'Forbidden',
    });
  });

  it('says only the status when a JSON answer has no message (words in no one language)', async () => {
    const { client } = setup([() => jsonResponse(418, { teapot: true })]);
    await expect(client.get('x')).rejects.toMatchObject({
      apiCode: 'http_418',
      message: 'HTTP 418',
    });
  });

  it('names a code this build does not know by its status, keeping the message', async () => {
    const body = { error: { code: 'brand_new_code', message: 'Newer API.' } };
    const { client } = setup([() => jsonResponse(422, body)]);
    await expect(client.get('x')).rejects.toMatchObject({
      apiCode: 'http_422',
      message: 'Newer API.',
    });
  });

  it.each([
    [
      'an HTML page with 200',
      () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    ],
    [
      'an HTML page with 502',
      () => new Response('<html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    ],
    [
      'malformed JSON',
      () => new Response('{', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ],
    ['no content type', () => new Response('[]', { status: 200 })],
  ])('treats %s as an error, never as data', async (_name, answer) => {
    const { client } = setup([answer]);
    await expect(client.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('gives up after the timeout', async () => {
    // Like a real fetch, the fake answers nothing until the request's signal aborts it.
    const { client } = setup([
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    ]);
    await expect(client.list()).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('reports a network failure as NetworkError', async () => {
    const { client } = setup([
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);
    await expect(client.list()).rejects.toBeInstanceOf(NetworkError);
  });

  describe('Idempotency-Key', () => {
    const input = { date: '2024-01-01', description: 'Tea', amount: -300, currency: 'EUR' };
    const created = () => jsonResponse(201, buildTransaction());
    const dropped = () => {
      throw new TypeError('Failed to fetch');
    };

    it('gives two separate creates two different keys', async () => {
      const { client, header } = setup([created, created]);
      await client.create(input);
      await client.create(input);
      expect(header(0, 'idempotency-key')).toBe('key-1');
      expect(header(1, 'idempotency-key')).toBe('key-2');
    });

    it('retries a create once after a lost answer, with the same key', async () => {
      const { client, calls, header } = setup([dropped, created]);
      await expect(client.create(input)).resolves.toMatchObject({ version: 1 });
      expect(calls).toHaveLength(2);
      expect(calls.map((call) => call.init.method)).toEqual(['POST', 'POST']);
      expect(header(1, 'idempotency-key')).toBe(header(0, 'idempotency-key'));
      expect(header(0, 'idempotency-key')).toBe('key-1');
    });

    it('keeps its key through a 401 renewal', async () => {
      const { client, header } = setup([unauthorized, created]);
      await client.create(input);
      expect(header(1, 'idempotency-key')).toBe('key-1');
      expect(header(1)).toBe('id-token-2');
    });

    it('gives up after the one retry', async () => {
      const { client, calls } = setup([dropped, dropped]);
      await expect(client.create(input)).rejects.toBeInstanceOf(NetworkError);
      expect(calls).toHaveLength(2);
    });

    it("sends the caller's own key on createIdempotent and says when the API replayed it", async () => {
      const replayedAnswer = () =>
        jsonResponse(201, buildTransaction(), { 'Idempotent-Replayed': 'true' });
      const { client, calls, header } = setup([created, dropped, replayedAnswer]);
      await expect(client.createIdempotent(input, 'csv1-abc')).resolves.toMatchObject({
        replayed: false,
      });
      expect(header(0, 'idempotency-key')).toBe('csv1-abc');
      // A lost answer is retried with the same key, and the replay is reported as such.
      await expect(client.createIdempotent(input, 'csv1-abc')).resolves.toMatchObject({
        transaction: { version: 1 },
        replayed: true,
      });
      expect(calls).toHaveLength(3);
      expect(header(2, 'idempotency-key')).toBe('csv1-abc');
    });

    it.each([
      ['list', (client: TransactionsClient) => client.list()],
      ['remove', (client: TransactionsClient) => client.remove('x')],
      ['replace', (client: TransactionsClient) => client.replace('x', { ...input, version: 1 })],
    ])('sends none on %s, and so never repeats it', async (_name, call) => {
      const { client, calls, header } = setup([dropped, created]);
      await expect(call(client)).rejects.toBeInstanceOf(NetworkError);
      expect(calls).toHaveLength(1);
      expect(header(0, 'idempotency-key')).toBeNull();
    });
  });

  it('encodes ids into the path', async () => {
    const { client, calls } = setup([() => new Response(null, { status: 204 })]);
    await client.remove('a/b?c');
    expect(calls[0]?.url).toBe('https://api.example.com/prod/transactions/a%2Fb%3Fc');
    expect(calls[0]?.init.method).toBe('DELETE');
  });

  it('reads the profile, and answers null when the API has none (404)', async () => {
    const profile = {
      createdAt: '2030-01-01T00:00:00.000Z',
      confirmedAt: '2030-01-02T00:00:00.000Z',
    };
    const { client, calls } = setup([
      () => jsonResponse(200, profile),
      () => jsonResponse(404, { error: { code: 'not_found', message: 'No profile.' } }),
      () => jsonResponse(500, { error: { code: 'internal_error', message: 'Oops.' } }),
    ]);
    await expect(client.profile()).resolves.toEqual(profile);
    expect(calls[0]?.url).toBe('https://api.example.com/prod/profile');
    await expect(client.profile()).resolves.toBeNull();
    await expect(client.profile()).rejects.toBeInstanceOf(ApiResponseError);
  });
});
