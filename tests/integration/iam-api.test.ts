// apiAuth `iam` end to end over real HTTP: identity-pool credentials from the emulator, requests
// signed with SigV4 by aws4fetch (the SPA's signer) and by the AWS SDK's Smithy signer, the
// local gateway's AWS_IAM authorizer, the real handler and DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import type { Emulator } from '../../emulator/create-emulator';
import { MAX_SKEW_MS } from '../../emulator/gateway/create-iam-authorizer';
import {
  iamCaller,
  signWithAws4fetch,
  signWithSmithy,
  type IamCaller,
  type SignInput,
} from './iam-fixtures';
import { startTestEmulator, testAppOrigin } from './start-test-emulator';

const clock = createManualClock(Date.UTC(2030, 0, 1, 12));
let emulator: Emulator;
let apiUrl: string;
let alice: IamCaller;
let bob: IamCaller;

const signers = { aws4fetch: signWithAws4fetch, smithy: signWithSmithy } as const;
type Signer = (typeof signers)[keyof typeof signers];

const coffee = { date: '2026-11-20', description: 'Coffee', amount: -350, currency: 'EUR' };

interface Call {
  readonly method?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signer?: Signer;
  readonly at?: number;
  /** Changes the request after it was signed (path, query, headers, body). */
  readonly tamper?: (request: {
    url: string;
    headers: Record<string, string>;
    body?: string;
  }) => void;
}

