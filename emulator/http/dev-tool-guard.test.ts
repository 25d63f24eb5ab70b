import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { devToolRefusal } from './dev-tool-guard';

const access = { selfOrigin: 'http://127.0.0.1:9229', appOrigins: ['http://localhost:5173'] };

/** A request as the guard reads it: the peer address and the Host and Origin headers. */
function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: { host: '127.0.0.1:9229', ...headers },
  } as unknown as IncomingMessage;
}

describe('devToolRefusal', () => {
  it.each(['192.168.1.20', '10.0.0.5', '::ffff:172.17.0.2', 'fe80::1'])(
    'refuses a peer that is not loopback (%s), for both tools',
    (address) => {
      for (const callers of ['same-origin', 'app-origins'] as const)
        expect(devToolRefusal(request(address), access, 'console', callers)).toBe(
          'The console answers only on this machine (loopback).',
        );
    },
  );

  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('admits loopback %s', (address) => {
    expect(devToolRefusal(request(address), access, 'console', 'same-origin')).toBeNull();
  });

  it('refuses another host name, and a missing Host', () => {
    expect(
      devToolRefusal(
        request('127.0.0.1', { host: 'evil.example:9229' }),
        access,
        'console',
        'same-origin',
      ),
    ).toMatch(/own host name/);
    const noHost = { socket: { remoteAddress: '127.0.0.1' }, headers: {} } as IncomingMessage;
    expect(devToolRefusal(noHost, access, 'console', 'same-origin')).toMatch(/own host name/);
  });

  it('admits the app origins only where the tool allows them', () => {
    const fromApp = request('127.0.0.1', { origin: 'http://localhost:5173' });
    expect(devToolRefusal(fromApp, access, 'mailbox', 'app-origins')).toBeNull();
    expect(devToolRefusal(fromApp, access, 'console', 'same-origin')).toBe(
      'The console answers only its own pages.',
    );
    for (const origin of ['https://evil.example', 'null'])
      expect(
        devToolRefusal(request('127.0.0.1', { origin }), access, 'mailbox', 'app-origins'),
      ).toMatch(/only its own pages and the configured app origins/);
    const self = request('127.0.0.1', { origin: access.selfOrigin });
    expect(devToolRefusal(self, access, 'console', 'same-origin')).toBeNull();
  });
});
