// The console's "Test the authorizer", as a function: read the pasted token and header name,
// ask the gateway's own authorizer (Gateway.probe, the code every API request meets) about
// GET /transactions in the current mode, and put its decision into words. Nothing here decides
// on its own; it explains what the gateway, the identity pool or the pool said.
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import type { Clock } from '../../contract/clock';
import { checkIdToken } from '../cognito/check-id-token';
import type { PoolContext } from '../cognito/pool-context';
import { sessionLiveness } from '../cognito/session-liveness';
import type { ProbeRequest, ProbeResult } from '../gateway/probe-authorizer';
import { MAX_TOKEN_LENGTH, stripBearer } from '../gateway/read-token-from-header';
import { decodeTokenForDisplay, type DecodedToken } from './decode-token-for-display';
import { explainCognitoDecision, explainLambdaStep } from './explain-authorizer-decision';

/** Longest header value the gateway reads at all (`Bearer ` + the longest token). */
export const MAX_PASTED_TOKEN = MAX_TOKEN_LENGTH + 'Bearer '.length;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- exactly what an HTTP header value may not carry
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface AuthorizerTestDeps {
  readonly apiAuth: ApiAuthMode;
  readonly apiToken: ApiTokenMode;
  /** The header the API's authorizer reads (its identity source). */
  readonly identityHeader: string;
  readonly apiUrl: string;
  readonly clock: Clock;
  /** The product's pool: the identity pool's check (iam) and whether a session was revoked. */
  readonly pool: PoolContext;
  /** The running gateway's probe; absent when the emulator runs without the API. */
  readonly probe?: ((request: ProbeRequest) => Promise<ProbeResult>) | undefined;
}

export interface AuthorizerVerdict {
  /** true: let through; false: refused; null: nothing was asked (no API, or iam mode). */
  readonly allowed: boolean | null;
  readonly headline: string;
  readonly details: readonly string[];
  /** What the API's caller would get back when refused. */
  readonly response?: { readonly status: number; readonly body: string } | undefined;
  /** `requestContext.authorizer` as the Lambda would get it, when let through. */
  readonly context?: Readonly<Record<string, unknown>> | undefined;
}

export type AuthorizerTestOutcome =
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'tested';
      readonly headerName: string;
      readonly decoded: DecodedToken;
      readonly verdict: AuthorizerVerdict;
      /** Facts beside the verdict: revocation, what the identity pool would say. */
      readonly notes: readonly string[];
      readonly curl: string;
    };

/** Single-quotes a word for a POSIX shell: nothing inside is expanded. */
export const shellQuote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

const when = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Checks the form's two fields; a refusal says what to fix. */
function readInput(
  token: string | undefined,
  headerName: string | undefined,
): { token: string; headerName: string } | string {
  const name = (headerName ?? '').trim() || 'Authorization';
  if (!HEADER_NAME.test(name))
    return "The header name must be 1 to 64 letters, digits or !#$%&'*+-.^_`|~, for example Authorization.";
  // HTTP trims the spaces around a header value; a pasted line break goes with them.
  const value = (token ?? '').trim();
  if (value === '') return 'Paste a token to test.';
  if (value.length > MAX_PASTED_TOKEN)
    return `The token is ${value.length} characters long. The API's authorizer refuses any header value over ${MAX_PASTED_TOKEN} characters (a token over ${MAX_TOKEN_LENGTH} after an optional "Bearer ") with 401 Unauthorized before any check, so it is not read here either.`;
  if (CONTROL.test(value))
    return 'The token contains a line break or another control character, which an HTTP header cannot carry. Paste it as one line.';
  return { token: value, headerName: name };
}

function curlFor(deps: AuthorizerTestDeps, headerName: string, token: string): string {
  const url = shellQuote(`${deps.apiUrl}/transactions`);
  if (deps.apiAuth === 'iam')
    return `curl -i --aws-sigv4 'aws:amz:local:execute-api' --user "$ACCESS_KEY_ID:$SECRET_KEY" -H "x-amz-security-token: $SESSION_TOKEN" ${url}`;
  return `curl -i -H ${shellQuote(`${headerName}: ${token}`)} ${url}`;
}

