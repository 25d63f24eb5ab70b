import { describe, expect, it } from 'vitest';
import { defaultScopes } from '../contract/runtime-config';
import { userPoolDefinition } from '../contract/user-pool-definition';
import { apiResourceServer, methodScopes, routeTable } from './route-table';

const byOperation = (operation: string) => routeTable.find((r) => r.operation === operation)!;

describe('methodScopes', () => {
  it('gives no method scopes in id mode, so the Cognito authorizer takes ID tokens', () => {
    for (const route of routeTable) expect(methodScopes(route, 'id')).toEqual([]);
  });

  it.each([
    ['listTransactions', 'transactions/read'],
    ['getSummary', 'transactions/read'],
    ['getTransaction', 'transactions/read'],
    ['getProfile', 'transactions/read'],
    ['createTransaction', 'transactions/write'],
    ['replaceTransaction', 'transactions/write'],
    ['deleteTransaction', 'transactions/write'],
  ])('in access mode %s needs %s', (operation, scope) => {
    expect(methodScopes(byOperation(operation), 'access')).toEqual([scope]);
  });

  it('marks reads read and everything that changes data write', () => {
    for (const route of routeTable) {
      expect(route.scope).toBe(route.method === 'GET' ? 'read' : 'write');
    }
  });

  it('gives a public route no scopes in either mode', () => {
    const open = { ...routeTable[0]!, access: 'public' as const };
    expect(methodScopes(open, 'access')).toEqual([]);
  });
});

describe('route scopes and the pool definition (drift)', () => {
  const server = userPoolDefinition.resourceServers.find((s) => s.identifier === apiResourceServer);
  const used = new Set(routeTable.flatMap((route) => methodScopes(route, 'access')));

  it('uses only scopes the resource server declares, and every one it declares', () => {
    expect(server).toBeDefined();
    const declared = server!.scopes.map((scope) => `${server!.identifier}/${scope.name}`);
    expect([...used].sort()).toEqual(declared.sort());
  });

  it('uses only scopes the app client may be granted and the SPA asks for', () => {
    const asked = defaultScopes.split(' ');
    for (const scope of used) {
      expect(userPoolDefinition.client.oauthScopes).toContain(scope);
      expect(asked).toContain(scope);
    }
  });
});
