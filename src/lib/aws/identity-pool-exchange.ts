// apiAuth `iam`: the ID token becomes temporary AWS credentials through the identity pool's two
// public (unsigned) JSON calls, GetId then GetCredentialsForIdentity. Hand-written with fetch on
// purpose: the AWS SDK's credential provider brings its whole client (tens of KB) for two
// POSTs. Shapes: ../shared/reference/identity-pools-and-api-auth.md §1.1-1.3.
import { CredentialsRefusedError, UnexpectedResponseError } from '../http/http-errors';
import { postAwsJson } from '../http/post-aws-json';

/** Temporary credentials of one identity; `expiresAt` in epoch milliseconds. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiresAt: number;
  readonly identityId: string;
}

export interface IdentityPoolExchangeOptions {
  /** The Cognito Identity JSON API, e.g. https://cognito-identity.eu-west-1.amazonaws.com */
  readonly endpoint: string;
  readonly identityPoolId: string;
  /** The user pool's issuer (config.authority): the Logins key is derived from it. */
  readonly issuer: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
}

/** Exchanges one ID token for credentials; throws the client's typed errors. */
export type ExchangeIdToken = (idToken: string) => Promise<AwsCredentials>;

/** The `Logins` key AWS expects for a user pool: its issuer without the scheme. */
export function loginsKeyOf(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '');
}

// The service's own error names are short identifiers; anything else is not shown.
const errorTypeOf = (body: unknown): string => {
  const type = (body as { __type?: unknown } | null)?.__type;
  if (typeof type !== 'string') return 'UnknownError';
  // Some services prefix a namespace (`com.amazonaws...#NotAuthorizedException`).
  const name = type.slice(type.lastIndexOf('#') + 1);
  return /^[A-Za-z]{1,64}$/.test(name) ? name : 'UnknownError';
};

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Builds the exchange for one identity pool. */
export function createIdentityPoolExchange(options: IdentityPoolExchangeOptions): ExchangeIdToken {
  const url = `${options.endpoint.replace(/\/+$/, '')}/`;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const loginsKey = loginsKeyOf(options.issuer);

  const call = async (operation: string, body: object): Promise<Record<string, unknown>> => {
    const response = await postAwsJson(
      options.fetch,
      url,
      `AWSCognitoIdentityService.${operation}`,
      body,
      timeoutMs,
    );
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      throw new UnexpectedResponseError(response.status, 'something other than JSON');
    }
    if (!response.ok) throw new CredentialsRefusedError(response.status, errorTypeOf(parsed));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UnexpectedResponseError(response.status, 'an answer without credentials');
    }
    return parsed as Record<string, unknown>;
  };

  return async (idToken) => {
    const logins = { [loginsKey]: idToken };
    const { IdentityId } = await call('GetId', {
      IdentityPoolId: options.identityPoolId,
      Logins: logins,
    });
    if (!text(IdentityId)) throw new UnexpectedResponseError(200, 'an answer without an identity');
    const answer = await call('GetCredentialsForIdentity', { IdentityId, Logins: logins });
    const credentials = answer['Credentials'] as Record<string, unknown> | undefined;
    const { AccessKeyId, SecretKey, SessionToken, Expiration } = credentials ?? {};
    // Expiration is epoch seconds as a JSON number (awsJson timestamps), never a string.
    if (
      !text(AccessKeyId) ||
      !text(SecretKey) ||
      !text(SessionToken) ||
      typeof Expiration !== 'number' ||
      !Number.isFinite(Expiration)
    ) {
      throw new UnexpectedResponseError(200, 'an answer without credentials');
    }
    return {
      accessKeyId: AccessKeyId,
      secretAccessKey: SecretKey,
      sessionToken: SessionToken,
      expiresAt: Expiration * 1000,
      identityId: IdentityId,
    };
  };
}
