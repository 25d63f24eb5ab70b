// A fake of the two Cognito Identity calls the SPA makes (GetId, GetCredentialsForIdentity),
// answering as AWS does (reference §1.2-1.3), with every request recorded.
import { jsonResponse } from './builders';

export const identityEndpoint = 'http://127.0.0.1:9229';
export const identityPoolId = 'local:5f0c6a9e-3b1d-4e2a-9c7f-1a2b3c4d5e6f';
export const identityId = 'local:1666ff8c-8ddf-42c8-9109-07e2dfd3848c';

export interface IdentityCall {
  readonly url: string;
  readonly target: string | null;
  readonly contentType: string | null;
  readonly method: string;
  readonly body: Record<string, unknown>;
}

export interface FakeIdentityPoolOptions {
  /** Epoch seconds of each issued Expiration (default: an hour after `now()`). */
  readonly expiration?: () => number;
  readonly now?: () => number;
  /** Answers instead of the normal one, in order, for the next calls. */
  readonly failures?: Response[];
}

/** Recorded identity calls plus a `fetch`-shaped handler; issues keys ASIA1, ASIA2, … */
export function createFakeIdentityPool(options: FakeIdentityPoolOptions = {}) {
  const calls: IdentityCall[] = [];
  const failures = [...(options.failures ?? [])];
  let issued = 0;
  const now = options.now ?? Date.now;
  const handle = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    const target = headers.get('X-Amz-Target');
    calls.push({
      url,
      target,
      contentType: headers.get('Content-Type'),
      method: init.method ?? 'GET',
      body,
    });
    const failure = failures.shift();
    if (failure) return failure;
    if (target === 'AWSCognitoIdentityService.GetId') {
      return jsonResponse(200, { IdentityId: identityId });
    }
    issued += 1;
    return jsonResponse(200, {
      Credentials: {
        AccessKeyId: `ASIA${String(issued).padStart(16, 'X')}`,
        Expiration: options.expiration?.() ?? Math.floor(now() / 1000) + 3600,
        SecretKey: `secret-${issued}`,
        SessionToken: `session-token-${issued}`,
      },
      IdentityId: body['IdentityId'],
    });
  };
  return {
    calls,
    handle,
    /** How many credentials were handed out. */
    issued: () => issued,
  };
}

/** An identity pool error as AWS sends it: 400, `__type` and `message`. */
export function identityError(type: string, message: string, status = 400): Response {
  return jsonResponse(
    status,
    { __type: type, message },
    { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-ErrorType': `${type}:` },
  );
}
