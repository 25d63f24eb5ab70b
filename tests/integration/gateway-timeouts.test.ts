// The local gateway's own server bounds a slow client, as the Cognito server does: headers that
// do not arrive within headersTimeoutMs, or a body that does not within requestTimeoutMs, get
// Node's 408 and a closed connection instead of holding a socket for Node's default 5 minutes.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwksOf, makeSigningKey, startTestGateway } from './gateway-fixtures';
import type { TestGateway } from './gateway-fixtures';

let gateway: TestGateway;
beforeAll(async () => {
  const key = await makeSigningKey();
  gateway = await startTestGateway({
    getJwks: () => jwksOf(key),
    headersTimeoutMs: 300,
    requestTimeoutMs: 600,
  });
});
afterAll(() => gateway.close());

/** Writes `head` and never finishes the request; resolves with what the server sent and when. */
function sendAndStall(head: string): Promise<{ text: string; ms: number }> {
  const url = new URL(gateway.baseUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(url.port), url.hostname, () => socket.write(head));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('the gateway kept the socket open')));
  });
}

describe('gateway server timeouts', () => {
  it('answers 408 and closes when the headers never finish', async () => {
    const { text, ms } = await sendAndStall('POST /local/transactions HTTP/1.1\r\nHost: x\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });

  it('closes the connection when the body never finishes', async () => {
    const { text, ms } = await sendAndStall(
      'POST /local/transactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"a":',
    );
    // No token: the authorizer answers 401 before the body is read; the request timeout is what
    // then frees the socket still waiting for the other 95 bytes.
    expect(text).toMatch(/^HTTP\/1\.1 (401|408)/);
    expect(ms).toBeLessThan(5_000);
  });
});
