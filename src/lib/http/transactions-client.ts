import type {
  Transaction,
  TransactionInput,
  TransactionPage,
  TransactionReplacement,
  TransactionSummary,
} from '../../../contract/transaction';
import type { Profile } from '../../../contract/profile';
import {
  ApiResponseError,
  NetworkError,
  RequestTimeoutError,
  SignInRequiredError,
} from './http-errors';
import type { ApiTokenMode } from '../../../contract/api-modes';
import { readApiResponse } from './read-api-response';
import type { RequestSigner, SignRequest } from './request-signer';
import { createTokenSigner } from './request-signer';

/** How the client gets and renews the caller's tokens. */
export interface ApiSession {
  /** The current id_token, or null when there is none. */
  idToken(): string | null;
  /** The current access_token (apiToken `access`), or null when there is none. */
  accessToken(): string | null;
  /**
   * Renews the session (refresh token) and returns the new token of that kind (default the
   * id_token), or null if it cannot.
   */
  renew(token?: ApiTokenMode): Promise<string | null>;
  /**
   * Starts a fresh sign-in that returns to the current page. `freshTokenRefused`: renewal
   * worked and the API refused the new token too, so a new sign-in may not help (a loop).
   */
  signInAgain(why?: { readonly freshTokenRefused: boolean }): void;
}

export interface TransactionsClientOptions {
  /** Base URL of the API stage, e.g. https://abc.execute-api.eu-west-1.amazonaws.com/prod */
  readonly baseUrl: string;
  /** Header that carries the id_token (`Authorization` unless the stage says otherwise). */
  readonly authHeader: string;
  readonly session: ApiSession;
  /** How requests prove the caller; the id_token in `authHeader` unless the mode says otherwise. */
  readonly signer?: RequestSigner;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
  /** A fresh Idempotency-Key per create; random UUIDs unless a test passes its own. */
  readonly newIdempotencyKey?: () => string;
}

export interface ListOptions {
  readonly cursor?: string;
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

/** The one way the SPA talks to the Transactions API. */
export interface TransactionsClient {
  list(options?: ListOptions): Promise<TransactionPage>;
  summary(signal?: AbortSignal): Promise<TransactionSummary>;
  get(id: string, signal?: AbortSignal): Promise<Transaction>;
  create(input: TransactionInput): Promise<Transaction>;
  replace(id: string, body: TransactionReplacement): Promise<Transaction>;
  remove(id: string): Promise<void>;
  /** The caller's profile (GET /profile); null when none was recorded (404). */
  profile(signal?: AbortSignal): Promise<Profile | null>;
}

interface Call {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /** Sent as Idempotency-Key; the API then does the call at most once per key. */
  readonly idempotencyKey?: string;
}

/**
 * Creates the API client. Every call carries the signer's proof (by default the id_token in
 * `authHeader`), gives up after `timeoutMs`, turns error bodies into typed errors and refuses
 * non-JSON answers. An answer refusing the proof as stale (a 401 for tokens) is answered by
 * renewing once and retrying once; if that fails too, it signs in again. Each create carries
 * its own Idempotency-Key, so after a lost answer it is retried once, safely.
 */
export function createTransactionsClient(options: TransactionsClientOptions): TransactionsClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const newIdempotencyKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());
  const signer = options.signer ?? createTokenSigner(options.session, options.authHeader);
  let renewal: Promise<SignRequest | null> | null = null;

  // Concurrent stale answers share one renewal, so one expiry costs one refresh.
  const renewOnce = () => {
    renewal ??= signer.renew().finally(() => {
      renewal = null;
    });
    return renewal;
  };

  const send = async (call: Call, sign: SignRequest): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    // Signed before the timeout starts: a SigV4 signature covers the exact bytes sent.
    const request = await sign({
      url: `${base}${call.path}`,
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    try {
      return await options.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.aborted) throw new RequestTimeoutError({ cause: error });
      throw new NetworkError({ cause: error });
    }
  };

  // The request may have been done with only its answer lost; repeating it is safe only
  // when the API can recognise the repeat, i.e. when it carries an Idempotency-Key.
  const sendRetryingLostAnswer = async (call: Call, sign: SignRequest) => {
    try {
      return await send(call, sign);
    } catch (error) {
      if (!(error instanceof NetworkError) || call.idempotencyKey === undefined) throw error;
      return send(call, sign);
    }
  };

  const request = async <T>(call: Call): Promise<T> => {
    const sign = await signer.current();
    let response = sign ? await sendRetryingLostAnswer(call, sign) : null;
    if (response === null || (await signer.refusesStale(response))) {
      const renewed = await renewOnce().catch(() => null);
      const retried = renewed ? await send(call, renewed) : null;
      if (!retried || (await signer.refusesStale(retried))) {
        options.session.signInAgain({ freshTokenRefused: renewed !== null });
        throw new SignInRequiredError();
      }
      response = retried;
    }
    return readApiResponse<T>(response);
  };

  return {
    list: ({ cursor, limit, signal } = {}) => {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      if (limit) query.set('limit', String(limit));
      const suffix = query.size ? `?${query}` : '';
      return request<TransactionPage>({ method: 'GET', path: `/transactions${suffix}`, signal });
    },
    summary: (signal) => request({ method: 'GET', path: '/transactions/summary', signal }),
    get: (id, signal) =>
      request({ method: 'GET', path: `/transactions/${encodeURIComponent(id)}`, signal }),
    create: (input) =>
      request({
        method: 'POST',
        path: '/transactions',
        body: input,
        idempotencyKey: newIdempotencyKey(),
      }),
    replace: (id, body) =>
      request({ method: 'PUT', path: `/transactions/${encodeURIComponent(id)}`, body }),
    remove: (id) =>
      request<void>({ method: 'DELETE', path: `/transactions/${encodeURIComponent(id)}` }),
    profile: (signal) =>
      request<Profile>({ method: 'GET', path: '/profile', signal }).catch((error: unknown) => {
        if (error instanceof ApiResponseError && error.apiCode === 'not_found') return null;
        throw error;
      }),
  };
}
