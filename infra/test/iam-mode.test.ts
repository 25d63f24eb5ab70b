// apiAuthorization IAM: the identity pool, its authenticated role (trust and the one policy from
// api/api-invoke-policy.ts), AWS_IAM methods, SigV4 headers through CORS, and the config.json
// keys only this mode has. cognito mode's template is held by the other test files.
import type { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiInvokePolicy } from '../../api/api-invoke-policy';
import { iamRuntimeConfigKeys, runtimeConfigKeys } from '../../contract/runtime-config';
import { sigV4Headers } from '../lib/transactions-api';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, onlyResource, resourcesOfType } from './build-stack';

type Statement = Record<string, unknown>;
type Document = { Statement: Statement[] };

describe('apiAuthorization IAM', () => {
  let iam: BuiltStack;
  let cognito: BuiltStack;
  beforeAll(() => {
    iam = buildStack({ config: { apiAuth: 'iam' } });
    cognito = buildStack({ siteDir: null });
  });

  const logicalId = (built: BuiltStack, element: unknown) =>
    built.stack.getLogicalId(element as CfnElement);
  const authenticatedRoleId = () =>
    logicalId(iam, iam.stack.identityPool!.identityPool.authenticatedRole.node.defaultChild);

  describe('identity pool', () => {
    it('takes only the stack user pool app client, with the server-side token check, no guests', () => {
      const pool = onlyResource(iam.template, 'AWS::Cognito::IdentityPool');
      expect(pool['IdentityPoolName']).toBe('transactions-dev');
      expect(pool['AllowUnauthenticatedIdentities']).toBe(false);
      expect(pool['AllowClassicFlow']).toBe(false);
      const providers = pool['CognitoIdentityProviders'] as Record<string, unknown>[];
      expect(providers).toHaveLength(1);
      expect(flatten(providers[0]!['ClientId'])).toMatch(/^<AuthUserPoolSpaClient\w+>$/);
      expect(flatten(providers[0]!['ProviderName'])).toMatch(
        /^cognito-idp\.eu-west-1\.<AWS::URLSuffix>\/<AuthUserPool\w+>$/,
      );
      expect(providers[0]!['ServerSideTokenCheck']).toBe(true);
    });

    it('attaches the authenticated role', () => {
      const attachment = onlyResource(iam.template, 'AWS::Cognito::IdentityPoolRoleAttachment');
      const roles = attachment['Roles'] as Record<string, unknown>;
      expect(flatten(roles['authenticated'])).toBe(`<${authenticatedRoleId()}.Arn>`);
    });

    it('is absent in cognito mode, and so are its keys', () => {
      cognito.template.resourceCountIs('AWS::Cognito::IdentityPool', 0);
      expect(cognito.stack.runtimeConfig.identityPoolId).toBeUndefined();
      const outputs = cognito.template.toJSON()['Outputs'] as Record<string, unknown>;
      for (const key of iamRuntimeConfigKeys) expect(outputs[key]).toBeUndefined();
    });
  });

  describe('authenticated role', () => {
    const role = () =>
      resourcesOfType(iam.template, 'AWS::IAM::Role').find(
        ([id]) => id === authenticatedRoleId(),
      )![1];

    it('trusts only cognito-identity.amazonaws.com, for this pool and signed-in identities', () => {
      const trust = role()['AssumeRolePolicyDocument'] as Document;
      expect(trust.Statement).toHaveLength(1);
      const [statement] = trust.Statement;
      const poolId = logicalId(iam, iam.stack.identityPool!.identityPool.node.defaultChild);
      expect(statement).toEqual({
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': { Ref: poolId } },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
      });
    });

    it('has apiInvokePolicy as its only policy: execute-api:Invoke on this API stage methods', () => {
      expect(role()['ManagedPolicyArns']).toBeUndefined();
      expect(role()['Policies']).toBeUndefined();
      const policies = resourcesOfType(iam.template, 'AWS::IAM::Policy').filter(([, p]) =>
        (p['Roles'] as unknown[]).some((r) => flatten(r) === `<${authenticatedRoleId()}>`),
      );
      expect(policies).toHaveLength(1);
      const apiId = `<${logicalId(iam, iam.stack.node.findChild('Api').node.findChild('Api').node.defaultChild)}>`;
      const expected = apiInvokePolicy({
        region: 'eu-west-1',
        accountId: '123456789012',
        apiId,
        stage: 'dev',
      });
      const document = policies[0]![1]['PolicyDocument'] as Document;
      expect(
        document.Statement.map((s) => ({
          Effect: s['Effect'],
          Action: s['Action'],
          Resource: (s['Resource'] as unknown[]).map(flatten),
        })),
      ).toEqual(expected.Statement);
      expect(expected.Statement[0]!.Resource.length).toBeGreaterThan(3);
    });

    it('leaves the (unused: guests are off) unauthenticated role without any permission', () => {
      const unauthenticated = iam.stack.identityPool!.identityPool.unauthenticatedRole;
      const id = logicalId(iam, unauthenticated.node.defaultChild);
      const policies = resourcesOfType(iam.template, 'AWS::IAM::Policy').filter(([, p]) =>
        (p['Roles'] as unknown[]).some((r) => flatten(r) === `<${id}>`),
      );
      expect(policies).toHaveLength(0);
      const [, props] = resourcesOfType(iam.template, 'AWS::IAM::Role').find(
        ([rid]) => rid === id,
      )!;
      expect(props['ManagedPolicyArns']).toBeUndefined();
    });
  });

  describe('methods and CORS', () => {
    it('makes every route method AWS_IAM, with no Cognito authorizer left', () => {
      const methods = resourcesOfType(iam.template, 'AWS::ApiGateway::Method');
      const routes = methods.filter(([, m]) => m['HttpMethod'] !== 'OPTIONS');
      expect(routes.length).toBeGreaterThan(3);
      for (const [, method] of routes) {
        expect(method['AuthorizationType']).toBe('AWS_IAM');
        expect(method['AuthorizerId']).toBeUndefined();
      }
      iam.template.resourceCountIs('AWS::ApiGateway::Authorizer', 0);
    });

    it('lets the preflight, still unauthenticated, allow the SigV4 headers', () => {
      const preflight = resourcesOfType(iam.template, 'AWS::ApiGateway::Method').find(
        ([, m]) => m['HttpMethod'] === 'OPTIONS',
      )![1];
      expect(preflight['AuthorizationType']).toBe('NONE');
      const integration = JSON.stringify(preflight['Integration']);
      for (const header of sigV4Headers) expect(integration).toContain(header);
      const cognitoPreflight = JSON.stringify(
        resourcesOfType(cognito.template, 'AWS::ApiGateway::Method').find(
          ([, m]) => m['HttpMethod'] === 'OPTIONS',
        )![1]['Integration'],
      );
      expect(cognitoPreflight).not.toContain('X-Amz-Security-Token');
    });

    it('lets the gateway own 403s carry CORS, the SigV4 headers and a readable error type', () => {
      const responses = resourcesOfType(iam.template, 'AWS::ApiGateway::GatewayResponse');
      const default4xx = responses.find(([, r]) => r['ResponseType'] === 'DEFAULT_4XX')![1];
      const headers = default4xx['ResponseParameters'] as Record<string, string>;
      expect(headers['gatewayresponse.header.Access-Control-Allow-Headers']).toBe(
        `'Content-Type,Authorization,Idempotency-Key,${sigV4Headers.join(',')}'`,
      );
      expect(headers['gatewayresponse.header.Access-Control-Expose-Headers']).toBe(
        "'x-amzn-ErrorType,x-amzn-RequestId'",
      );
    });
  });

  describe('config.json', () => {
    it('carries apiAuth iam, the identity pool id and the regional identity endpoint', () => {
      const config = iam.stack.runtimeConfig;
      expect(config.apiAuth).toBe('iam');
      expect(flatten(iam.stack.resolve(config.identityPoolId))).toMatch(/^<IdentityPool\w+>$/);
      expect(flatten(iam.stack.resolve(config.identityEndpoint))).toBe(
        'https://cognito-identity.eu-west-1.<AWS::URLSuffix>',
      );
      expect(Object.keys(config).sort()).toEqual(
        [...runtimeConfigKeys, ...iamRuntimeConfigKeys].sort(),
      );
    });

    it('names one stack output after every key, the iam-only ones included', () => {
      const outputs = iam.template.toJSON()['Outputs'] as Record<string, { Value: unknown }>;
      for (const key of [...runtimeConfigKeys, ...iamRuntimeConfigKeys]) {
        expect(outputs[key]).toBeDefined();
      }
      expect(flatten(outputs['identityPoolId']!.Value)).toMatch(/^<IdentityPool\w+>$/);
    });

    it('lets the site talk to the identity endpoint (CSP connect-src)', () => {
      const policy = onlyResource(iam.template, 'AWS::CloudFront::ResponseHeadersPolicy');
      const config = policy['ResponseHeadersPolicyConfig'] as Record<string, unknown>;
      const security = config['SecurityHeadersConfig'] as Record<string, Record<string, unknown>>;
      const csp = flatten(security['ContentSecurityPolicy']!['ContentSecurityPolicy']);
      expect(csp).toMatch(
        /connect-src [^;]* https:\/\/cognito-identity\.eu-west-1\.<AWS::URLSuffix>(;|$)/,
      );
    });
  });

  it('passes cdk-nag in prod, acknowledging only the AWS_IAM methods and the {id} wildcards', () => {
    expect(() =>
      buildStack({ stage: 'prod', siteDir: null, nag: true, config: { apiAuth: 'iam' } }),
    ).not.toThrow();
  });

  it('passes cdk-nag without account and region too, as npm run synth builds it', () => {
    expect(() =>
      buildStack({ siteDir: null, nag: true, envAgnostic: true, config: { apiAuth: 'iam' } }),
    ).not.toThrow();
  });
});
