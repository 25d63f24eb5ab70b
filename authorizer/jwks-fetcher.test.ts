import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJwksFetcher } from './jwks-fetcher';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') return res.end('{"keys":[]}');
    if (req.url === '/big') return res.end('x'.repeat(70 * 1024));
    if (req.url === '/slow') return setTimeout(() => res.end('{}'), 500);
    if (req.url === '/redirect') {
      res.writeHead(302, { Location: '/ok' });
      return res.end();
    }
    res.writeHead(500);
    res.end('nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createJwksFetcher', () => {
  it('reads a JWKS over plain http from a loopback pool', async () => {
    const body = await createJwksFetcher().fetch(`${base}/ok`);
    expect(Buffer.from(body).toString()).toBe('{"keys":[]}');
  });

  it.each([
    ['an error status', '/error', /HTTP 500/],
    ['an oversized body', '/big', /too large/],
    ['a redirect', '/redirect', /fetch failed/],
  ])('rejects %s', async (_name, path, message) => {
    await expect(createJwksFetcher().fetch(`${base}${path}`)).rejects.toThrow(message);
  });

  it('gives up after its timeout', async () => {
    await expect(createJwksFetcher(50).fetch(`${base}/slow`)).rejects.toThrow();
  });
});
