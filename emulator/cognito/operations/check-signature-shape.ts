import type { IncomingHttpHeaders } from 'node:http';
import { CognitoError } from '../cognito-error';

// `AWS4-HMAC-SHA256 Credential={key}/{yyyymmdd}/{region}/{service}/aws4_request,
// SignedHeaders={a;b;c}, Signature={64 hex}`, as the AWS CLI and SDKs send it.
const sigV4For = (service: string) =>
  new RegExp(
    `^AWS4-HMAC-SHA256 Credential=([\\w-]{1,128})\\/(\\d{8})\\/([a-z0-9-]{1,32})\\/${service}\\/aws4_request, ?SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*), ?Signature=([0-9a-f]{64})$`,
  );
const sigV4ByService = {
  'cognito-idp': sigV4For('cognito-idp'),
  'cognito-identity': sigV4For('cognito-identity'),
} as const;
const amzDate = /^(\d{8})T\d{6}Z$/;

const incomplete = (detail: string) =>
  new CognitoError('IncompleteSignatureException', `Malformed SigV4 request: ${detail}.`);

/**
 * An admin call must be signed the way AWS requires. The emulator cannot verify the HMAC (it
 * does not know the caller's secret key), so it checks everything else a signature carries:
 * the scheme, the credential scope (service cognito-idp, or cognito-identity for the identity pool, a date equal to X-Amz-Date's),
 * that `host` and `x-amz-date` are among the signed headers, and a 64-hex signature.
 * docs/security.md says why this is enough here.
 */
export function checkSignatureShape(
  headers: IncomingHttpHeaders,
  service: keyof typeof sigV4ByService = 'cognito-idp',
): void {
  const authorization = headers.authorization;
  if (!authorization)
    throw new CognitoError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const match = sigV4ByService[service].exec(authorization);
  if (!match)
    throw incomplete(
      `the Authorization header must be AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/${service}/aws4_request, SignedHeaders=<headers>, Signature=<hex>`,
    );
  const [, , scopeDate, , signed] = match;
  const date = amzDate.exec(String(headers['x-amz-date'] ?? ''));
  if (!date) throw incomplete('X-Amz-Date must be a date like 20300101T000000Z');
  if (date[1] !== scopeDate)
    throw incomplete(`the credential date ${scopeDate} is not the X-Amz-Date day ${date[1]}`);
  const names = signed!.split(';');
  for (const required of ['host', 'x-amz-date'])
    if (!names.includes(required)) throw incomplete(`SignedHeaders must include ${required}`);
}
