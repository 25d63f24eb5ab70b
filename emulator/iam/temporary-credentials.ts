// Temporary AWS credentials as the identity pool hands them out (GetCredentialsForIdentity) and
// the local gateway's SigV4 check reads them back: one record per access key, bound to the
// identity, its user pool login and the role. Facts: ../shared/reference §1.3, §2.

export interface TemporaryCredentials {
  /** `ASIA` + 16 characters of [A-Z2-7], like STS session keys. */
  readonly accessKeyId: string;
  /** 40 characters; what the caller signs with (never sent). */
  readonly secretKey: string;
  /** Opaque; sent as X-Amz-Security-Token and compared exactly. */
  readonly sessionToken: string;
  /** Epoch ms; from then on the key is refused with ExpiredTokenException. */
  readonly expiresAt: number;
  readonly identityId: string;
  readonly identityPoolId: string;
  /** The user pool login: `{issuer without scheme}` (`cognito-idp.{region}.amazonaws.com/{poolId}` on AWS). */
  readonly providerName: string;
  /** The user pool `sub` the identity belongs to (the API's data partition). */
  readonly sub: string;
  /** The role the credentials act as (the pool's authenticated role). */
  readonly roleArn: string;
}

/** What the SigV4 check needs: a key's record, expired ones included (they answer differently). */
export interface CredentialLookup {
  find(accessKeyId: string): TemporaryCredentials | undefined;
}
