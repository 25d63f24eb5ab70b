// Responses the gateway itself produces (never the handler's): API Gateway's bodies and headers,
// plus the CORS headers the CDK stack adds to its gateway responses.
import type { ServerResponse } from 'node:http';

export type GatewayError =
  | 'unauthorized'
  | 'expired-token'
  | 'missing-authentication-token'
  | 'request-too-large'
  | 'request-headers-too-large'
  | 'integration-failure'
  | 'integration-timeout'
  | 'authorizer-configuration-error'
  | 'access-denied'
  | 'access-denied-explicit';

interface GatewayErrorShape {
  readonly status: number;
  /** Exact bytes AWS sends; the spacing differs between response types, as on AWS. */
  readonly body: string;
  readonly errorType: string;
}

export const GATEWAY_ERRORS: Readonly<Record<GatewayError, GatewayErrorShape>> = {
  unauthorized: {
    status: 401,
    body: '{"message":"Unauthorized"}',
    errorType: 'UnauthorizedException',
  },
  'expired-token': {
    status: 401,
    body: '{"message":"The incoming token has expired"}',
    errorType: 'UnauthorizedException',
  },
  'missing-authentication-token': {
    status: 403,
    body: '{"message":"Missing Authentication Token"}',
    errorType: 'MissingAuthenticationTokenException',
  },
  'request-too-large': {
    status: 413,
    body: '{"message":"Request Too Long"}',
    errorType: 'RequestTooLargeException',
  },
  // AWS's status for oversized REST request headers is not recorded (checklist A21 [probe]); 431
  // is the HTTP answer for exactly this case, and it is refused before any authorizer work.
  'request-headers-too-large': {
    status: 431,
    body: '{"message":"Request Header Fields Too Large"}',
    errorType: 'RequestHeaderFieldsTooLargeException',
  },
  'integration-failure': {
    status: 502,
    body: '{"message": "Internal server error"}',
    errorType: 'InternalServerErrorException',
  },
  'integration-timeout': {
    status: 504,
    body: '{"message": "Endpoint request timed out"}',
    errorType: 'IntegrationTimeoutException',
  },
  // A Lambda authorizer that throws anything but `Unauthorized`, times out or answers no usable
  // policy (reference §4.3; the space before `null` is in the captures).
  'authorizer-configuration-error': {
    status: 500,
    body: '{"message": null}',
    errorType: 'AuthorizerConfigurationException',
  },
  // A Lambda authorizer's policy without a matching Allow, or with a matching Deny. `Message`
  // (capital M) and the IAM-style endings are the current wording (reference §4.3, §7.1).
  'access-denied': {
    status: 403,
    body: '{"Message":"User is not authorized to access this resource because no identity-based policy allows the execute-api:Invoke action"}',
    errorType: 'AccessDeniedException',
  },
  'access-denied-explicit': {
    status: 403,
    body: '{"Message":"User is not authorized to access this resource with an explicit deny in an identity-based policy"}',
    errorType: 'AccessDeniedException',
  },
};

/** Writes a gateway error with API Gateway's headers and the given CORS headers. */
export function sendGatewayError(
  res: ServerResponse,
  error: GatewayError,
  requestId: string,
  cors: Readonly<Record<string, string>>,
  extraHeaders: Readonly<Record<string, string>> = {},
): void {
  const shape = GATEWAY_ERRORS[error];
  res.writeHead(shape.status, {
    ...cors,
    ...extraHeaders,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(shape.body)),
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': shape.errorType,
  });
  res.end(shape.body);
}
