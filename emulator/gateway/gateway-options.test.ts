import { describe, expect, it } from 'vitest';
import { routeTable } from '../../api/route-table';
import { configProblemsOf } from '../../contract/config-problems-of';
import { GatewayConfigError, resolveGatewayOptions } from './gateway-options';
import type { GatewayOptions } from './gateway-options';

const valid: GatewayOptions = {
  routes: routeTable,
  invoke: async () => ({ statusCode: 200, body: '' }),
  issuer: 'https://cognito-idp.local.amazonaws.com/local_Test12345',
  getJwks: () => ({ keys: [] }),
  allowedOrigins: ['http://localhost:5173'],
};

const problemsOf = (overrides: Partial<GatewayOptions>): readonly string[] =>
  configProblemsOf(() => resolveGatewayOptions({ ...valid, ...overrides })).map(
    (problem) => problem.path,
  );

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

  it.each([
    ['a stage that is not text', { stage: 42 }, 'stage'],
    ['an oversized stage', { stage: 's'.repeat(129) }, 'stage'],
    ['an issuer that is javascript:', { issuer: 'javascript:alert(1)' }, 'issuer'],
    ['a missing issuer', { issuer: undefined }, 'issuer'],
    ['a header name with CRLF', { authHeader: 'X-Auth\r\nInjected: 1' }, 'authHeader'],
    ['origins that are not a list', { allowedOrigins: 'http://localhost:5173' }, 'allowedOrigins'],
    ['a null origin', { allowedOrigins: ['null'] }, 'allowedOrigins'],
    ['a fractional cache TTL', { cacheTtlSeconds: 1.5 }, 'cacheTtlSeconds'],
    [
      'an infinite timeout',
      { integrationTimeoutMs: Number.POSITIVE_INFINITY },
      'integrationTimeoutMs',
    ],
    ['a timeout over 15 minutes', { integrationTimeoutMs: 900_001 }, 'integrationTimeoutMs'],
  ])('refuses %s', (_name, overrides, problem) => {
    expect(problemsOf(overrides as Partial<GatewayOptions>)).toEqual([problem]);
  });

  it('takes an option given as undefined as its default', () => {
    expect(resolveGatewayOptions({ ...valid, stage: undefined })).toMatchObject({ stage: 'local' });
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ stage: '', cacheTtlSeconds: -1 })).toEqual(['stage', 'cacheTtlSeconds']);
  });

  it('says in its message what each wrong option must be', () => {
    const error = (() => {
      try {
        resolveGatewayOptions({ ...valid, stage: 'a/b', allowedOrigins: ['*'] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GatewayConfigError);
    expect((error as GatewayConfigError).code).toBe('GATEWAY_CONFIG_INVALID');
    expect((error as GatewayConfigError).message).toBe(
      'Invalid gateway options:\n- stage must be 1-128 letters, digits, "_" or "-"\n' +
        '- allowedOrigins must be exact origins such as http://localhost:5173',
    );
  });
});
