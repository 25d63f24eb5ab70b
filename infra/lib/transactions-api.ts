// The Transactions API on AWS: one Lambda behind a REST API whose resources and methods come
// from api/route-table.ts (the same table the local gateway serves), guarded by a Cognito
// User Pools authorizer that reads the configured header and pins `aud` to the app client, or
// (apiAuthorization IAM) by AWS_IAM: SigV4 with the identity pool's credentials, or
// (apiAuthorization LAMBDA) by the Lambda REQUEST authorizer of authorizer/handler.ts.

import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../api/route-table';
import { methodAuthorization, methodScopes } from '../../api/route-table';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import { LambdaAuthorizer } from './lambda-authorizer';
import { createNodeLambda } from './node-lambda';

export interface TransactionsApiProps {
  readonly stageName: string;
  readonly routes: readonly RouteDefinition[];
  /** Absolute path of the Lambda entry (api/handler.ts), bundled by the local esbuild. */
  readonly entry: string;
  /** Prebuilt code used instead of bundling `entry` (template tests, to skip esbuild). */
  readonly code?: lambda.Code;
  /** Repository root: esbuild resolves the handler's dependencies from here. */
  readonly projectRoot: string;
  readonly depsLockFilePath: string;
  readonly table: dynamodb.ITable;
  /** Index names the handler queries (least privilege: only these index ARNs are granted). */
  readonly indexNames: readonly string[];
  readonly userPool: cognito.UserPool;
  readonly client: cognito.IUserPoolClient;
  readonly authHeader: string;
  /** How signed-in routes are guarded (the stage config's apiAuthorization). */
  readonly apiAuth: ApiAuthMode;
  /**
   * Which token the Cognito methods take (the stage config's apiToken): `access` gives each
   * signed-in method its AuthorizationScopes from the route table (`methodScopes`).
   */
  readonly apiToken: ApiTokenMode;
  /** apiAuth lambda: absolute path of authorizer/handler.ts, or prebuilt code (template tests). */
  readonly authorizerEntry: string;
  readonly authorizerCode?: lambda.Code;
  /** apiAuth lambda: the authorizer's result cache TTL (stage config authorizerCacheSeconds). */
  readonly authorizerCacheSeconds: number;
  /** Browser origins allowed by CORS; the first one is the site. */
  readonly allowedOrigins: readonly string[];
  readonly throttling: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * DynamoDB data-plane actions the handler's store uses (Get, Query, and TransactWriteItems,
 * which IAM authorizes per Put/Update/Delete/ConditionCheck): no Scan, no table management.
 */
export const tableActions = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export const serviceName = 'transactions-api';

/** Headers a browser's SigV4-signed request carries (aws4fetch and the AWS SDKs). */
export const sigV4Headers = [
  'X-Amz-Date',
  'X-Amz-Security-Token',
  'X-Amz-Content-Sha256',
  'X-Amz-User-Agent',
] as const;

