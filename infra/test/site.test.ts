import { beforeAll, describe, expect, it } from 'vitest';
import { runtimeConfigKeys } from '../../contract/runtime-config';
import { immutableCacheControl } from '../lib/site-content';
import type { BuiltStack } from './build-stack';
import { buildStack, flatten, onlyResource, resourcesOfType } from './build-stack';

interface Behavior {
  PathPattern?: string;
  FunctionAssociations?: { EventType: string; FunctionARN: unknown }[];
  ViewerProtocolPolicy: string;
  CachePolicyId: unknown;
  ResponseHeadersPolicyId: unknown;
}

describe('static site', () => {
  let built: BuiltStack;
  let config: Record<string, unknown>;
  beforeAll(() => {
    built = buildStack();
    config = onlyResource(built.template, 'AWS::CloudFront::Distribution')[
      'DistributionConfig'
    ] as Record<string, unknown>;
  });

  describe('bucket', () => {
    it('is private, encrypted and refuses plain HTTP', () => {
      built.template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
      });
      const policy = JSON.stringify(onlyResource(built.template, 'AWS::S3::BucketPolicy'));
      expect(policy).toContain('"aws:SecureTransport":"false"');
    });

    it('is read by CloudFront through origin access control only', () => {
      built.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
        },
      });
      const origins = config['Origins'] as Record<string, unknown>[];
      expect(origins).toHaveLength(1);
      expect(origins[0]!['OriginAccessControlId']).toBeDefined();
      const policy = JSON.stringify(onlyResource(built.template, 'AWS::S3::BucketPolicy'));
      expect(policy).toContain('"Service":"cloudfront.amazonaws.com"');
      expect(policy).not.toContain('"Principal":"*","Action":"s3:GetObject"');
    });
  });

  describe('distribution', () => {
    it('rewrites SPA routes with a viewer-request function on the default (S3) behaviour only', () => {
      const fnId = Object.keys(built.template.findResources('AWS::CloudFront::Function'))[0];
      const main = config['DefaultCacheBehavior'] as Behavior;
      expect(main.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } },
      ]);
      const others = config['CacheBehaviors'] as Behavior[];
      expect(others.map((b) => b.PathPattern)).toEqual(['/assets/*']);
      for (const b of others) expect(b.FunctionAssociations).toBeUndefined();
    });

    it('has no distribution-wide error responses', () => {
      expect(config['CustomErrorResponses']).toBeUndefined();
    });

    it('redirects HTTP to HTTPS and serves index.html at the root', () => {
      expect(config['DefaultRootObject']).toBe('index.html');
      const behaviors = [config['DefaultCacheBehavior'], ...(config['CacheBehaviors'] as [])];
      for (const b of behaviors as Behavior[]) {
        expect(b.ViewerProtocolPolicy).toBe('redirect-to-https');
      }
    });

    it('caches hashed assets with the managed optimized policy and revalidates the rest', () => {
      const [assets] = config['CacheBehaviors'] as Behavior[];
      expect(assets!.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6');
      built.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
        CachePolicyConfig: { MinTTL: 0, DefaultTTL: 0 },
      });
    });

    it('applies the security headers policy on every behaviour', () => {
      const policyId = Object.keys(
        built.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
      )[0];
      const behaviors = [config['DefaultCacheBehavior'], ...(config['CacheBehaviors'] as [])];
      for (const b of behaviors as Behavior[]) {
        expect(b.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      }
    });
  });

  describe('security headers', () => {
    let headers: Record<string, Record<string, unknown>>;
    let csp: string;
    beforeAll(() => {
      const policy = onlyResource(built.template, 'AWS::CloudFront::ResponseHeadersPolicy');
      headers = (policy['ResponseHeadersPolicyConfig'] as Record<string, unknown>)[
        'SecurityHeadersConfig'
      ] as Record<string, Record<string, unknown>>;
      csp = flatten(headers['ContentSecurityPolicy']!['ContentSecurityPolicy']);
    });

    it('sends HSTS for a year with subdomains, nosniff, DENY framing and a referrer policy', () => {
      expect(headers['StrictTransportSecurity']).toMatchObject({
        AccessControlMaxAgeSec: 31536000,
        IncludeSubdomains: true,
        Override: true,
      });
      expect(headers['ContentTypeOptions']).toEqual({ Override: true });
      expect(headers['FrameOptions']).toEqual({ FrameOption: 'DENY', Override: true });
      expect(headers['ReferrerPolicy']).toEqual({
        ReferrerPolicy: 'strict-origin-when-cross-origin',
        Override: true,
      });
    });

    it('allows scripts from the site only, never inline', () => {
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
    });

    it('connects to exactly the site, the Cognito domain, the issuer, the User Pools JSON API and the API', () => {
      const connect = /connect-src ([^;]*)/.exec(csp)![1]!.split(' ');
      expect(connect).toEqual([
        "'self'",
        expect.stringMatching(
          /^https:\/\/<AuthUserPoolDomain\w+>\.auth\.eu-west-1\.amazoncognito\.com$/,
        ),
        expect.stringMatching(/^<AuthUserPool\w+\.ProviderURL>\/$/),
        // Profile's UpdateUserAttributes (issue 15).
        'https://cognito-idp.eu-west-1.<AWS::URLSuffix>',
        expect.stringMatching(/^https:\/\/<Api\w+>\.execute-api\.eu-west-1\.<AWS::URLSuffix>$/),
      ]);
    });

    it('lets forms go to the site and the Cognito domain only', () => {
      const formAction = /form-action ([^;]*)/.exec(csp)![1]!.split(' ');
      expect(formAction).toEqual([
        "'self'",
        expect.stringMatching(/^https:\/\/<AuthUserPoolDomain\w+>\.auth\./),
      ]);
    });
  });

  describe('content', () => {
    const deployments = (): Record<string, unknown>[] =>
      resourcesOfType(built.template, 'Custom::CDKBucketDeployment').map(([, p]) => p);

    it('uploads hashed assets cached for a year, immutable, and never prunes old ones', () => {
      const assets = deployments().find((d) => d['DestinationBucketKeyPrefix'] === 'assets/');
      expect(assets).toMatchObject({
        SystemMetadata: { 'cache-control': immutableCacheControl },
        Prune: false,
      });
    });

    it('uploads index.html and config.json as no-cache after the assets, then invalidates', () => {
      const [pagesId, pages] = resourcesOfType(built.template, 'Custom::CDKBucketDeployment').find(
        ([, d]) => d['DestinationBucketKeyPrefix'] === undefined,
      )!;
      expect(pages).toMatchObject({
        SystemMetadata: { 'cache-control': 'no-cache' },
        Prune: false,
        DistributionPaths: ['/*'],
      });
      const [assetsId] = resourcesOfType(built.template, 'Custom::CDKBucketDeployment').find(
        ([, d]) => d['DestinationBucketKeyPrefix'] === 'assets/',
      )!;
      const dependsOn = built.template.toJSON()['Resources'][pagesId].DependsOn as string[];
      expect(dependsOn).toEqual(
        expect.arrayContaining([expect.stringMatching(assetsId.slice(0, 20))]),
      );
    });

    it('writes config.json from the stack outputs, key for key', () => {
      const pages = deployments().find((d) => d['DestinationBucketKeyPrefix'] === undefined)!;
      const markers = (pages['SourceMarkers'] as Record<string, unknown>[])[1]!;
      const values = Object.values(markers).map(flatten);
      expect(values).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^<AuthUserPool\w+>$/),
          expect.stringMatching(/^<AuthUserPoolSpaClient\w+>$/),
          expect.stringMatching(/^<Api\w+>$/),
        ]),
      );
      expect(built.stack.runtimeConfig).toMatchObject({
        apiAuthHeader: 'Authorization',
        scopes:
          'openid email profile aws.cognito.signin.user.admin transactions/read transactions/write',
      });
      expect(Object.keys(built.stack.runtimeConfig).sort()).toEqual([...runtimeConfigKeys].sort());
    });

    it('names one stack output after every config key', () => {
      const outputs = built.template.toJSON()['Outputs'] as Record<string, unknown>;
      for (const key of runtimeConfigKeys) expect(outputs[key]).toBeDefined();
      expect(flatten((outputs['redirectUri'] as { Value: unknown }).Value)).toMatch(
        /^https:\/\/<SiteDistribution\w+\.DomainName>\/callback$/,
      );
      expect(flatten((outputs['apiUrl'] as { Value: unknown }).Value)).toMatch(
        /^https:\/\/<Api\w+>\.execute-api\.eu-west-1\.<AWS::URLSuffix>\/dev$/,
      );
    });

    it('creates the site without uploading anything when there is no build', () => {
      const bare = buildStack({ siteDir: null });
      bare.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
      bare.template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    });
  });
});
