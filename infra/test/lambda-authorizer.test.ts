// apiAuthorization=LAMBDA: the REQUEST authorizer of authorizer/handler.ts, its cache TTL from the
// stage config, its environment pointing at the stack's pool, and every signed-in method using it.
import { beforeAll, describe, expect, it } from 'vitest';
import { routeTable } from '../../api/route-table';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, functionNamed, onlyResource, resourcesOfType } from './build-stack';

const authorizerFunction = (built: BuiltStack): Record<string, unknown> =>
  functionNamed(built.template, 'ApiLambdaAuthorizer');

describe('Lambda authorizer (apiAuthorization=LAMBDA)', () => {
  let lambda: BuiltStack;
  let noCache: BuiltStack;
  beforeAll(() => {
    lambda = buildStack({ siteDir: null, config: { apiAuth: 'lambda' } });
    noCache = buildStack({
      stage: 'prod',
      siteDir: null,
      config: { apiAuth: 'lambda', apiAuthHeader: 'auth', authorizerCacheSeconds: 0 },
    });
  });

  it('is a REQUEST authorizer on the configured header with the stage TTL', () => {
    const authorizer = onlyResource(lambda.template, 'AWS::ApiGateway::Authorizer');
    expect(authorizer['Type']).toBe('REQUEST');
    expect(authorizer['IdentitySource']).toBe('method.request.header.Authorization');
    expect(authorizer['AuthorizerResultTtlInSeconds']).toBe(300);
    expect(flatten(authorizer['AuthorizerUri'])).toMatch(/ApiLambdaAuthorizerFunction\w+\.Arn/);
    const other = onlyResource(noCache.template, 'AWS::ApiGateway::Authorizer');
    expect(other['IdentitySource']).toBe('method.request.header.auth');
    expect(other['AuthorizerResultTtlInSeconds']).toBe(0);
  });

  it('guards every signed-in method with it, and no Cognito authorizer exists', () => {
    const methods = resourcesOfType(lambda.template, 'AWS::ApiGateway::Method')
      .map(([, props]) => props)
      .filter((props) => props['HttpMethod'] !== 'OPTIONS');
    expect(methods).toHaveLength(routeTable.length);
    for (const method of methods) {
      expect(method['AuthorizationType']).toBe('CUSTOM');
      expect(method['AuthorizerId']).toEqual({
        Ref: expect.stringMatching(/^ApiLambdaAuthorizer/),
      });
    }
  });

  it("verifies the stack pool's ID tokens for the app client", () => {
    const env = (
      authorizerFunction(lambda)['Environment'] as { Variables: Record<string, unknown> }
    ).Variables;
    expect(env['TOKEN_ISSUER']).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^AuthUserPool/), 'ProviderURL'],
    });
    expect(flatten(env['JWKS_URI'])).toMatch(
      /^<AuthUserPool\w+\.ProviderURL>\/\.well-known\/jwks\.json$/,
    );
    expect(env['APP_CLIENT_ID']).toEqual({ Ref: expect.stringMatching(/^AuthUserPoolSpaClient/) });
    expect(env['TOKEN_HEADER']).toBe('Authorization');
    expect(authorizerFunction(lambda)['Runtime']).toBe('nodejs22.x');
  });

  it('tells the API handler which authorizer fills requestContext.authorizer', () => {
    const handler = functionNamed(lambda.template, 'ApiHandler');
    const env = (handler['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(env['API_AUTH']).toBe('lambda');
  });

  it('lets API Gateway invoke the authorizer and gives its role only its log group', () => {
    const permissions = resourcesOfType(lambda.template, 'AWS::Lambda::Permission').filter(
      ([, p]) => JSON.stringify(p['FunctionName']).includes('ApiLambdaAuthorizerFunction'),
    );
    expect(permissions.length).toBeGreaterThan(0);
    expect(permissions.every(([, p]) => p['Principal'] === 'apigateway.amazonaws.com')).toBe(true);
    const statements = resourcesOfType(lambda.template, 'AWS::IAM::Policy')
      .filter(([id]) => id.startsWith('ApiLambdaAuthorizerFunctionRole'))
      .flatMap(
        ([, p]) => (p['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement,
      );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(JSON.stringify(statement['Action'])).toMatch(/^\[?"logs:/);
    }
  });
});
