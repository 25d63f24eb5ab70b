import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from '../build-pool-config';
import { buildRuntimeConfig, resolveOptions } from '../emulator-options';
import { renderAppClient } from './app-client-view';

const resolved = resolveOptions({ dataDir: null });
const pool = buildPoolConfig(resolved, 'http://127.0.0.1:9229', 0);

describe('renderAppClient', () => {
  it('never shows a client secret, and escapes what the pool says', () => {
    const client = {
      ...pool.clients[0]!,
      clientName: '<script>alert(1)</script>',
      clientSecret: 'sEcReT0123456789abcdefghijklmnopqrstuvwxyzSECRET',
    };
    const body = renderAppClient({
      pool,
      client,
      runtimeConfig: buildRuntimeConfig(resolved, pool, 'http://localhost:5173'),
      runtimeConfigFor: 'http://localhost:5173/',
      apiAuth: 'lambda',
      apiToken: 'access',
    }).value;
    expect(body).not.toContain('sEcReT');
    expect(body).not.toContain('SECRET');
    expect(body).toContain('Yes; not shown here');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('a Lambda REQUEST authorizer');
    expect(body).toContain('the access token (methods with OAuth scopes)');
  });
});
