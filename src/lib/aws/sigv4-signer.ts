// apiAuth `iam`: every API request is signed with SigV4 (service execute-api) using the
// identity pool's temporary credentials. aws4fetch (2.5 KB gzip, WebCrypto) is imported on the
// first signature, so it never weighs on the first page.
import type * as Aws4fetchModule from 'aws4fetch';
import type { Clock } from '../../../contract/clock';
import { CredentialsRefusedError, NetworkError } from '../http/http-errors';
import type { OutgoingRequest, RequestSigner, SignRequest } from '../http/request-signer';
import type { ApiSession } from '../http/transactions-client';
import type { CredentialsCache } from './credentials-cache';
import type { AwsCredentials } from './identity-pool-exchange';

type Aws4fetch = typeof Aws4fetchModule;

export interface SigV4SignerOptions {
  readonly session: Pick<ApiSession, 'idToken' | 'renew'>;
  readonly credentials: CredentialsCache;
  /** The signing region: the API's (config.region; `local` offline). */
  readonly region: string;
  /** Signature time (X-Amz-Date); the gateway refuses more than 5 minutes off. */
  readonly clock: Clock;
  /** Loads the signer library; tests may count the loads. */
  readonly loadSigner?: () => Promise<Aws4fetch>;
}

// API Gateway's answer to credentials past their Expiration (reference §3.3). The error type
// header is read when CORS exposes it; the body always carries the sentence.
const expiredType = /^ExpiredTokenException\b/;
const expiredMessage = /security token included in the request is expired/i;

async function refusesExpired(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  if (expiredType.test(response.headers.get('x-amzn-ErrorType') ?? '')) return true;
  try {
    const text = await response.clone().text();
    return expiredMessage.test(text.slice(0, 1000));
  } catch {
    return false;
  }
}

/** `YYYYMMDD'T'HHMMSS'Z'`, the X-Amz-Date of `ms`. */
export function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[:-]|\.\d{3}/g, '');
}

/** A signer that exchanges the session's ID token for credentials and signs with them. */
export function createSigV4Signer(options: SigV4SignerOptions): RequestSigner {
  const loadSigner = options.loadSigner ?? (() => import('aws4fetch'));
  let library: Promise<Aws4fetch> | null = null;
  const load = () => {
    library ??= loadSigner().catch((error: unknown) => {
      library = null;
      // The chunk could not be fetched: the same to the user as an unreachable API.
      throw new NetworkError({ cause: error });
    });
    return library;
  };

  const signWith =
    (credentials: AwsCredentials): SignRequest =>
    async (request: OutgoingRequest) => {
      const { AwsV4Signer } = await load();
      const signed = await new AwsV4Signer({
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: request.body,
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken,
        // Never guessed from the host: offline the API is on localhost.
        service: 'execute-api',
        region: options.region,
        datetime: amzDate(options.clock.now()),
      }).sign();
      return {
        url: signed.url.toString(),
        method: request.method,
        headers: Object.fromEntries(signed.headers),
        body: request.body,
      };
    };

  // Null when the identity pool refuses the login token itself: a renewed session may help.
  const exchange = async (idToken: string): Promise<SignRequest | null> => {
    try {
      return signWith(await options.credentials.get(idToken));
    } catch (error) {
      if (error instanceof CredentialsRefusedError && error.loginRefused) return null;
      throw error;
    }
  };

  return {
    current: async () => {
      const idToken = options.session.idToken();
      return idToken ? exchange(idToken) : null;
    },
    renew: async () => {
      options.credentials.forget();
      const idToken = options.session.idToken();
      const signed = idToken ? await exchange(idToken) : null;
      if (signed) return signed;
      const renewed = await options.session.renew();
      return renewed ? exchange(renewed) : null;
    },
    refusesStale: refusesExpired,
  };
}
