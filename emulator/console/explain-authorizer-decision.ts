// The gateway authorizers' decisions (create-cognito-authorizer.ts, create-lambda-authorizer.ts)
// in a person's words, one table per authorizer keyed by every reason, so a new reason does not
// compile without its sentence.
import type { ApiTokenMode } from '../../contract/api-modes';
import type { Clock } from '../../contract/clock';
import type { AuthorizerDecision, DenyReason } from '../gateway/create-cognito-authorizer';
import type { AuthorizerExplanation, LambdaAuthorizerStep } from '../gateway/gateway-authorizer';

export interface Explained {
  readonly headline: string;
  readonly details: readonly string[];
}

interface ExplainContext {
  readonly identityHeader: string;
  readonly apiToken: ApiTokenMode;
  readonly clock: Clock;
  readonly headerName?: string;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

function ago(clock: Clock, seconds: number): string {
  const diff = Math.round(clock.now() / 1000 - seconds);
  const abs = Math.abs(diff);
  const span =
    abs < 120
      ? `${abs} s`
      : abs < 7200
        ? `${Math.round(abs / 60)} min`
        : `${Math.round(abs / 3600)} h`;
  return diff >= 0 ? `${span} ago` : `in ${span}`;
}

type Facts = Extract<AuthorizerDecision, { allow: false }>['facts'];

const cognitoReasons: Record<DenyReason, (facts: Facts, c: ExplainContext) => Explained> = {
  missing: (_f, c) => ({
    headline: `No token in the ${c.identityHeader} header.`,
    details: [
      `The API's authorizer reads the token from ${c.identityHeader} (identity source method.request.header.${c.identityHeader}), and finds none${c.headerName !== undefined && c.headerName.toLowerCase() !== c.identityHeader.toLowerCase() ? `: a token in ${c.headerName} is not looked at` : ''}.`,
    ],
  }),
  repeated: (_f, c) => ({
    headline: `The ${c.identityHeader} header was sent more than once.`,
    details: [],
  }),
  malformed: () => ({
    headline: 'Not a JWT, or a malformed one.',
    details: [
      'The header value must be exactly a JWT (header.payload.signature in base64url), optionally after "Bearer " and one space; spaces, two tokens or other characters are refused before any check.',
    ],
  }),
  'too-long': () => ({
    headline: 'Too long: refused before any check.',
    details: [],
  }),
  'bad-header': (f) => ({
    headline:
      f.alg !== undefined
        ? `Wrong algorithm: the token's header says alg ${f.alg}; the authorizer takes RS256 only.`
        : 'The token’s header names no key (kid), so no key of the pool can verify it.',
    details: [],
  }),
  'other-pool': (f) => ({
    headline: 'Issued by another user pool.',
    details: [
      `The token's issuer is ${f.tokenIssuer ?? '(none)'}; the API's authorizer trusts only this pool (its providerARNs), whose tokens say the issuer shown on the App client page.`,
    ],
  }),
  'unknown-kid': () => ({
    headline: 'Signed with a key this pool does not publish.',
    details: [
      'Its kid is not in the pool’s JWKS: a token from before the data folder was reset, from another emulator, or made up.',
    ],
  }),
  'jwks-unavailable': () => ({
    headline: 'The pool’s keys could not be read; the authorizer fails closed.',
    details: [],
  }),
  'bad-signature': () => ({
    headline: 'Bad signature.',
    details: [
      'The kid is one of this pool’s keys, but the signature does not verify with it: the token was changed after it was signed, or signed with another key.',
    ],
  }),
  expired: (f, c) => ({
    headline:
      f.expiredAt === undefined
        ? 'Expired.'
        : `Expired at ${iso(f.expiredAt)} (${ago(c.clock, f.expiredAt)}, on the emulator’s clock).`,
    details: [
      'API Gateway answers 401 "The incoming token has expired". The SPA renews its tokens with the refresh token and retries once.',
    ],
  }),
  'not-yet-valid': (f, c) => ({
    headline:
      f.notBefore === undefined
        ? 'Not valid yet.'
        : `Not valid until ${iso(f.notBefore)} (${ago(c.clock, f.notBefore)}).`,
    details: [],
  }),
  'missing-claim': (f) => ({
    headline: `The token has no ${f.claim ?? 'required'} claim.`,
    details: ['The authorizer requires exp, iat and token_use.'],
  }),
  'wrong-audience': () => ({
    headline: 'Minted for another app client.',
    details: ['The authorizer is pinned to the SPA’s app client (identityValidationExpression).'],
  }),
  'not-an-id-token': (f) => ({
    headline: `Wrong token use: this is an ${f.tokenUse ?? 'unknown'} token, and the API takes ID tokens.`,
    details: [
      'With apiToken id the methods have no OAuth scopes, so API Gateway treats the token as an ID token and refuses an access token (401). Send the ID token, or run the API with apiToken access.',
    ],
  }),
  'not-an-access-token': (f) => ({
    headline: `Wrong token use: this is an ${f.tokenUse ?? 'unknown'} token, and the API takes access tokens.`,
    details: [
      `With apiToken access each method has OAuth scopes (GET /transactions: ${(f.methodScopes ?? []).join(', ')}), so API Gateway treats the token as an access token and refuses an ID token (401). Send the access token.`,
    ],
  }),
  'missing-scope': (f) => ({
    headline: `Missing scope: the token carries none of ${(f.methodScopes ?? []).join(', ')}.`,
    details: [
      `Its scope claim is "${(f.tokenScopes ?? []).join(' ')}". API Gateway lets an access token through when it holds at least one of the method's scopes, else 401. Ask for the scope at sign-in (the app client must allow it).`,
    ],
  }),
  invalid: (f) => ({
    headline: `The token failed the authorizer’s checks${f.claim !== undefined ? ` (claim ${f.claim})` : ''}.`,
    details: [],
  }),
};

/** The Cognito authorizer's decision in words. */
export function explainCognitoDecision(
  decision: AuthorizerDecision,
  context: ExplainContext,
): Explained {
  if (decision.allow)
    return {
      headline: 'API Gateway would let this token through to GET /transactions.',
      details: [
        `A valid ${context.apiToken === 'access' ? 'access' : 'ID'} token of this pool: signature, expiry and issuer check out. The Lambda gets the claims below, every value a string.`,
      ],
    };
  return cognitoReasons[decision.reason](decision.facts, context);
}

const lambdaSteps: Record<LambdaAuthorizerStep, (principalId: string | undefined) => Explained> = {
  'no-identity-source': () => ({
    headline: 'No identity source: API Gateway answers 401 without invoking the Lambda authorizer.',
    details: [],
  }),
  unauthorized: () => ({
    headline: 'The Lambda authorizer refused the token (it threw "Unauthorized"): 401.',
    details: [
      'The authorizer (authorizer/, aws-jwt-verify) checks signature, expiry, issuer, client and token use; the claims below usually show which.',
    ],
  }),
  threw: () => ({
    headline: 'The Lambda authorizer failed: 500, AuthorizerConfigurationException.',
    details: [],
  }),
  timeout: () => ({
    headline: 'The Lambda authorizer timed out: 500, AuthorizerConfigurationException.',
    details: [],
  }),
  malformed: () => ({
    headline:
      'The Lambda authorizer answered something API Gateway cannot use: 500, AuthorizerConfigurationException.',
    details: [],
  }),
  'explicit-deny': (id) => ({
    headline: `The Lambda authorizer answered a Deny policy for ${id ?? 'the caller'}: 403.`,
    details: [],
  }),
  'implicit-deny': (id) => ({
    headline: `The Lambda authorizer's policy for ${id ?? 'the caller'} does not allow GET /transactions: 403.`,
    details: [],
  }),
  allow: (id) => ({
    headline: `The Lambda authorizer would let this token through to GET /transactions (principalId ${id ?? ''}).`,
    details: ['The Lambda gets the authorizer context below.'],
  }),
};

/** The Lambda authorizer's decision in words (its own reasons stay inside the Lambda, as on AWS). */
export function explainLambdaStep(
  explanation: Extract<AuthorizerExplanation, { kind: 'lambda' }>,
  _context: ExplainContext,
): Explained {
  return lambdaSteps[explanation.step](explanation.principalId);
}
