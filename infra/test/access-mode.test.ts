// apiToken=access: every signed-in method gets its AuthorizationScopes from the route table
// (reads transactions/read, writes transactions/write), the Cognito authorizer drops the `aud`
// pin access tokens cannot pass, and the handler and config.json learn the mode. id mode: none.
import { beforeAll, describe, expect, it } from 'vitest';
import { methodScopes, routeTable } from '../../api/route-table';
import type { BuiltStack } from './build-stack';
import { buildStack, functionNamed, onlyResource } from './build-stack';
import { deployedMethods } from './deployed-routes';

const handlerEnv = (built: BuiltStack) =>
  (
    functionNamed(built.template, 'ApiHandler')['Environment'] as {
      Variables: Record<string, unknown>;
    }
  ).Variables;
const signedInMethods = (built: BuiltStack) =>
  deployedMethods(built.template).filter((m) => m.method !== 'OPTIONS');

describe('apiToken on AWS', () => {
  let access: BuiltStack;
  let id: BuiltStack;
  beforeAll(() => {
    access = buildStack({ siteDir: null, config: { apiToken: 'access' } });
    id = buildStack({ siteDir: null });
  });

  it("gives each method in access mode the route table's scopes", () => {
    const methods = signedInMethods(access);
    expect(methods).toHaveLength(routeTable.length);
    for (const route of routeTable) {
      const method = methods.find((m) => m.method === route.method && m.path === route.path);
      expect(method?.authorizationType).toBe('COGNITO_USER_POOLS');
      expect(method?.authorizationScopes).toEqual([...methodScopes(route, 'access')]);
      expect(method?.authorizationScopes).toEqual([
        route.method === 'GET' ? 'transactions/read' : 'transactions/write',
      ]);
    }
  });

  it('gives no method scopes in id mode (the authorizer then takes ID tokens)', () => {
    for (const method of deployedMethods(id.template)) {
      expect(method.authorizationScopes).toBeUndefined();
    }
  });

  it('pins aud only in id mode: access tokens have none', () => {
    const pinned = onlyResource(id.template, 'AWS::ApiGateway::Authorizer');
    expect(pinned['IdentityValidationExpression']).toEqual({
      'Fn::Join': ['', ['^', { Ref: expect.stringMatching(/^AuthUserPoolSpaClient/) }, '$']],
    });
    const open = onlyResource(access.template, 'AWS::ApiGateway::Authorizer');
    expect(open['Type']).toBe('COGNITO_USER_POOLS');
    expect(open).not.toHaveProperty('IdentityValidationExpression');
  });

  it('tells the handler and the SPA which token the API takes', () => {
    expect(handlerEnv(access)['API_TOKEN']).toBe('access');
    expect(handlerEnv(id)['API_TOKEN']).toBe('id');
    expect(access.stack.runtimeConfig.apiToken).toBe('access');
    expect(id.stack.runtimeConfig.apiToken).toBe('id');
  });
});
