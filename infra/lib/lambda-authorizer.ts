// apiAuth lambda on AWS: the REQUEST authorizer of authorizer/handler.ts (the file the local
// gateway runs in-process) as its own Lambda, with its own role and log group, verifying ID
// tokens of the pool's app client. API Gateway caches its answer per token for
// `cacheSeconds`: the authorizer returns a policy for the whole stage, so a cached answer is
// right for every method (see authorizer/build-policy.ts).
import { Duration } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { createNodeLambda } from './node-lambda';

export interface LambdaAuthorizerProps {
  /** Absolute path of authorizer/handler.ts. */
  readonly entry: string;
  readonly code?: lambda.Code;
  readonly projectRoot: string;
  readonly depsLockFilePath: string;
  readonly userPool: cognito.UserPool;
  readonly client: cognito.IUserPoolClient;
  /** The identity source: the header the SPA sends the ID token in. */
  readonly authHeader: string;
  /** authorizerResultTtlInSeconds, 0-3600 (0 = every request invokes the authorizer). */
  readonly cacheSeconds: number;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

export class LambdaAuthorizer extends Construct {
  readonly handler: nodejs.NodejsFunction;
  readonly authorizer: apigateway.RequestAuthorizer;

  constructor(scope: Construct, id: string, props: LambdaAuthorizerProps) {
    super(scope, id);
    const issuer = props.userPool.userPoolProviderUrl;

    this.handler = createNodeLambda(this, 'Function', {
      entry: props.entry,
      ...(props.code ? { code: props.code } : {}),
      projectRoot: props.projectRoot,
      depsLockFilePath: props.depsLockFilePath,
      // Its own log group and nothing else: the JWKS is public and read over HTTPS.
      roleDescription: 'Transactions API Lambda authorizer: its log group only',
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      memorySize: 256,
      // API Gateway gives a REST authorizer no documented limit below the integration's; a
      // cold start plus one JWKS download fits well inside this.
      timeout: Duration.seconds(10),
      environment: {
        TOKEN_ISSUER: issuer,
        JWKS_URI: `${issuer}/.well-known/jwks.json`,
        APP_CLIENT_ID: props.client.userPoolClientId,
        TOKEN_HEADER: props.authHeader,
      },
    }).fn;

    this.authorizer = new apigateway.RequestAuthorizer(this, 'Authorizer', {
      handler: this.handler,
      authorizerName: 'id-token-lambda',
      identitySources: [apigateway.IdentitySource.header(props.authHeader)],
      resultsCacheTtl: Duration.seconds(props.cacheSeconds),
    });
  }
}
