// The Transactions API on AWS: one Lambda behind a REST API whose resources and methods come
// from api/route-table.ts (the same table the local gateway serves), guarded by a Cognito
// User Pools authorizer that reads the configured header and pins `aud` to the app client.

import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../api/route-table';
import { esmBundling } from './esm-bundling';

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

export class TransactionsApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly handler: nodejs.NodejsFunction;
  readonly authorizer: apigateway.CfnAuthorizer;
  /** `https://{id}.execute-api.{region}.{suffix}` (no path), for the site's CSP. */
  readonly origin: string;
  /** Base URL of the stage, without a trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: TransactionsApiProps) {
    super(scope, id);
    const stack = Stack.of(this);

    const functionLogs = new logs.LogGroup(this, 'HandlerLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // An explicit role instead of the managed basic-execution policy: it may write to its
    // own log group and nothing else.
    const role = new iam.Role(this, 'HandlerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Transactions API handler: its log group and its table only',
    });
    functionLogs.grantWrite(role);
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: [...tableActions],
        resources: [
          props.table.tableArn,
          ...props.indexNames.map((name) => `${props.table.tableArn}/index/${name}`),
        ],
      }),
    );

    this.handler = new nodejs.NodejsFunction(this, 'Handler', {
      ...(props.code
        ? { code: props.code, handler: 'index.handler' }
        : {
            entry: props.entry,
            handler: 'handler',
            projectRoot: props.projectRoot,
            depsLockFilePath: props.depsLockFilePath,
          }),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      role,
      logGroup: functionLogs,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: {
        TABLE_NAME: props.table.tableName,
        EXPECTED_ISSUER: props.userPool.userPoolProviderUrl,
        EXPECTED_CLIENT_ID: props.client.userPoolClientId,
        ALLOWED_ORIGINS: props.allowedOrigins.join(','),
        POWERTOOLS_SERVICE_NAME: serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: esmBundling,
    });

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
        allowHeaders: ['Content-Type', props.authHeader, 'Idempotency-Key'],
        maxAge: Duration.hours(1),
      },
    });

    this.authorizer = new apigateway.CfnAuthorizer(this, 'CognitoAuthorizer', {
      restApiId: this.api.restApiId,
      name: 'cognito-user-pool',
      type: 'COGNITO_USER_POOLS',
      providerArns: [props.userPool.userPoolArn],
      identitySource: `method.request.header.${props.authHeader}`,
      // For Cognito authorizers API Gateway matches this against the token's `aud`: only ID
      // tokens of this app client pass (cognito-behavior §8.1). The Lambda re-checks anyway.
      identityValidationExpression: `^${props.client.userPoolClientId}$`,
      authorizerResultTtlInSeconds: 300,
    });
    const authorizer: apigateway.IAuthorizer = {
      authorizerId: this.authorizer.ref,
      authorizationType: apigateway.AuthorizationType.COGNITO,
    };

    const integration = new apigateway.LambdaIntegration(this.handler, {
      proxy: true,
      allowTestInvoke: false,
    });
    for (const route of props.routes) {
      const resource = this.api.root.resourceForPath(route.path);
      resource.addMethod(
        route.method,
        integration,
        route.authorization === 'COGNITO_USER_POOLS'
          ? { authorizationType: apigateway.AuthorizationType.COGNITO, authorizer }
          : { authorizationType: apigateway.AuthorizationType.NONE },
      );
    }

    // Authorizer rejections and unknown routes come from API Gateway itself, not the Lambda;
    // without CORS headers the browser hides the 401 from the SPA (cognito-behavior §8.4).
    // A gateway response header is a fixed value: the site's origin, or `*` when localhost
    // is allowed too (dev only; the bodies are generic and the API uses no cookies).
    const allowOrigin = props.allowedOrigins.length === 1 ? siteOrigin : '*';
    const corsHeaders = {
      'Access-Control-Allow-Origin': `'${allowOrigin}'`,
      'Access-Control-Allow-Headers': `'Content-Type,${props.authHeader},Idempotency-Key'`,
      'Access-Control-Allow-Methods': `'${[...new Set(props.routes.map((r) => r.method)), 'OPTIONS'].join(',')}'`,
      Vary: "'Origin'",
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
