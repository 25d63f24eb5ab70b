// The product's Cognito identity pool (apiAuth `iam`), as plain data: the emulator serves it
// (AWSCognitoIdentityService.*) and the CDK stack builds the real one from it. The authenticated
// role's policy is api/api-invoke-policy.ts, derived from the route table, on both sides.
// Facts: ../shared/reference/identity-pools-and-api-auth.md.

export interface IdentityPoolDefinition {
  readonly name: string;
  /** Guest identities: off, so only signed-in users of the product's pool get credentials. */
  readonly allowUnauthenticatedIdentities: false;
  /** The identity pool re-checks the ID token with the user pool (not only its signature). */
  readonly serverSideTokenCheck: true;
  /** Lifetime of the temporary credentials GetCredentialsForIdentity hands out. */
  readonly credentialsSeconds: number;
  /** The emulator's pool id (`{region}:{uuid}`, stable so config.json and tests do not change). */
  readonly localIdentityPoolId: string;
}

export const identityPoolDefinition: IdentityPoolDefinition = {
  name: 'transactions',
  allowUnauthenticatedIdentities: false,
  serverSideTokenCheck: true,
  credentialsSeconds: 3600,
  localIdentityPoolId: 'local:5f0c6a9e-3b1d-4e2a-9c7f-1a2b3c4d5e6f',
};
