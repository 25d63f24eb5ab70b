// The dev mailbox and the JSON API as a hostile web page would call them: a page on another
// origin, a sandboxed frame (`Origin: null`), a preflight. The AWS CLI and SDKs send no Origin
// and keep working (cognito-json-api.test.ts, cognito-aws-cli.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { postJsonApi, startCognito, statusUnderHost, testAppOrigin } from './start-test-emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startCognito({ appOrigins: [testAppOrigin] });
  await emulator.pool.adminCreateUser({ email: 'victim@example.com' });
});
afterAll(() => emulator?.close());

const hostile = ['http://evil.example', 'null', 'http://localhost:5174'];
const signed = {
  authorization: `AWS4-HMAC-SHA256 Credential=local/20300101/local/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'a'.repeat(64)}`,
  'x-amz-date': '20300101T000000Z',
};

const jsonApi = (target: string, body: unknown, headers: Record<string, string> = {}) =>
  postJsonApi(emulator, target, JSON.stringify(body), headers);

const resetVictim = (headers: Record<string, string>) =>
  jsonApi(
    'AdminSetUserPassword',
    {
      UserPoolId: emulator.userPoolId,
      Username: 'victim@example.com',
      Password: 'Attacker-chose-9',
      Permanent: true,
    },
    headers,
  );

describe('the dev mailbox', () => {
  it.each(hostile)('refuses a page at %s, page and JSON alike', async (origin) => {
    for (const url of [emulator.urls.mailboxJson, emulator.urls.mailbox]) {
      const res = await fetch(url, { headers: { origin } });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await res.text()).not.toMatch(/victim|\d{6}/);
    }
  });

  it('sends no CORS header to a tool without Origin, and echoes only an app origin', async () => {
    const plain = await fetch(emulator.urls.mailboxJson);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(await plain.json()).toContainEqual(
      expect.objectContaining({ to: 'victim@example.com' }),
    );
    const app = await fetch(emulator.urls.mailboxJson, { headers: { origin: testAppOrigin } });
    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
    const self = await fetch(emulator.urls.mailbox, { headers: { origin: emulator.urls.domain } });
    expect(self.status).toBe(200);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect(await statusUnderHost(emulator, '/_dev/mailbox.json', 'evil.example')).toBe(403);
  });
});

describe('the JSON API', () => {
  it.each(hostile)('gives a preflight from %s no CORS headers', async (origin) => {
    const res = await fetch(emulator.urls.jsonApi, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-amz-target',
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('answers a preflight from the app origin with that origin only', async () => {
    const res = await fetch(emulator.urls.jsonApi, {
      method: 'OPTIONS',
      headers: { origin: testAppOrigin, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });

  it.each(hostile)('refuses a signed admin call from %s', async (origin) => {
    const res = await resetVictim({ ...signed, origin });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toMatchObject({ __type: 'AccessDeniedException' });
  });

  it.each(hostile)('refuses a public call from %s', async (origin) => {
    const res = await jsonApi(
      'SignUp',
      { ClientId: emulator.clientId, Username: 'x@example.com', Password: 'Good-Pass-1' },
      { origin },
    );
    expect(res.status).toBe(403);
  });

  it.each([
    ['any string', { authorization: 'x' }],
    ['a signature without X-Amz-Date', { authorization: signed.authorization }],
    [
      'another service',
      { ...signed, authorization: signed.authorization.replace('cognito-idp', 's3') },
    ],
    ['a scope date that is not X-Amz-Date', { ...signed, 'x-amz-date': '20300102T000000Z' }],
    ['unsigned host', { ...signed, authorization: signed.authorization.replace('host;', '') }],
    ['a short signature', { ...signed, authorization: signed.authorization.replace(/a{64}/, 'a') }],
  ])('refuses an admin call with %s as its signature', async (_name, headers) => {
    const res = await resetVictim(headers);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ __type: 'IncompleteSignatureException' });
  });

  it('accepts a well-formed signature without Origin, as the SDK sends it', async () => {
    const res = await resetVictim(signed);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the app origin call it and read the answer', async () => {
    const res = await jsonApi(
      'SignUp',
      { ClientId: emulator.clientId, Username: 'app@example.com', Password: 'Good-Pass-1' },
      { origin: testAppOrigin },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(testAppOrigin);
  });
});
