// The AWS_IAM authorizer of the local gateway: SigV4 verified for real against the temporary
// credentials the identity pool issued, in API Gateway's order (reference §3.2): header shape,
// credential scope, X-Amz-Date within 5 minutes, access key, session token, expiry, signature,
// then the role's IAM policy on the method ARN. Each refusal is API Gateway's (§3.3).
import { timingSafeEqual } from 'node:crypto';
import type { APIGatewayEventIdentity } from 'aws-lambda';
import type { Clock } from '../../contract/clock';
import { assumedRoleArn, cognitoSessionName, roleUniqueId } from '../iam/assumed-role';
import { evaluatePolicy, type PolicyDocument } from '../iam/evaluate-policy';
import {
  canonicalRequest,
  sha256Hex,
  signatureFor,
  stringToSign,
} from '../iam/sigv4/canonical-request';
import { parseAuthorization } from '../iam/sigv4/parse-authorization';
import type { CredentialLookup, TemporaryCredentials } from '../iam/temporary-credentials';
import type {
  AuthorizationOutcome,
  AuthorizationRequest,
  GatewayAuthorizer,
} from './gateway-authorizer';
import { headerValues } from './gateway-authorizer';
import type { GatewayError } from './gateway-response';

export interface IamAuthorizerOptions {
  readonly credentials: CredentialLookup;
  /** The role's policy (api/api-invoke-policy.ts in the emulator; tests pass narrower ones). */
  readonly policy: PolicyDocument;
  /** The region the gateway runs in: the credential scope must name it. */
  readonly region: string;
  readonly clock: Clock;
}

/** API Gateway's allowed clock skew between X-Amz-Date and its own time. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

const amzDatePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** `20300101T000000Z` for an epoch ms. */
export const formatAmzDate = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function parseAmzDate(value: string): number | undefined {
  const m = amzDatePattern.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return formatAmzDate(ms) === value ? ms : undefined;
}

const deny = (error: GatewayError, note: string, message?: string): AuthorizationOutcome => ({
  allow: false,
  error,
  note: `deny:${note}`,
  ...(message !== undefined ? { message } : {}),
});

const mismatchMessage =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** `arn:aws:execute-api:r:123456789012:…` → account shown as `********9012`, as AWS masks it. */
const maskAccount = (arn: string): string =>
  arn.replace(/^(arn:aws:execute-api:[^:]*:)(\d{8})(\d{4}):/, '$1********$3:');

/** requestContext.identity as API Gateway fills it for identity-pool credentials (§3.5). */
export function identityOf(credentials: TemporaryCredentials): Partial<APIGatewayEventIdentity> {
  const caller = `${roleUniqueId(credentials.roleArn)}:${cognitoSessionName}`;
  const provider = credentials.providerName;
  return {
    cognitoIdentityPoolId: credentials.identityPoolId,
    accountId: /^arn:aws:iam::(\d{12}):/.exec(credentials.roleArn)?.[1] ?? null,
    cognitoIdentityId: credentials.identityId,
    caller,
    accessKey: credentials.accessKeyId,
    cognitoAuthenticationType: 'authenticated',
    cognitoAuthenticationProvider: `${provider},${provider}:CognitoSignIn:${credentials.sub}`,
    userArn: assumedRoleArn(credentials.roleArn),
    user: caller,
  };
}

