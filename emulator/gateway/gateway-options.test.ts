import { describe, expect, it } from 'vitest';
import { routeTable } from '../../api/route-table';
import { GatewayConfigError, resolveGatewayOptions } from './gateway-options';
import type { GatewayOptions } from './gateway-options';

const valid: GatewayOptions = {
  routes: routeTable,
  invoke: async () => ({ statusCode: 200, body: '' }),
  issuer: 'https://cognito-idp.local.amazonaws.com/local_Test12345',
  getJwks: () => ({ keys: [] }),
  allowedOrigins: ['http://localhost:5173'],
};

const problemsOf = (overrides: Partial<GatewayOptions>): readonly string[] => {
  try {
    resolveGatewayOptions({ ...valid, ...overrides });
    return [];
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems;
    throw error;
  }
};

describe('resolveGatewayOptions', () => {
  it('fills in the API Gateway defaults', () => {
    expect(resolveGatewayOptions(valid)).toMatchObject({
      stage: 'local',
      authHeader: 'Authorization',
      cacheTtlSeconds: 300,
      integrationTimeoutMs: 29_000,
    });
  });

  it.each([
    ['no routes', { routes: [] }, 'routes'],
    ['a stage with a slash', { stage: 'a/b' }, 'stage'],
    ['an empty stage', { stage: '' }, 'stage'],
    ['an issuer with a trailing slash', { issuer: 'https://idp.example/pool/' }, 'issuer'],
    ['a non-URL issuer', { issuer: 'local_Test12345' }, 'issuer'],
    ['a header name with a space', { authHeader: 'X Auth' }, 'authHeader'],
    ['an empty audience', { audience: '' }, 'audience'],
    ['a wildcard origin', { allowedOrigins: ['*'] }, 'allowedOrigins'],
    ['an origin with a path', { allowedOrigins: ['http://localhost:5173/'] }, 'allowedOrigins'],
    ['a negative cache TTL', { cacheTtlSeconds: -1 }, 'cacheTtlSeconds'],
    ['a cache TTL over 3600', { cacheTtlSeconds: 3601 }, 'cacheTtlSeconds'],
    ['a zero timeout', { integrationTimeoutMs: 0 }, 'integrationTimeoutMs'],
    ['a NaN timeout', { integrationTimeoutMs: Number.NaN }, 'integrationTimeoutMs'],
  ] as const)('refuses %s', (_name, overrides, problem) => {
    expect(problemsOf(overrides)).toEqual([problem]);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ stage: '', cacheTtlSeconds: -1 })).toEqual(['stage', 'cacheTtlSeconds']);
  });
});
