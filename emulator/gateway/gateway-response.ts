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
  // SigV4 on AWS_IAM methods (../shared/reference/identity-pools-and-api-auth.md §3.3).
  | 'incomplete-signature'
  | 'invalid-security-token'
  | 'signature-mismatch'
  | 'signature-expired'
  | 'expired-security-token'
  // Lambda authorizers (§4.3), and IAM policies that do not allow the method.
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
  // The SigV4 refusals: the message of most depends on the request (sendGatewayError's
  // `message`); these bodies are what is sent when none is given.
  'incomplete-signature': {
    status: 403,
    body: '{"message":"Authorization header requires \'Credential\' parameter."}',
    errorType: 'IncompleteSignatureException',
  },
  'invalid-security-token': {
    status: 403,
    body: '{"message":"The security token included in the request is invalid."}',
    errorType: 'UnrecognizedClientException',
  },
  'signature-mismatch': {
    status: 403,
    body: '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}',
    errorType: 'InvalidSignatureException',
  },
  'signature-expired': {
    status: 403,
    body: '{"message":"Signature expired"}',
    errorType: 'InvalidSignatureException',
  },
  'expired-security-token': {
    status: 403,
    body: '{"message":"The security token included in the request is expired"}',
    errorType: 'ExpiredTokenException',
  },
  // A Lambda authorizer that throws anything but `Unauthorized`, times out or answers no usable
  // policy (reference §4.3; the space before `null` is in the captures).
  'authorizer-configuration-error': {
    status: 500,
    body: '{"message": null}',
    errorType: 'AuthorizerConfigurationException',
  },
  // A policy without a matching Allow (an IAM caller's role: the authorizer names the caller and
  // resource in its own message), or a Lambda authorizer's with a matching Deny. `Message`
  // (capital M) and the IAM-style endings are the current wording (reference §3.3, §4.3, §7.1).
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

/** The body for `error` with its own message (the key's casing as AWS sends it for the type). */
export function gatewayErrorBody(error: GatewayError, message?: string): string {
  if (message === undefined) return GATEWAY_ERRORS[error].body;
  return JSON.stringify(error === 'access-denied' ? { Message: message } : { message });
}

/** Writes a gateway error with API Gateway's headers and the given CORS headers (and message). */
export function sendGatewayError(
  res: ServerResponse,
  error: GatewayError,
  requestId: string,
  cors: Readonly<Record<string, string>>,
  extraHeaders: Readonly<Record<string, string>> = {},
  message?: string,
): void {
  const shape = GATEWAY_ERRORS[error];
  const body = gatewayErrorBody(error, message);
  res.writeHead(shape.status, {
    ...cors,
    ...extraHeaders,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': shape.errorType,
  });
  res.end(body);
}
