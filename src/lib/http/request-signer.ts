// How a request proves who is calling differs by API mode (contract/api-modes.ts): a token in a
// header for the Cognito and Lambda authorizers, a SigV4 signature for AWS_IAM methods. The client
// sees only this seam; use-transactions-client.ts is the one place that picks the mode's signer.
import type { ApiTokenMode } from '../../../contract/api-modes';
import type { ApiSession } from './transactions-client';

/** One request as the client is about to send it. */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

/** Adds the caller's proof to a request. */
export type SignRequest = (request: OutgoingRequest) => Promise<OutgoingRequest>;

export interface RequestSigner {
  /** The proof for the next request, or null when there is none usable (renew first). */
  current(): Promise<SignRequest | null>;
  /** Renews the proof; null when it cannot (the user must sign in again). */
  renew(): Promise<SignRequest | null>;
  /** True when the API refused the proof as stale, so one renewal may help. */
  refusesStale(response: Response): Promise<boolean>;
}

const withToken =
  (authHeader: string, token: string | null): SignRequest =>
  async (request) =>
    token ? { ...request, headers: { ...request.headers, [authHeader]: token } } : request;

/**
 * The token modes: the id_token (apiToken `id`) or the access_token (apiToken `access`, for
 * methods with OAuth scopes) in `authHeader`; a 401 (the authorizer's) is the stale answer.
 * Without a token the request goes out bare and its 401 leads to the renewal.
 */
export function createTokenSigner(
  session: ApiSession,
  authHeader: string,
  token: ApiTokenMode = 'id',
): RequestSigner {
  const currentToken = () => (token === 'access' ? session.accessToken() : session.idToken());
  return {
    current: async () => withToken(authHeader, currentToken()),
    renew: async () => {
      const renewed = await session.renew(token);
      return renewed ? withToken(authHeader, renewed) : null;
    },
    refusesStale: async (response) => response.status === 401,
  };
}
