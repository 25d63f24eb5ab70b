// One stage of the product on AWS: user pool + hosted UI, the Transactions API with its
// Cognito authorizer, the table, and the SPA's S3 + CloudFront site with its config.json.
// Stack outputs are named after the runtime-config keys.

import { CfnOutput, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { join } from 'node:path';
import { routeTable } from '../../api/route-table';
import type { RouteDefinition } from '../../api/route-table';
import { defaultTableName, transactionsTableSchema } from '../../api/store/table-schema';
import { identityPoolDefinition } from '../../contract/identity-pool-definition';
import {
  defaultScopes,
  iamRuntimeConfigKeys,
  runtimeConfigKeys,
} from '../../contract/runtime-config';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { ApiIdentityPool } from './api-identity-pool';
import { buildContentSecurityPolicy } from './content-security-policy';
import { acknowledgeNagFindings } from './nag-acknowledgements';
import { SiteContent } from './site-content';
import { repoRoot } from './repo-root';
import { localDevOrigin } from './stage-config';
import type { StageConfig, StageName } from './stage-config';
import { StaticSite } from './static-site';
import { TransactionsApi } from './transactions-api';
import { createTransactionsTable } from './transactions-table';
import { callbackPath, signedOutPath, UserPoolAuth } from './user-pool-auth';
import { UserPoolTriggers } from './user-pool-triggers';

export { repoRoot };
export const defaultApiEntry = join(repoRoot, 'api', 'handler.ts');
export const defaultAuthorizerEntry = join(repoRoot, 'authorizer', 'handler.ts');

export interface TransactionsStackProps extends StackProps {
  readonly config: StageConfig;
  /** SPA build to upload with config.json; omitted: the site is created but left empty. */
  readonly siteDir?: string;
  /** Lambda entry; defaults to api/handler.ts. */
  readonly apiEntry?: string;
  /** Prebuilt Lambda code instead of bundling the entry (template tests). */
  readonly apiCode?: lambda.Code;
  /** apiAuth lambda: prebuilt authorizer code instead of bundling authorizer/handler.ts. */
  readonly authorizerCode?: lambda.Code;
  /** Prebuilt code for the Cognito triggers instead of bundling their files (template tests). */
  readonly triggerCode?: lambda.Code;
  /** Routes to deploy; defaults to api/route-table.ts (tests pass a changed table). */
  readonly routes?: readonly RouteDefinition[];
}

interface StageSettings {
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  readonly logRetention: logs.RetentionDays;
  readonly throttling: { readonly rateLimit: number; readonly burstLimit: number };
  /** USER_PASSWORD_AUTH lets docs/deploying.md get a token with the AWS CLI. */
  readonly allowPasswordAuth: boolean;
}

export const stageSettings: Readonly<Record<StageName, StageSettings>> = {
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: logs.RetentionDays.ONE_WEEK,
    throttling: { rateLimit: 20, burstLimit: 40 },
    allowPasswordAuth: true,
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: logs.RetentionDays.THREE_MONTHS,
    throttling: { rateLimit: 100, burstLimit: 200 },
    allowPasswordAuth: false,
  },
};

export { stackName } from './stack-name';

export class TransactionsStack extends Stack {
  readonly runtimeConfig: RuntimeConfig;
  /** apiAuthorization IAM only: the identity pool and its authenticated role's policy. */
  readonly identityPool: ApiIdentityPool | undefined;

  constructor(scope: Construct, id: string, props: TransactionsStackProps) {
    super(scope, id, props);
    const { config } = props;
    const settings = stageSettings[config.stage];

    const table = createTransactionsTable(this, 'Table', {
      tableName: `${defaultTableName}-${config.stage}`,
      schema: transactionsTableSchema,
      removalPolicy: settings.removalPolicy,
      deletionProtection: settings.deletionProtection,
    });

    // The client's URLs need the distribution, and the distribution's CSP needs the pool and
    // the API: the CSP is filled in lazily once those exist (no deploy-time cycle: the CSP
    // refers to the pool, its domain and the RestApi id, none of which refer back).
    const csp: { value?: string } = {};
    const site = new StaticSite(this, 'Site', {
      stageName: config.stage,
      removalPolicy: settings.removalPolicy,
      contentSecurityPolicy: Lazy.string({
        produce: () => {
          if (!csp.value) throw new Error('CSP requested before it was built');
          return csp.value;
        },
      }),
    });
    const appOrigins = config.allowLocalhost ? [site.url, localDevOrigin] : [site.url];

    const userPoolAuth = new UserPoolAuth(this, 'Auth', {
      userPoolName: `transactions-${config.stage}`,
      domainPrefix: config.domainPrefix,
      appOrigins,
      allowPasswordAuth: settings.allowPasswordAuth,
      removalPolicy: settings.removalPolicy,
      deletionProtection: settings.deletionProtection,
      mfaEmailFrom: config.mfaEmailFrom,
      identityProvider: config.identityProvider,
    });

    const triggers = new UserPoolTriggers(this, 'Triggers', {
      userPool: userPoolAuth.userPool,
      table,
      signUpAllowedDomains: config.signUpAllowedDomains,
      signUpAutoConfirmDomains: config.signUpAutoConfirmDomains,
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'package-lock.json'),
      ...(props.triggerCode ? { code: props.triggerCode } : {}),
      logRetention: settings.logRetention,
      removalPolicy: settings.removalPolicy,
    });

