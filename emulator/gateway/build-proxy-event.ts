// Builds the Lambda proxy integration event (REST API, payload format 1.0) API Gateway sends:
// headers as sent (case kept, last value in `headers`, all in `multiValueHeaders`), decoded query
// and path parameters, `path` without the stage, and the authorizer's string claims.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { AuthorizedContext } from './gateway-authorizer';
import type { RouteMatch } from './match-route';

export interface ProxyEventInput {
  readonly method: string;
  /** Path below the stage, as requested (not decoded). */
  readonly path: string;
  readonly search: string;
  readonly rawHeaders: readonly string[];
  readonly sourceIp: string;
  readonly match: RouteMatch;
  readonly stage: string;
  readonly apiId: string;
  readonly accountId: string;
  readonly requestId: string;
  readonly requestTimeEpoch: number;
  readonly body: Buffer;
  /** What the route's authorizer allowed the request with; null for an unguarded route. */
  readonly authorized: AuthorizedContext | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `requestContext.requestTime` format: `09/Apr/2015:12:34:56 +0000`. */
export function formatRequestTime(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    `${pad2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`
  );
}

/** A stable 10-character resource id per resource path, like API Gateway's generated ones. */
const resourceIdFor = (resourcePath: string): string =>
  createHash('sha256').update(resourcePath).digest('hex').slice(0, 10);

/** Groups Node's raw header list by name, case-insensitively, keeping the first-seen spelling. */
export function groupHeaders(rawHeaders: readonly string[]): {
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
} {
  const spelling = new Map<string, string>();
  const multi = new Map<string, string[]>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    const key = name.toLowerCase();
    const shown = spelling.get(key) ?? name;
    spelling.set(key, shown);
    multi.set(shown, [...(multi.get(shown) ?? []), rawHeaders[i + 1]!]);
  }
  const multiValueHeaders = Object.fromEntries(multi);
  const headers = Object.fromEntries([...multi].map(([name, values]) => [name, values.at(-1)!]));
  return { headers, multiValueHeaders };
}

function groupQuery(search: string): {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
} {
  const params = new URLSearchParams(search);
  const multi = new Map<string, string[]>();
  for (const [name, value] of params) multi.set(name, [...(multi.get(name) ?? []), value]);
  if (multi.size === 0) return { single: null, multi: null };
  return {
    single: Object.fromEntries([...multi].map(([name, values]) => [name, values.at(-1)!])),
    multi: Object.fromEntries(multi),
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body as the handler gets it: valid UTF-8 as a string (API Gateway's text bodies); bytes
 * that are not valid UTF-8 as base64 with `isBase64Encoded: true`, so the handler sees the bytes
 * that were sent instead of U+FFFD replacements it could not tell from a sent U+FFFD.
 */
export function encodeProxyBody(body: Buffer): { body: string | null; isBase64Encoded: boolean } {
  if (body.length === 0) return { body: null, isBase64Encoded: false };
  try {
    return { body: strictUtf8.decode(body), isBase64Encoded: false };
  } catch {
    return { body: body.toString('base64'), isBase64Encoded: true };
  }
}

/** Assembles the event for one matched, authorized request. */
export function buildProxyEvent(input: ProxyEventInput): APIGatewayProxyEvent {
  const { headers, multiValueHeaders } = groupHeaders(input.rawHeaders);
  const query = groupQuery(input.search);
  const params = input.match.pathParameters;
  const resourcePath = input.match.route.path;
  const userAgent = Object.entries(headers).find(([name]) => name.toLowerCase() === 'user-agent');
  return {
    resource: resourcePath,
    path: input.path,
    httpMethod: input.method,
    headers,
    multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: Object.keys(params).length > 0 ? { ...params } : null,
    stageVariables: null,
    ...encodeProxyBody(input.body),
    requestContext: {
      accountId: input.accountId,
      apiId: input.apiId,
      stage: input.stage,
      requestId: input.requestId,
      extendedRequestId: input.requestId,
      resourcePath,
      resourceId: resourceIdFor(resourcePath),
      httpMethod: input.method,
      path: `/${input.stage}${input.path}`,
      protocol: 'HTTP/1.1',
      requestTime: formatRequestTime(input.requestTimeEpoch),
      requestTimeEpoch: input.requestTimeEpoch,
      domainName: 'localhost',
      domainPrefix: 'localhost',
      identity: {
        sourceIp: input.sourceIp,
        userAgent: userAgent?.[1] ?? null,
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        user: null,
        userArn: null,
        ...input.authorized?.identity,
      },
      authorizer: input.authorized?.authorizer ? { ...input.authorized.authorizer } : null,
    },
  };
}
