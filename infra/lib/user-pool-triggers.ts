// The user pool's Lambda triggers: one function per file the pool definition names
// (contract/user-pool-definition.ts), the same sources the emulator runs in-process, bundled
// like the API (esm-bundling.ts). Each has its own log group and a role that may write there
// and, for PostConfirmation, update the table's items. Pre-token generation is attached as
// V2_0 (access-token customization), which the pool's Essentials plan allows.

import { Duration } from 'aws-cdk-lib';
import type { RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import {
  triggerNames,
  userPoolDefinition,
  type TriggerName,
} from '../../contract/user-pool-definition';
import { esmBundling } from './esm-bundling';

export interface UserPoolTriggersProps {
  readonly userPool: cognito.UserPool;
  readonly table: dynamodb.ITable;
  /** SIGNUP_ALLOWED_DOMAINS / SIGNUP_AUTO_CONFIRM_DOMAINS for PreSignUp (comma lists). */
  readonly signUpAllowedDomains: string;
  readonly signUpAutoConfirmDomains: string;
  readonly projectRoot: string;
  readonly depsLockFilePath: string;
  /** Prebuilt code instead of bundling the files (template tests, to skip esbuild). */
  readonly code?: lambda.Code;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

const operations: Readonly<Record<TriggerName, cognito.UserPoolOperation>> = {
  PreSignUp: cognito.UserPoolOperation.PRE_SIGN_UP,
  PostConfirmation: cognito.UserPoolOperation.POST_CONFIRMATION,
  CustomMessage: cognito.UserPoolOperation.CUSTOM_MESSAGE,
  PreTokenGeneration: cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
};

const versions: Readonly<
  Record<(typeof userPoolDefinition)['preTokenGenerationVersion'], cognito.LambdaVersion>
> = {
  V1_0: cognito.LambdaVersion.V1_0,
  V2_0: cognito.LambdaVersion.V2_0,
};

/** The only table action PostConfirmation needs (one UpdateItem, see dynamodb-profile-store.ts). */
export const postConfirmationTableActions = ['dynamodb:UpdateItem'] as const;

export class UserPoolTriggers extends Construct {
  readonly functions: Readonly<Record<TriggerName, nodejs.NodejsFunction>>;

  constructor(scope: Construct, id: string, props: UserPoolTriggersProps) {
    super(scope, id);
    const environment: Readonly<Record<TriggerName, Record<string, string>>> = {
      PreSignUp: {
        SIGNUP_ALLOWED_DOMAINS: props.signUpAllowedDomains,
        SIGNUP_AUTO_CONFIRM_DOMAINS: props.signUpAutoConfirmDomains,
      },
      PostConfirmation: { TABLE_NAME: props.table.tableName },
      CustomMessage: {},
      PreTokenGeneration: {},
    };
    const entries = triggerNames.map((name) => {
      const logGroup = new logs.LogGroup(this, `${name}Logs`, {
        retention: props.logRetention,
        removalPolicy: props.removalPolicy,
      });
      const role = new iam.Role(this, `${name}Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `Cognito ${name} trigger: its log group${name === 'PostConfirmation' ? ' and profile items' : ''} only`,
      });
      logGroup.grantWrite(role);
      if (name === 'PostConfirmation')
        role.addToPolicy(
          new iam.PolicyStatement({
            actions: [...postConfirmationTableActions],
            resources: [props.table.tableArn],
          }),
        );
      const fn = new nodejs.NodejsFunction(this, name, {
        ...(props.code
          ? { code: props.code, handler: 'index.handler' }
          : {
              entry: join(props.projectRoot, userPoolDefinition.triggers[name]),
              handler: 'handler',
              projectRoot: props.projectRoot,
              depsLockFilePath: props.depsLockFilePath,
            }),
        runtime: lambda.Runtime.NODEJS_22_X,
        architecture: lambda.Architecture.ARM_64,
        memorySize: 256,
        // Cognito waits 5 s per attempt; a longer function timeout would only be cut off.
        timeout: Duration.seconds(5),
        role,
        logGroup,
        loggingFormat: lambda.LoggingFormat.JSON,
        environment: { ...environment[name], NODE_OPTIONS: '--enable-source-maps' },
        bundling: esmBundling,
      });
      if (name === 'PreTokenGeneration')
        props.userPool.addTrigger(
          operations[name],
          fn,
          versions[userPoolDefinition.preTokenGenerationVersion],
        );
      else props.userPool.addTrigger(operations[name], fn);
      return [name, fn] as const;
    });
    this.functions = Object.fromEntries(entries) as Record<TriggerName, nodejs.NodejsFunction>;
  }
}