    const routes = props.routes ?? routeTable;
    const api = new TransactionsApi(this, 'Api', {
      stageName: config.stage,
      routes,
      entry: props.apiEntry ?? defaultApiEntry,
      ...(props.apiCode ? { code: props.apiCode } : {}),
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'package-lock.json'),
      table,
      indexNames: transactionsTableSchema.localSecondaryIndexes.map((i) => i.indexName),
      userPool: userPoolAuth.userPool,
      client: userPoolAuth.client,
      authHeader: config.apiAuthHeader,
      apiAuth: config.apiAuth,
      apiToken: config.apiToken,
      authorizerEntry: defaultAuthorizerEntry,
      ...(props.authorizerCode ? { authorizerCode: props.authorizerCode } : {}),
      authorizerCacheSeconds: config.authorizerCacheSeconds,
      allowedOrigins: appOrigins,
      throttling: settings.throttling,
      logRetention: settings.logRetention,
      removalPolicy: settings.removalPolicy,
    });

    this.identityPool =
      config.apiAuth === 'iam'
        ? new ApiIdentityPool(this, 'Identity', {
            definition: identityPoolDefinition,
            stageName: config.stage,
            userPool: userPoolAuth.userPool,
            client: userPoolAuth.client,
            apiId: api.api.restApiId,
            routes,
          })
        : undefined;

    csp.value = buildContentSecurityPolicy({
      cognitoDomain: userPoolAuth.domain.baseUrl(),
      issuer: userPoolAuth.userPool.userPoolProviderUrl,
      // The Profile page's UpdateUserAttributes (the issuer's host, any path).
      userPoolsApi: `https://cognito-idp.${this.region}.${this.urlSuffix}`,
      apiOrigin: api.origin,
      ...(this.identityPool ? { identityEndpoint: this.identityPool.endpoint } : {}),
    });

    this.runtimeConfig = {
      region: this.region,
      userPoolId: userPoolAuth.userPool.userPoolId,
      clientId: userPoolAuth.client.userPoolClientId,
      authority: userPoolAuth.userPool.userPoolProviderUrl,
      domain: userPoolAuth.domain.baseUrl(),
      redirectUri: `${site.url}${callbackPath}`,
      logoutUri: `${site.url}${signedOutPath}`,
      apiUrl: api.url,
      apiAuthHeader: config.apiAuthHeader,
      scopes: defaultScopes,
      apiAuth: config.apiAuth,
      apiToken: config.apiToken,
      ...(this.identityPool
        ? {
            identityPoolId: this.identityPool.identityPool.identityPoolId,
            identityEndpoint: this.identityPool.endpoint,
          }
        : {}),
      // Absent without a provider, so the default stage's config.json stays as it was.
      ...(userPoolAuth.identityProviderNames.length > 0
        ? { identityProviders: userPoolAuth.identityProviderNames }
        : {}),
    };
    const outputKeys = this.identityPool
      ? [...runtimeConfigKeys, ...iamRuntimeConfigKeys]
      : runtimeConfigKeys;
    for (const key of outputKeys) {
      const value = this.runtimeConfig[key];
      if (value === undefined) throw new Error(`runtime config ${key} has no value`);
      new CfnOutput(this, key, { value, description: `config.json ${key}` });
    }
    if (this.runtimeConfig.identityProviders) {
      // A list: the output holds it as config.json does, as JSON.
      new CfnOutput(this, 'identityProviders', {
        value: JSON.stringify(this.runtimeConfig.identityProviders),
        description: 'config.json identityProviders',
      });
    }
    new CfnOutput(this, 'siteUrl', { value: site.url, description: 'The SPA' });
    new CfnOutput(this, 'siteBucket', { value: site.bucket.bucketName });
    new CfnOutput(this, 'distributionId', { value: site.distribution.distributionId });

    if (props.siteDir) {
      new SiteContent(this, 'SiteContent', {
        siteDir: props.siteDir,
        bucket: site.bucket,
        distribution: site.distribution,
        runtimeConfig: this.runtimeConfig,
      });
    }

    acknowledgeNagFindings({
      stack: this,
      auth: userPoolAuth,
      api,
      site,
      identityPool: this.identityPool,
      triggers,
    });
  }
}