/** The identity pool's decision on the token (apiAuth iam), from the code GetId runs. */
function iamVerdict(deps: AuthorizerTestDeps, token: string): AuthorizerVerdict {
  const bare = stripBearer(token);
  const check = checkIdToken(deps.pool, bare);
  const how =
    'In iam mode the API takes no token: its methods are AWS_IAM. The SPA exchanges the ID token at the identity pool (GetId, then GetCredentialsForIdentity) and signs GET /transactions with SigV4 using those credentials; a token in a header is answered 403 Missing Authentication Token or IncompleteSignatureException.';
  if (check.ok)
    return {
      allowed: null,
      headline: 'The identity pool would exchange this ID token for credentials.',
      details: [how, `Identity for sub ${check.sub}, from ${check.issuer}.`],
    };
  const why: Record<typeof check.reason, string> = {
    'not-a-token': 'It is not an ID token of this pool (not a JWT, or not token_use id).',
    signature: 'Its signature does not verify with this pool’s keys.',
    'no-audience': 'It has no aud: an access token. The identity pool takes ID tokens only.',
    revoked:
      'Its sign-in was revoked (signed out everywhere, or the user was disabled or deleted): the identity pool’s server-side token check refuses it.',
    expired: `It expired at ${check.reason === 'expired' ? when(check.exp) : ''}.`,
    issuer: `It was issued by another pool (${check.reason === 'issuer' ? String(check.issuer) : ''}).`,
  };
  return {
    allowed: null,
    headline: 'The identity pool would refuse this token, so no signed request could be made.',
    details: [how, why[check.reason]],
  };
}

function probeVerdict(
  deps: AuthorizerTestDeps,
  headerName: string,
  result: ProbeResult,
): AuthorizerVerdict {
  const context = { ...deps, headerName };
  if (result.kind !== 'decided')
    return { allowed: true, headline: 'GET /transactions is not guarded here.', details: [] };
  const { outcome, response } = result;
  const lines =
    outcome.explanation?.kind === 'cognito'
      ? explainCognitoDecision(outcome.explanation.decision, context)
      : outcome.explanation?.kind === 'lambda'
        ? explainLambdaStep(outcome.explanation, context)
        : { headline: outcome.note, details: [] };
  return {
    allowed: outcome.allow,
    ...lines,
    response,
    context: outcome.allow ? (outcome.context.authorizer ?? undefined) : undefined,
  };
}

/** What the console says about a revoked session the authorizer still accepts. */
function revocationNotes(deps: AuthorizerTestDeps, decoded: DecodedToken): string[] {
  if (decoded.kind !== 'jwt' || decoded.claims.iss !== deps.pool.config.issuer) return [];
  const usernameClaim = decoded.claims.token_use === 'access' ? 'username' : 'cognito:username';
  const live = sessionLiveness(deps.pool, decoded.claims, usernameClaim);
  const what: Record<Exclude<typeof live.state, 'live'>, string> = {
    revoked: `This token’s sign-in was revoked at ${live.state === 'revoked' ? new Date(live.at).toISOString() : ''} (sign-out everywhere, or its refresh token revoked).`,
    'user-disabled': 'This token’s user is disabled.',
    'user-gone': 'This token’s user no longer exists.',
    'unknown-session': 'The pool no longer knows the sign-in this token came from.',
  };
  if (live.state === 'live') return [];
  return [
    what[live.state],
    'API Gateway’s Cognito authorizer does not consult revocation: it checks the signature, expiry and issuer (and the token use or scopes), so it lets such a token through until it expires; AWS documents that revoked tokens still verify, and the emulator follows that. The Lambda authorizer (aws-jwt-verify) and the Transactions API do not check it either.',
    'Cognito’s own JSON API does: GetUser and the other access-token operations answer NotAuthorizedException "Access Token has been revoked", the refresh token no longer works, and the identity pool refuses the ID token.',
  ];
}

/** Runs the test for one posted form; never throws for anything the user typed. */
export async function testAuthorizer(
  deps: AuthorizerTestDeps,
  form: { readonly token?: string | undefined; readonly headerName?: string | undefined },
): Promise<AuthorizerTestOutcome> {
  const input = readInput(form.token, form.headerName);
  if (typeof input === 'string') return { kind: 'refused', message: input };
  const { token, headerName } = input;
  const decoded = decodeTokenForDisplay(token);
  let verdict: AuthorizerVerdict;
  if (deps.apiAuth === 'iam') verdict = iamVerdict(deps, token);
  else if (deps.probe === undefined)
    verdict = {
      allowed: null,
      headline:
        'The Transactions API does not run in this emulator (api: false), so there is no authorizer to ask.',
      details: [],
    };
  else
    verdict = probeVerdict(
      deps,
      headerName,
      await deps.probe({ method: 'GET', path: '/transactions', headers: [[headerName, token]] }),
    );
  // iam: the identity pool's own check already refuses a revoked sign-in (in the verdict).
  const notes =
    verdict.allowed === false || deps.apiAuth === 'iam' ? [] : revocationNotes(deps, decoded);
  return {
    kind: 'tested',
    headerName,
    decoded,
    verdict,
    notes,
    curl: curlFor(deps, headerName, token),
  };
}
