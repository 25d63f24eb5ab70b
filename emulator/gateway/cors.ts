// CORS as the deployed stack configures it: the OPTIONS mock integration (preflight, no auth) and
// gateway responses (DEFAULT_4XX / DEFAULT_5XX) that echo an allowed Origin. Handler responses
// are never touched: with Lambda proxy the handler sets its own CORS headers.

export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** CORS headers for a gateway-generated response: empty unless `origin` is exactly allowed. */
export function corsHeadersFor(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  if (origin === undefined || !allowedOrigins.includes(origin)) return {};
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

/**
 * What a SigV4-signed browser request carries beside Content-Type (apiAuth `iam`): the CDK's
 * `Cors.DEFAULT_HEADERS` plus the payload hash header the Smithy signer adds.
 */
export const sigV4RequestHeaders: readonly string[] = [
  'Authorization',
  'X-Amz-Date',
  'X-Amz-Security-Token',
  'X-Amz-Content-Sha256',
  'X-Amz-User-Agent',
];

/** Headers answering a preflight for a resource that defines `methods`. */
export function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  methods: readonly string[],
  authHeaders: readonly string[],
): Record<string, string> {
  const base = corsHeadersFor(origin, allowedOrigins);
  if (base['Access-Control-Allow-Origin'] === undefined) return {};
  return {
    ...base,
    'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(','),
    'Access-Control-Allow-Headers': [...authHeaders, 'Content-Type', 'Idempotency-Key'].join(','),
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
  };
}
