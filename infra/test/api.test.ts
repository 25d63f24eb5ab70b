import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableActions } from '../lib/transactions-api';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, functionNamed, onlyResource, resourcesOfType } from './build-stack';

const siteOrigin = /^https:\/\/<SiteDistribution\w+\.DomainName>$/;

describe('Transactions API', () => {
  let dev: BuiltStack;
  let prod: BuiltStack;
  beforeAll(() => {
    dev = buildStack({ siteDir: null });
    prod = buildStack({ stage: 'prod', siteDir: null, config: { apiAuthHeader: 'auth' } });
  });

  describe('Cognito authorizer', () => {
    it('is a COGNITO_USER_POOLS authorizer on the stack user pool reading Authorization', () => {
      const authorizer = onlyResource(dev.template, 'AWS::ApiGateway::Authorizer');
      expect(authorizer['Type']).toBe('COGNITO_USER_POOLS');
      expect(authorizer['IdentitySource']).toBe('method.request.header.Authorization');
      expect(authorizer['ProviderARNs']).toEqual([
        { 'Fn::GetAtt': [expect.stringMatching(/^AuthUserPool/), 'Arn'] },
      ]);
    });

    it('reads the configured header', () => {
      const authorizer = onlyResource(prod.template, 'AWS::ApiGateway::Authorizer');
      expect(authorizer['IdentitySource']).toBe('method.request.header.auth');
    });

    it("pins the token's aud to the app client", () => {
      const authorizer = onlyResource(dev.template, 'AWS::ApiGateway::Authorizer');
      expect(flatten(authorizer['IdentityValidationExpression'])).toMatch(
        /^\^<AuthUserPoolSpaClient\w+>\$$/,
      );
    });
  });

  describe('Lambda', () => {
    const handlerOf = (built: BuiltStack): Record<string, unknown> =>
      functionNamed(built.template, 'ApiHandler');

    it('runs on Node.js 22 with structured JSON logs', () => {
      const fn = handlerOf(dev);
      expect(fn['Runtime']).toBe('nodejs22.x');
      expect(fn['Handler']).toBe('index.handler');
      expect(fn['LoggingConfig']).toMatchObject({ LogFormat: 'JSON' });
    });

    it('gets the table, issuer, client and allowed origins in its environment', () => {
      const env = (handlerOf(dev)['Environment'] as { Variables: Record<string, unknown> })
        .Variables;
      expect(env['TABLE_NAME']).toEqual({ Ref: expect.stringMatching(/^Table/) });
      expect(env['EXPECTED_ISSUER']).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^AuthUserPool/), 'ProviderURL'],
      });
      expect(env['EXPECTED_CLIENT_ID']).toEqual({
        Ref: expect.stringMatching(/^AuthUserPoolSpaClient/),
      });
      const origins = flatten(env['ALLOWED_ORIGINS']).split(',');
      expect(origins[0]).toMatch(siteOrigin);
      expect(origins.slice(1)).toEqual(['http://localhost:5173']);
      expect(env['POWERTOOLS_SERVICE_NAME']).toBe('transactions-api');
    });

    it('allows only the site origin in production', () => {
      const env = (handlerOf(prod)['Environment'] as { Variables: Record<string, unknown> })
        .Variables;
      expect(flatten(env['ALLOWED_ORIGINS'])).toMatch(siteOrigin);
    });

    it('may touch only its table and index, with data-plane actions and no Scan', () => {
      const statements = resourcesOfType(dev.template, 'AWS::IAM::Policy')
        .filter(([id]) => id.startsWith('ApiHandlerRole'))
        .flatMap(
          ([, p]) => (p['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement,
        );
      const dynamo = statements.filter((s) => JSON.stringify(s['Action']).includes('dynamodb:'));
      expect(dynamo).toHaveLength(1);
      expect(dynamo[0]!['Action']).toEqual([...tableActions]);
      expect(JSON.stringify(dynamo[0]!['Action'])).not.toMatch(/Scan|\*/);
      expect((dynamo[0]!['Resource'] as unknown[]).map(flatten)).toEqual([
        expect.stringMatching(/^<Table\w+\.Arn>$/),
        expect.stringMatching(/^<Table\w+\.Arn>\/index\/byDate$/),
      ]);
      const logs = statements.filter((s) => JSON.stringify(s['Action']).includes('logs:'));
      expect(logs.map((s) => flatten(s['Resource']))).toEqual([
        expect.stringMatching(/^<ApiHandlerLogs\w+\.Arn>$/),
      ]);
    });

    it('has no managed policies on its role', () => {
      const [, role] = resourcesOfType(dev.template, 'AWS::IAM::Role').find(([id]) =>
        id.startsWith('ApiHandlerRole'),
      )!;
      expect(role['ManagedPolicyArns']).toBeUndefined();
    });

    it('keeps its logs for a bounded time', () => {
      dev.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
      prod.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    });
  });

  describe('gateway responses', () => {
    it.each(['UNAUTHORIZED', 'DEFAULT_4XX', 'DEFAULT_5XX'])(
      '%s carries CORS headers so the SPA can read it',
      (type) => {
        const response = resourcesOfType(prod.template, 'AWS::ApiGateway::GatewayResponse').find(
          ([, r]) => r['ResponseType'] === type,
        );
        expect(response).toBeDefined();
        const headers = response![1]['ResponseParameters'] as Record<string, unknown>;
        expect(flatten(headers['gatewayresponse.header.Access-Control-Allow-Origin'])).toMatch(
          /^'https:\/\/<SiteDistribution\w+\.DomainName>'$/,
        );
        expect(headers['gatewayresponse.header.Access-Control-Allow-Headers']).toBe(
          "'Content-Type,auth,Idempotency-Key'",
        );
      },
    );

    it('uses * only when dev also allows localhost', () => {
      const origins = resourcesOfType(dev.template, 'AWS::ApiGateway::GatewayResponse').map(
        ([, r]) =>
          (r['ResponseParameters'] as Record<string, unknown>)[
            'gatewayresponse.header.Access-Control-Allow-Origin'
          ],
      );
      expect(origins).toEqual(["'*'", "'*'", "'*'"]);
    });
  });

  describe('CORS preflight', () => {
    it('allows the site and localhost origins, the route methods and the auth header', () => {
      const preflight = resourcesOfType(dev.template, 'AWS::ApiGateway::Method').find(
        ([, m]) => m['HttpMethod'] === 'OPTIONS',
      )![1];
      const integration = JSON.stringify(preflight['Integration']);
      expect(integration).toContain('http://localhost:5173');
      expect(integration).toContain("'GET,POST,PUT,DELETE,OPTIONS'");
      expect(integration).toContain('Authorization');
      expect(preflight['AuthorizationType']).toBe('NONE');
    });
  });

  describe('stage', () => {
    it('throttles, writes JSON access logs and never logs request data', () => {
      dev.template.hasResourceProperties('AWS::ApiGateway::Stage', {
        StageName: 'dev',
        AccessLogSetting: {
          DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiAccessLogs'), 'Arn'] },
          Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
        },
        MethodSettings: [
          Match.objectLike({
            HttpMethod: '*',
            ResourcePath: '/*',
            ThrottlingRateLimit: 20,
            ThrottlingBurstLimit: 40,
            LoggingLevel: 'ERROR',
            DataTraceEnabled: false,
          }),
        ],
      });
      prod.template.hasResourceProperties('AWS::ApiGateway::Stage', {
        StageName: 'prod',
        MethodSettings: [Match.objectLike({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 })],
      });
    });
  });
});
