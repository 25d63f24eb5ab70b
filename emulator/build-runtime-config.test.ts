import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from './build-pool-config';
import { buildRuntimeConfig, resolveOptions } from './emulator-options';

const resolved = resolveOptions({ dataDir: null });
const pool = buildPoolConfig(resolved, 'http://127.0.0.1:9229', 0);
const withProviders = (identityProviders: readonly string[]) => ({
  ...pool,
  clients: [{ ...pool.clients[0]!, identityProviders }, ...pool.clients.slice(1)],
});

describe('buildRuntimeConfig: identityProviders', () => {
  it('lists the providers the product client allows besides COGNITO, in its order', () => {
    const config = buildRuntimeConfig(
      resolved,
      withProviders(['COGNITO', 'Google', 'Okta']),
      'http://localhost:5173',
    );
    expect(config.identityProviders).toEqual(['Google', 'Okta']);
  });

  it('leaves the key out when the client allows COGNITO alone', () => {
    const config = buildRuntimeConfig(
      resolved,
      withProviders(['COGNITO']),
      'http://localhost:5173',
    );
    expect(config).not.toHaveProperty('identityProviders');
  });
});
