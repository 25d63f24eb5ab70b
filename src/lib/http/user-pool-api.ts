// The signed-in user's own calls to the User Pools JSON API (UpdateUserAttributes, GetUser, the
// MFA set-up calls): each carries the access token, and a refusal keeps Cognito's `__type` so
// callers can branch on it (CodeMismatchException, ExpiredCodeException, …).
import { HttpClientError, SignInRequiredError } from './http-errors';
import { postAwsJson } from './post-aws-json';

/**
 * The user pool refused a call with its own `{ "__type", "message" }` answer. `fromServer`
 * false: the message is ours (the pool gave none), so the UI words it from its catalogue.
 */
export class UserPoolRefusedError extends HttpClientError {
  /** Cognito's error type, e.g. `NotAuthorizedException`. */
  readonly type: string;
  override readonly fromServer: boolean;
  constructor(type: string, message: string, fromServer = true) {
    super('api_error', message);
    this.name = 'UserPoolRefusedError';
    this.type = type;
    this.fromServer = fromServer;
  }
}

export interface UserPoolApiOptions {
  /** The User Pools JSON API (`userPoolsApiUrl`). */
  readonly endpoint: string;
  /** The signed-in user's access token (it must carry `aws.cognito.signin.user.admin`). */
  readonly accessToken: () => string | null;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
}

/**
 * Where the User Pools JSON API is: the issuer's origin, `https://cognito-idp.{region}.amazonaws.com/`
 * on AWS and the emulator's domain offline.
 */
export function userPoolsApiUrl(authority: string): string {
  return `${new URL(authority).origin}/`;
}

// Error text from the server is shown as text, and never more than a screenful of it.
function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value.slice(0, 500) : null;
}

/** A JSON object's fields, or none: answers are read defensively. */
export function fieldsOf(body: unknown): Readonly<Record<string, unknown>> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/**
 * Calls `operation` with the access token added to `body`; the answer's fields, or a typed
 * error (sign-in needed, timeout, network, or UserPoolRefusedError with `refusal` as the text
 * for logs when Cognito gave none; the UI then shows the catalogue's words).
 */
export async function callUserPool(
  options: UserPoolApiOptions,
  operation: string,
  body: Readonly<Record<string, unknown>>,
  refusal: string,
): Promise<Readonly<Record<string, unknown>>> {
  const token = options.accessToken();
  if (!token) throw new SignInRequiredError();
  const response = await postAwsJson(
    options.fetch,
    options.endpoint,
    `AWSCognitoIdentityProviderService.${operation}`,
    { AccessToken: token, ...body },
    options.timeoutMs ?? 15_000,
  );
  const answer = fieldsOf(await response.json().catch(() => null));
  if (response.ok) return answer;
  const message = text(answer['message']);
  throw new UserPoolRefusedError(
    text(answer['__type']) ?? `http_${response.status}`,
    message ?? refusal,
    message !== null,
  );
}
