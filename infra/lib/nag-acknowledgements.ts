// cdk-nag AWS Solutions findings this design accepts, each on the narrowest construct that
// raises it and each with its reason. Anything not listed here fails synthesis.

import { DefaultStackSynthesizer, Token, Validations } from 'aws-cdk-lib';
import type { CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { methodArnPattern } from '../../api/api-invoke-policy';
import type { ApiIdentityPool } from './api-identity-pool';
import type { StaticSite } from './static-site';
import type { TransactionsApi } from './transactions-api';
import type { UserPoolAuth } from './user-pool-auth';
import type { UserPoolTriggers } from './user-pool-triggers';

export interface NagTargets {
  readonly stack: Stack;
  readonly auth: UserPoolAuth;
  readonly api: TransactionsApi;
  readonly site: StaticSite;
  readonly identityPool?: ApiIdentityPool | undefined;
  readonly triggers: UserPoolTriggers;
}

const rule = (id: string): string => `AwsSolutions::AwsSolutions-${id}`;

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: rule(id), reason });
}

/** The CDK bootstrap asset bucket's name as cdk-nag renders it (tokens as `<AWS::...>`). */
function assetBucketName(stack: Stack): string {
  const qualifier =
    stack.synthesizer instanceof DefaultStackSynthesizer
      ? (stack.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER)
      : DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  return `cdk-${qualifier}-assets-${account}-${region}`;
}

/** apiAuthorization IAM: the methods use AWS_IAM, and `{id}` routes need a wildcard. */
function acknowledgeIamMode(stack: Stack, api: TransactionsApi, identityPool: ApiIdentityPool) {
  acknowledge(
    api.api,
    'COG4',
    'In IAM mode the methods are AWS_IAM: callers sign with temporary credentials that the identity pool issues only for valid ID tokens of this user pool and app client (server-side token check on, guests off).',
  );
  const rendered = (value: string, name: string) =>
    Token.isUnresolved(value) ? `<AWS::${name}>` : value;
  const location = {
    region: rendered(stack.region, 'Region'),
    accountId: rendered(stack.account, 'AccountId'),
    apiId: `<${stack.getLogicalId(api.api.node.defaultChild as CfnElement)}>`,
    stage: identityPool.stageName,
  };
  for (const route of identityPool.routes) {
    if (route.access !== 'signed-in' || !route.path.includes('{')) continue;
    acknowledge(
      identityPool.invokePolicy,
      `IAM5[Resource::${methodArnPattern(location, route)}]`,
      'The wildcard stands for the path parameter of one route (a transaction id) on this API, stage and method only; which items a caller may touch is decided by the handler from the caller identity.',
    );
  }
}

/** Records every accepted finding; called once the stack's constructs exist. */
export function acknowledgeNagFindings({
  stack,
  auth,
  api,
  site,
  identityPool,
  triggers,
}: NagTargets): void {
  for (const fn of Object.values(triggers.functions))
    acknowledge(
      fn,
      'L1',
      'The Cognito triggers run on Node.js 22 like the API handler, the version they are built and tested for; a newer runtime is a deliberate upgrade.',
    );
  acknowledge(
    auth.userPool,
    'COG2',
    'MFA is OPTIONAL, not required: every user may turn on an authenticator app (and email codes where the stage has an SES sender) from Profile; requiring it for everyone is a product decision.',
  );
  acknowledge(
    auth.userPool,
    'COG8',
    'The Plus feature plan (threat protection) is billed per monthly active user; the Essentials plan costs nothing at rest. Revisit when the user base justifies it.',
  );

  acknowledge(
    api.handler,
    'L1',
    'The API runtime is pinned to Node.js 22 on purpose (the version the handler is built and tested for); moving to a newer runtime is a deliberate upgrade.',
  );
  if (api.lambdaAuthorizer) {
    acknowledge(
      api.lambdaAuthorizer.handler,
      'L1',
      'The authorizer runtime is pinned to Node.js 22 with the API handler (the version both are built and tested for).',
    );
    acknowledge(
      api.api,
      'COG4',
      'apiAuthorization=LAMBDA on purpose: the methods use the Lambda REQUEST authorizer, which verifies the same user pool ID tokens (issuer, JWKS, app client) with aws-jwt-verify and adds the suspended-group Deny.',
    );
  }
  acknowledge(
    api.api,
    'APIG2',
    'Request bodies are validated in the Lambda by the contract schemas the SPA and the emulator share; a second copy as API Gateway models would drift.',
  );
  acknowledge(
    api.api,
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    "API Gateway's account-level logging role uses the AWS-managed policy AWS documents for exactly this purpose; it only lets API Gateway write its own logs.",
  );
  acknowledge(
    api.api.deploymentStage,
    'APIG3',
    'No WAF web ACL: it costs money at rest; the stage is throttled and every route needs a Cognito token. Add WAF when traffic warrants it.',
  );

  acknowledge(
    site.bucket,
    'S1',
    'The bucket holds only the public SPA build and is read only by CloudFront (OAC); S3 server access logs would need a second bucket and add cost for no security signal.',
  );
  acknowledge(
    site.distribution,
    'CFR1',
    'The app is offered worldwide; there is no geography to restrict.',
  );
  acknowledge(
    site.distribution,
    'CFR2',
    'No WAF web ACL in front of static files: it costs money at rest, and the site serves only immutable public files.',
  );
  acknowledge(
    site.distribution,
    'CFR3',
    'CloudFront standard logs are off to keep the stack free at rest; turn them on (logging v2) when traffic analysis is needed.',
  );
  acknowledge(
    site.distribution,
    'CFR4',
    'The distribution uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; a custom domain with TLSv1.2_2021 is the documented upgrade.',
  );

  if (identityPool) acknowledgeIamMode(stack, api, identityPool);

  // The BucketDeployment custom resource (CDK's own singleton handler) exists only when the
  // site is uploaded.
  const deployer = stack.node.children.find((c) =>
    c.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (deployer) {
    const reason =
      "CDK's BucketDeployment handler: it copies the build from the CDK asset bucket into the site bucket and invalidates the distribution; its permissions and runtime are CDK's.";
    for (const id of [
      'L1',
      'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'IAM5[Action::s3:GetObject*]',
      'IAM5[Action::s3:GetBucket*]',
      'IAM5[Action::s3:List*]',
      'IAM5[Action::s3:DeleteObject*]',
      'IAM5[Action::s3:Abort*]',
      `IAM5[Resource::arn:<AWS::Partition>:s3:::${assetBucketName(stack)}/*]`,
      `IAM5[Resource::<${stack.getLogicalId(site.bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      'IAM5[Resource::*]',
    ]) {
      acknowledge(deployer, id, reason);
    }
  }
}