export class TransactionsApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly handler: nodejs.NodejsFunction;
  /** The authorizer guarding signed-in methods; none in iam mode, where IAM itself decides. */
  readonly authorizer: apigateway.IAuthorizer | undefined;
  /** apiAuth lambda only: the authorizer's construct (its function, for cdk-nag). */
  readonly lambdaAuthorizer?: LambdaAuthorizer;
  /** `https://{id}.execute-api.{region}.{suffix}` (no path), for the site's CSP. */
  readonly origin: string;
  /** Base URL of the stage, without a trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: TransactionsApiProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // A SigV4-signed request carries these besides the auth header; the preflight and the
    // gateway's own answers must allow them or the browser never sends the request.
    const allowHeaders = [
      'Content-Type',
      props.authHeader,
      'Idempotency-Key',
      ...(props.apiAuth === 'iam' ? sigV4Headers : []),
    ];

    const { fn, role } = createNodeLambda(this, 'Handler', {
      entry: props.entry,
      ...(props.code ? { code: props.code } : {}),
      projectRoot: props.projectRoot,
      depsLockFilePath: props.depsLockFilePath,
      memorySize: 512,
      timeout: Duration.seconds(10),
      roleDescription: 'Transactions API handler: its log group and its table only',
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        TABLE_NAME: props.table.tableName,
        EXPECTED_ISSUER: props.userPool.userPoolProviderUrl,
        EXPECTED_CLIENT_ID: props.client.userPoolClientId,
        ALLOWED_ORIGINS: props.allowedOrigins.join(','),
        API_AUTH: props.apiAuth,
        API_TOKEN: props.apiToken,
        POWERTOOLS_SERVICE_NAME: serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    this.handler = fn;
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: [...tableActions],
        resources: [
          props.table.tableArn,
          ...props.indexNames.map((name) => `${props.table.tableArn}/index/${name}`),
        ],
      }),
    );

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    const siteOrigin = props.allowedOrigins[0];
    if (!siteOrigin) throw new Error('TransactionsApi needs at least one allowed origin');

    this.api = new apigateway.RestApi(this, 'Api', {
      restApiName: `transactions-${props.stageName}`,
      description: 'Transactions API (routes from api/route-table.ts)',
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: props.stageName,
        throttlingRateLimit: props.throttling.rateLimit,
        throttlingBurstLimit: props.throttling.burstLimit,
        accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        // Full request/response logging would write tokens into CloudWatch.
        dataTraceEnabled: false,
        metricsEnabled: true,
      },
      // Preflight is a MOCK integration with no authorizer: browsers send it without the token.
      defaultCorsPreflightOptions: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: [...new Set(props.routes.map((r) => r.method)), 'OPTIONS'],
        allowHeaders,
        maxAge: Duration.hours(1),
      },
    });

    if (props.apiAuth === 'lambda') {
      this.lambdaAuthorizer = new LambdaAuthorizer(this, 'LambdaAuthorizer', {
        entry: props.authorizerEntry,
        ...(props.authorizerCode ? { code: props.authorizerCode } : {}),
        projectRoot: props.projectRoot,
        depsLockFilePath: props.depsLockFilePath,
        userPool: props.userPool,
        client: props.client,
        authHeader: props.authHeader,
        cacheSeconds: props.authorizerCacheSeconds,
        logRetention: props.logRetention,
        removalPolicy: props.removalPolicy,
      });
      this.authorizer = this.lambdaAuthorizer.authorizer;
    } else if (props.apiAuth === 'cognito') {
      const cognitoAuthorizer = new apigateway.CfnAuthorizer(this, 'CognitoAuthorizer', {
        restApiId: this.api.restApiId,
        name: 'cognito-user-pool',
        type: 'COGNITO_USER_POOLS',
        providerArns: [props.userPool.userPoolArn],
        identitySource: `method.request.header.${props.authHeader}`,
        // For Cognito authorizers API Gateway matches this against the token's `aud`: only ID
        // tokens of this app client pass (cognito-behavior §8.1). Access tokens carry no `aud`
        // and would all fail it, so access mode leaves it out; the Lambda re-checks `client_id`.
        ...(props.apiToken === 'id'
          ? { identityValidationExpression: `^${props.client.userPoolClientId}$` }
          : {}),
        authorizerResultTtlInSeconds: 300,
      });
      this.authorizer = {
        authorizerId: cognitoAuthorizer.ref,
        authorizationType: apigateway.AuthorizationType.COGNITO,
      };
    } else {
      this.authorizer = undefined;
    }
    const methodOptions = (route: RouteDefinition): apigateway.MethodOptions => {
      const type = methodAuthorization(route, props.apiAuth);
      if (type === 'NONE') return { authorizationType: apigateway.AuthorizationType.NONE };
      if (type === 'AWS_IAM') return { authorizationType: apigateway.AuthorizationType.IAM };
      if (!this.authorizer) throw new Error(`${route.method} ${route.path}: no ${type} authorizer`);
      // Scopes make API Gateway's Cognito authorizer take access tokens carrying one of them
      // and refuse ID tokens (cognito-behavior §8.2); none in id mode.
      const scopes = type === 'COGNITO_USER_POOLS' ? methodScopes(route, props.apiToken) : [];
      return {
        authorizationType: this.authorizer.authorizationType,
        authorizer: this.authorizer,
        ...(scopes.length > 0 ? { authorizationScopes: [...scopes] } : {}),
      };
    };

    const integration = new apigateway.LambdaIntegration(this.handler, {
      proxy: true,
      allowTestInvoke: false,
    });
    for (const route of props.routes) {
      const resource = this.api.root.resourceForPath(route.path);
      resource.addMethod(route.method, integration, methodOptions(route));
    }

    // Authorizer rejections and unknown routes come from API Gateway itself, not the Lambda;
    // without CORS headers the browser hides the 401 from the SPA (cognito-behavior §8.4).
    // A gateway response header is a fixed value: the site's origin, or `*` when localhost
    // is allowed too (dev only; the bodies are generic and the API uses no cookies).
    const allowOrigin = props.allowedOrigins.length === 1 ? siteOrigin : '*';
    const corsHeaders = {
      'Access-Control-Allow-Origin': `'${allowOrigin}'`,
      'Access-Control-Allow-Headers': `'${allowHeaders.join(',')}'`,
      'Access-Control-Allow-Methods': `'${[...new Set(props.routes.map((r) => r.method)), 'OPTIONS'].join(',')}'`,
      Vary: "'Origin'",
      // The SPA tells an expired-credentials 403 (renew and retry) by this header or its body.
      ...(props.apiAuth === 'iam'
        ? { 'Access-Control-Expose-Headers': "'x-amzn-ErrorType,x-amzn-RequestId'" }
        : {}),
    };
    const gatewayResponses: readonly [string, apigateway.ResponseType][] = [
      ['Unauthorized', apigateway.ResponseType.UNAUTHORIZED],
      ['Default4xx', apigateway.ResponseType.DEFAULT_4XX],
      ['Default5xx', apigateway.ResponseType.DEFAULT_5XX],
    ];
    for (const [name, type] of gatewayResponses) {
      this.api.addGatewayResponse(name, { type, responseHeaders: corsHeaders });
    }

    this.origin = `https://${this.api.restApiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
    this.url = `${this.origin}/${props.stageName}`;
  }
}
