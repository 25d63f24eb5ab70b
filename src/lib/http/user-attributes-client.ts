import { HttpClientError, SignInRequiredError } from './http-errors';
import { postAwsJson } from './post-aws-json';

/** The user pool refused a call with its own `{ "__type", "message" }` answer. */
export class UserPoolRefusedError extends HttpClientError {
  /** Cognito's error type, e.g. `NotAuthorizedException`. */
  readonly type: string;
  constructor(type: string, message: string) {
    super('api_error', message);
    this.name = 'UserPoolRefusedError';
    this.type = type;
  }
}

export interface UserAttributesClientOptions {
  /** The User Pools JSON API (`userPoolsApiUrl`). */
  readonly endpoint: string;
  /** The signed-in user's access token (it must carry `aws.cognito.signin.user.admin`). */
  readonly accessToken: () => string | null;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
}

/** The signed-in user's own attributes, through the User Pools JSON API. */
export interface UserAttributesClient {
  /** UpdateUserAttributes: sets each attribute to its value. */
  update(attributes: Readonly<Record<string, string>>): Promise<void>;
}

/**
 * Where the User Pools JSON API is: the issuer's origin, `https://cognito-idp.{region}.amazonaws.com/`
 * on AWS and the emulator's domain offline.
 */
export function userPoolsApiUrl(authority: string): string {
  return `${new URL(authority).origin}/`;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value.slice(0, 500) : fallback;
}

/** Creates the client; failures are typed (timeout, network, sign-in needed, refused). */
export function createUserAttributesClient(
  options: UserAttributesClientOptions,
): UserAttributesClient {
  return {
    async update(attributes) {
      const token = options.accessToken();
      if (!token) throw new SignInRequiredError();
      const response = await postAwsJson(
        options.fetch,
        options.endpoint,
        'AWSCognitoIdentityProviderService.UpdateUserAttributes',
        {
          AccessToken: token,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        },
        options.timeoutMs ?? 15_000,
      );
      if (response.ok) return;
      const body: unknown = await response.json().catch(() => null);
      const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<
        string,
        unknown
      >;
      throw new UserPoolRefusedError(
        text(fields['__type'], `http_${response.status}`),
        text(fields['message'], 'The user pool refused the change.'),
      );
    },
  };
}
