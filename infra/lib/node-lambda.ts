// The one way this app builds a Node.js Lambda (the API handler and the Lambda authorizer):
// Node 22 on arm64, bundled from a repo entry by the local esbuild as ESM (or prebuilt code in
// template tests), with its own log group and an explicit role instead of the managed
// basic-execution policy: it may write to its own log group and nothing else until the caller
// grants more.
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';
import { esmBundling } from './esm-bundling';

export interface NodeLambdaProps {
  /** Absolute path of the entry (exporting `handler`), bundled by the local esbuild. */
  readonly entry: string;
  /** Prebuilt code used instead of bundling `entry` (template tests, to skip esbuild). */
  readonly code?: lambda.Code;
  /** Repository root: esbuild resolves the entry's dependencies from here. */
  readonly projectRoot: string;
  readonly depsLockFilePath: string;
  /** What the role is for, shown in IAM. */
  readonly roleDescription: string;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly environment: Readonly<Record<string, string>>;
  readonly memorySize: number;
  readonly timeout: Duration;
}

export interface NodeLambda {
  readonly fn: nodejs.NodejsFunction;
  readonly role: iam.Role;
}

/** Creates `{id}Logs`, `{id}Role` and the function `{id}` in `scope`, with the shared settings. */
export function createNodeLambda(scope: Construct, id: string, props: NodeLambdaProps): NodeLambda {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    retention: props.logRetention,
    removalPolicy: props.removalPolicy,
  });
  const role = new iam.Role(scope, `${id}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: props.roleDescription,
  });
  logGroup.grantWrite(role);
  const fn = new nodejs.NodejsFunction(scope, id, {
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
    memorySize: props.memorySize,
    timeout: props.timeout,
    role,
    logGroup,
    loggingFormat: lambda.LoggingFormat.JSON,
    environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    bundling: esmBundling,
  });
  return { fn, role };
}