/** Creates the AWS_IAM authorizer; it reads the body, which SigV4 signs. */
export function createIamAuthorizer(options: IamAuthorizerOptions): GatewayAuthorizer {
  const { credentials, policy, region, clock } = options;

  function authorize(request: AuthorizationRequest): AuthorizationOutcome {
    const headers = (name: string) => headerValues(request.rawHeaders, name);
    const authorization = headers('authorization');
    // Query-string presigning is not served (docs/emulator.md): such a request carries no
    // Authorization header, so it is answered as unsigned.
    if (authorization.length === 0) return deny('missing-authentication-token', 'unsigned');
    if (authorization.length > 1)
      return deny(
        'incomplete-signature',
        'two-headers',
        'Only one Authorization header is allowed.',
      );
    const dates = headers('x-amz-date');
    const parsed = parseAuthorization(authorization[0]!, dates.length > 0);
    if (!parsed.ok) return deny('incomplete-signature', 'malformed', parsed.message);
    const auth = parsed.value;

    if (auth.terminator !== 'aws4_request')
      return deny(
        'signature-mismatch',
        'scope',
        `Credential should be scoped with a valid terminator: 'aws4_request', not '${auth.terminator}'. `,
      );
    if (auth.service !== 'execute-api')
      return deny(
        'signature-mismatch',
        'scope',
        "Credential should be scoped to correct service: 'execute-api'. ",
      );
    if (auth.region !== region)
      return deny(
        'signature-mismatch',
        'scope',
        `Credential should be scoped to a valid region, not '${auth.region}'. `,
      );
    if (!auth.signedHeaders.includes('host'))
      return deny(
        'incomplete-signature',
        'host-unsigned',
        "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
      );

    const amzDate = dates.at(-1)!;
    const signedAt = parseAmzDate(amzDate);
    if (signedAt === undefined)
      return deny(
        'incomplete-signature',
        'date',
        `Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
      );
    if (auth.scopeDate !== amzDate.slice(0, 8))
      return deny(
        'signature-mismatch',
        'scope-date',
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
      );
    const now = clock.now();
    if (signedAt < now - MAX_SKEW_MS)
      return deny(
        'signature-expired',
        'skew',
        `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 5 min.)`,
      );
    if (signedAt > now + MAX_SKEW_MS)
      return deny(
        'signature-expired',
        'skew',
        `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 5 min.)`,
      );

    const issued = credentials.find(auth.accessKeyId);
    const tokens = headers('x-amz-security-token');
    if (issued === undefined || tokens.length !== 1 || !sameText(tokens[0]!, issued.sessionToken))
      return deny('invalid-security-token', 'unknown-key');
    if (now >= issued.expiresAt) return deny('expired-security-token', 'expired');

    const body = request.body ?? Buffer.alloc(0);
    const canonical = canonicalRequest(
      {
        method: request.method,
        rawPath: `/${request.stage}${request.path}`,
        search: request.search,
        rawHeaders: request.rawHeaders,
        body,
      },
      auth.signedHeaders,
    );
    const scope = `${auth.scopeDate}/${auth.region}/${auth.service}/aws4_request`;
    const toSign = stringToSign(amzDate, scope, canonical);
    const expected = signatureFor(
      issued.secretKey,
      { date: auth.scopeDate, region, service: 'execute-api' },
      toSign,
    );
    // A declared payload hash must be the body's (the Smithy signer sends one).
    const declaredHash = headers('x-amz-content-sha256');
    const hashOk = declaredHash.every((value) => value === sha256Hex(body));
    if (!sameText(auth.signature, expected) || !hashOk)
      return deny(
        'signature-mismatch',
        'signature',
        `${mismatchMessage}\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'${toSign}'\n`,
      );

    const decision = evaluatePolicy(policy, 'execute-api:Invoke', request.methodArn);
    if (decision !== 'allow') {
      const why =
        decision === 'explicit-deny'
          ? 'with an explicit deny in an identity-based policy'
          : 'because no identity-based policy allows the execute-api:Invoke action';
      return deny(
        'access-denied',
        decision,
        `User: ${assumedRoleArn(issued.roleArn)} is not authorized to perform: execute-api:Invoke on resource: ${maskAccount(request.methodArn)} ${why}`,
      );
    }
    return {
      allow: true,
      context: { authorizer: null, identity: identityOf(issued) },
      note: 'allow:sigv4',
    };
  }

  return { readsBody: true, authorize: (request) => Promise.resolve(authorize(request)) };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