/** Signs `path` for `caller` and sends it as the browser would (Origin and all). */
async function call(caller: IamCaller, path: string, options: Call = {}): Promise<Response> {
  const url = `${apiUrl}${path}`;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const input: SignInput = {
    method: options.method ?? 'GET',
    headers: {
      ...options.headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body !== undefined ? { body } : {}),
    at: options.at ?? clock.now(),
  };
  const signed = await (options.signer ?? signWithAws4fetch)(caller, url, input);
  const request = { url, headers: { ...signed }, ...(body !== undefined ? { body } : {}) };
  options.tamper?.(request);
  delete request.headers['host'];
  return fetch(request.url, {
    method: input.method!,
    headers: { ...request.headers, Origin: testAppOrigin },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
}

beforeAll(async () => {
  emulator = await startTestEmulator({
    apiAuth: 'iam',
    clock,
    tokenLifetimes: { credentialsSeconds: 900 },
  });
  apiUrl = emulator.urls.api;
  alice = await iamCaller(emulator, 'alice@example.com');
  bob = await iamCaller(emulator, 'bob@example.com');
});

afterAll(async () => {
  await emulator?.close();
});

describe('the Transactions API in iam mode', () => {
  it.each(Object.entries(signers))(
    'lets the owner list, create, get, replace and delete with requests signed by %s',
    async (_name, signer) => {
      const created = await call(alice, '/transactions', {
        method: 'POST',
        body: coffee,
        signer,
      });
      expect(created.status).toBe(201);
      const transaction = (await created.json()) as { id: string; version: number };

      const list = await call(alice, '/transactions?limit=50', { signer });
      expect(list.status).toBe(200);
      const page = (await list.json()) as { items: { id: string }[] };
      expect(page.items.map((item) => item.id)).toContain(transaction.id);

      const got = await call(alice, `/transactions/${transaction.id}`, { signer });
      expect(got.status).toBe(200);

      const replaced = await call(alice, `/transactions/${transaction.id}`, {
        method: 'PUT',
        body: { ...coffee, description: 'Tea', version: transaction.version },
        signer,
      });
      expect(replaced.status).toBe(200);
      expect(await replaced.json()).toMatchObject({ description: 'Tea' });

      const deleted = await call(alice, `/transactions/${transaction.id}`, {
        method: 'DELETE',
        signer,
      });
      expect(deleted.status).toBe(204);
      expect((await call(alice, `/transactions/${transaction.id}`, { signer })).status).toBe(404);
    },
  );

  it("answers 404 for another user's transaction, and keeps lists apart", async () => {
    const created = await call(alice, '/transactions', {
      method: 'POST',
      body: { ...coffee, description: 'Alice only' },
    });
    const { id } = (await created.json()) as { id: string };
    const stolen = await call(bob, `/transactions/${id}`);
    expect(stolen.status).toBe(404);
    const bobsList = (await (await call(bob, '/transactions')).json()) as { items: unknown[] };
    expect(bobsList.items).toEqual([]);
  });

  it('refuses an unsigned request with 403 Missing Authentication Token, CORS included', async () => {
    const response = await fetch(`${apiUrl}/transactions`, { headers: { Origin: testAppOrigin } });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await response.text()).toBe('{"message":"Missing Authentication Token"}');
    expect(response.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });

  it('refuses a Cognito ID token where a signature belongs, as API Gateway does', async () => {
    const response = await fetch(`${apiUrl}/transactions`, {
      headers: { Authorization: alice.tokens.idToken },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('IncompleteSignatureException');
    const { message } = (await response.json()) as { message: string };
    expect(message).toMatch(/^Authorization header requires 'Credential' parameter\./);
  });

  type Tamper = NonNullable<Call['tamper']>;
  const tampers: [string, Call, Tamper][] = [
    ['path', {}, (r) => void (r.url = r.url.replace('/transactions', '/transactions/summary'))],
    ['query', {}, (r) => void (r.url = `${r.url}?limit=1`)],
    [
      'a signed header',
      { method: 'POST', body: coffee, headers: { 'idempotency-key': 'first-key-0001' } },
      (r) => void (r.headers['idempotency-key'] = 'other-key-0002'),
    ],
    [
      'one byte of the body',
      { method: 'POST', body: coffee },
      (r) => void (r.body = r.body!.replace('-350', '-351')),
    ],
  ];
  it.each(tampers)(
    'refuses a request whose %s changed after signing with 403 signature mismatch',
    async (_what, request, tamper) => {
      for (const signer of Object.values(signers)) {
        const response = await call(alice, '/transactions', { ...request, signer, tamper });
        expect(response.status).toBe(403);
        expect(response.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
        const { message } = (await response.json()) as { message: string };
        expect(message).toMatch(/^The request signature we calculated does not match/);
        expect(message).toContain('The Canonical String for this request should have been');
      }
    },
  );

  it.each([
    ['earlier', -1, /^Signature expired: \d{8}T\d{6}Z is now earlier than/],
    ['later', 1, /^Signature not yet current: \d{8}T\d{6}Z is still later than/],
  ] as const)('refuses a date more than 5 minutes %s than the clock', async (_when, sign, text) => {
    const response = await call(alice, '/transactions', {
      at: clock.now() + sign * (MAX_SKEW_MS + 1000),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
    expect(((await response.json()) as { message: string }).message).toMatch(text);
    // Within the window it is fine.
    const near = await call(alice, '/transactions', {
      at: clock.now() + sign * (MAX_SKEW_MS - 1000),
    });
    expect(near.status).toBe(200);
  });

  it('refuses another session token, and an unknown key, as an invalid security token', async () => {
    for (const changed of [
      { ...alice, sessionToken: bob.sessionToken },
      { ...alice, accessKeyId: 'ASIAAAAAAAAAAAAAAAAA' },
    ]) {
      const response = await call(changed, '/transactions');
      expect(response.status).toBe(403);
      expect(response.headers.get('x-amzn-errortype')).toBe('UnrecognizedClientException');
      expect(await response.text()).toBe(
        '{"message":"The security token included in the request is invalid."}',
      );
    }
  });

  it('refuses a wrong secret with a signature mismatch', async () => {
    const response = await call(
      { ...alice, secretAccessKey: bob.secretAccessKey },
      '/transactions',
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });

  it('puts the identity pool caller in requestContext.identity, with no authorizer claims', async () => {
    // The handler sees it through the data partition: the sub in the provider string.
    const response = await call(alice, '/transactions/summary');
    expect(response.status).toBe(200);
  });

  it('answers the preflight with the SigV4 headers allowed', async () => {
    const response = await fetch(`${apiUrl}/transactions`, {
      method: 'OPTIONS',
      headers: {
        Origin: testAppOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,x-amz-date,x-amz-security-token',
      },
    });
    expect(response.status).toBe(204);
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    for (const header of [
      'authorization',
      'x-amz-date',
      'x-amz-security-token',
      'x-amz-content-sha256',
      'x-amz-user-agent',
      'content-type',
    ])
      expect(allowed).toContain(header);
  });

  it('refuses expired credentials with 403 ExpiredTokenException once the clock passes Expiration', async () => {
    const carol = await iamCaller(emulator, 'carol@example.com');
    expect(carol.expiration).toBe(Math.floor(clock.now() / 1000) + 900);
    expect((await call(carol, '/transactions')).status).toBe(200);
    clock.advance(900_000);
    const response = await call(carol, '/transactions');
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('ExpiredTokenException');
    expect(await response.text()).toBe(
      '{"message":"The security token included in the request is expired"}',
    );
    expect(response.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });
});
