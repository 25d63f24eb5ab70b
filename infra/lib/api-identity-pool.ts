// apiAuthorization IAM: the Cognito identity pool that turns the user pool's ID tokens into
// temporary credentials, and its authenticated role, whose only policy is api/api-invoke-policy.ts
// (the document the local gateway evaluates too). Built from contract/identity-pool-definition.ts
// with the stable aws-cdk-lib/aws-cognito-identitypool constructs (reference §5.4).

import { Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import { IdentityPool, UserPoolAuthenticationProvider } from 'aws-cdk-lib/aws-cognito-identitypool';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { apiInvokePolicy } from '../../api/api-invoke-policy';
import type { RouteDefinition } from '../../api/route-table';
import type { IdentityPoolDefinition } from '../../contract/identity-pool-definition';

export interface ApiIdentityPoolProps {
  readonly definition: IdentityPoolDefinition;
  readonly stageName: string;
  readonly userPool: cognito.IUserPool;
  readonly client: cognito.IUserPoolClient;
  /** The RestApi id and its stage: the policy names exactly these methods. */
  readonly apiId: string;
  readonly routes: readonly RouteDefinition[];
}

export class ApiIdentityPool extends Construct {
  readonly identityPool: IdentityPool;
  readonly invokePolicy: iam.Policy;
  /** The Cognito Identity JSON API of the stack's region (config.json identityEndpoint). */
  readonly endpoint: string;
  /** What the policy was built from (the nag acknowledgements name its resources). */
  readonly routes: readonly RouteDefinition[];
  readonly stageName: string;

  constructor(scope: Construct, id: string, props: ApiIdentityPoolProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { definition } = props;
    this.routes = props.routes;
    this.stageName = props.stageName;
    // The construct's default authenticated role trusts only cognito-identity.amazonaws.com,
    // for this pool (`aud`) and signed-in identities (`amr` authenticated), through
    // AssumeRoleWithWebIdentity; the template tests pin that trust policy.
    this.identityPool = new IdentityPool(this, 'Pool', {
      identityPoolName: `${definition.name}-${props.stageName}`,
      allowUnauthenticatedIdentities: definition.allowUnauthenticatedIdentities,
      // The basic flow would let a client pick any role that trusts the pool, with longer
      // sessions; the enhanced flow hands out the authenticated role's 1 h credentials only.
      allowClassicFlow: false,
      authenticationProviders: {
        userPools: [
          new UserPoolAuthenticationProvider({
            userPool: props.userPool,
            userPoolClient: props.client,
            disableServerSideTokenCheck: !definition.serverSideTokenCheck,
          }),
        ],
      },
    });

    this.invokePolicy = new iam.Policy(this, 'InvokePolicy', {
      document: iam.PolicyDocument.fromJson(
        apiInvokePolicy(
          {
            region: stack.region,
            accountId: stack.account,
            apiId: props.apiId,
            stage: props.stageName,
          },
          props.routes,
        ),
      ),
      roles: [this.identityPool.authenticatedRole],
    });
    this.endpoint = `https://cognito-identity.${stack.region}.${stack.urlSuffix}`;
  }
}
