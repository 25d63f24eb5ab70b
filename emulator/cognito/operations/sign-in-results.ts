import type {
  AuthenticationResultType,
  AuthFlowType,
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { authenticate, setNewPassword } from '../authenticate';
import { CognitoError, messages } from '../cognito-error';
import { checkPasswordPolicy } from '../password-policy';
import { findUser, type PoolContext } from '../pool-context';
import type { AppClientConfig, ExplicitAuthFlow } from '../pool-config';
import type { UserRecord } from '../pool-state';
import { issueTokens, refreshTokens, type RefreshFailure } from '../token-service';
import {
  liveChallengeSession,
  sessionOfOtherUser,
  startChallengeSession,
  useUpChallengeSession,
} from '../mfa/challenge-session';
import { startMfaChallenge, type MfaChallenge } from '../mfa/mfa-challenge';
import { mfaStepFor } from '../mfa/mfa-rules';
import { readAuthFlow, type SignInFlows } from './auth-flows';
import { checkSecretHash, requireSecretHash } from '../client-secret';
import { clientIdLimit, requireClient } from './members';
import { defineOperation, type Checked, type Operation, type Wire } from './operation';

/** What InitiateAuth, AdminInitiateAuth and both RespondToAuthChallenge operations answer. */
export type SignInResult = Wire<InitiateAuthResponse>;

const apiScopes = ['aws.cognito.signin.user.admin'];

const result = (tokens: AuthenticationResultType): SignInResult => ({
  AuthenticationResult: { ...tokens, TokenType: 'Bearer' },
  ChallengeParameters: {},
});

export async function signedIn(
  ctx: PoolContext,
  user: UserRecord,
  client: AppClientConfig,
  newPassword = false,
): Promise<SignInResult> {
  const t = await issueTokens(ctx, {
    newPassword,
    user,
    client,
    scopes: apiScopes,
    authTime: Math.floor(ctx.clock.now() / 1000),
    oauth: false,
    withRefreshToken: true,
  });
  return result({
    AccessToken: t.accessToken,
    ExpiresIn: t.expiresIn,
    IdToken: t.idToken,
    RefreshToken: t.refreshToken,
  });
}

function newPasswordChallenge(
  ctx: PoolContext,
  user: UserRecord,
  client: AppClientConfig,
): SignInResult {
  const session = startChallengeSession(ctx, user, client.clientId, 'NEW_PASSWORD_REQUIRED');
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: session.id,
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: '[]',
      userAttributes: JSON.stringify({
        ...user.attributes,
        email_verified: String(user.emailVerified),
        email: user.email,
      }),
    },
  };
}

/** A challenge as the JSON API answers it. */
export const challengeResult = (challenge: MfaChallenge): SignInResult => ({
  ChallengeName: challenge.name,
  Session: challenge.session.id,
  ChallengeParameters: challenge.parameters,
});

/** After the password (or a new one): the MFA challenge the pool and user call for, or tokens. */
async function afterFirstFactor(
  ctx: PoolContext,
  user: UserRecord,
  client: AppClientConfig,
  newPassword = false,
): Promise<SignInResult> {
  const step = mfaStepFor(ctx.config, user);
  if (step.kind === 'none') return signedIn(ctx, user, client, newPassword);
  return challengeResult(startMfaChallenge(ctx, user, client.clientId, step));
}

function requireFlow(client: AppClientConfig, flow: ExplicitAuthFlow, message: string) {
  if (!client.explicitAuthFlows.includes(flow))
    throw new CognitoError('InvalidParameterException', message);
}

const refreshMessages = {
  invalid: messages.invalidRefresh,
  expired: messages.refreshExpired,
  revoked: messages.refreshRevoked,
  reused: messages.refreshRevoked,
} as const;

/** Why a refresh token was refused, as the JSON API says it. */
export function refreshError(reason: RefreshFailure): CognitoError {
  return new CognitoError(
    reason === 'reused' ? 'RefreshTokenReuseException' : 'NotAuthorizedException',
    refreshMessages[reason],
  );
}

/**
 * REFRESH_TOKEN_AUTH / REFRESH_TOKEN: new ID and access tokens, no new refresh token. A
 * rotating client must use GetTokensFromRefreshToken (cognito-extensions §3.1).
 */
async function refreshSignIn(
  ctx: PoolContext,
  client: AppClientConfig,
  params: Record<string, string>,
): Promise<SignInResult> {
  const notEnabled = 'Refresh Token flow not enabled for this client';
  if (client.refreshTokenRotation) throw new CognitoError('InvalidParameterException', notEnabled);
  requireFlow(client, 'ALLOW_REFRESH_TOKEN_AUTH', notEnabled);
  const token = params.REFRESH_TOKEN;
  if (!token)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
  // The hash of a refresh is over the pool username (cognito:username), the one name it knows.
  requireSecretHash(client, params.SECRET_HASH);
  const family = ctx.repo.familyOfRefreshToken(token);
  if (family) checkSecretHash(client, family.username, params.SECRET_HASH);
  const refreshed = await refreshTokens(ctx, token, client);
  if (!refreshed.ok) throw refreshError(refreshed.reason);
  const t = refreshed.tokens;
  return result({ AccessToken: t.accessToken, ExpiresIn: t.expiresIn, IdToken: t.idToken });
}

/** USER_PASSWORD_AUTH / ADMIN_USER_PASSWORD_AUTH: tokens, or the NEW_PASSWORD_REQUIRED step. */
async function passwordSignIn(
  ctx: PoolContext,
  client: AppClientConfig,
  params: Record<string, string>,
): Promise<SignInResult> {
  if (!params.USERNAME)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  if (!params.PASSWORD)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter PASSWORD');
  checkSecretHash(client, params.USERNAME, params.SECRET_HASH);
  const outcome = await authenticate(ctx, params.USERNAME, params.PASSWORD);
  return outcome.kind === 'newPasswordRequired'
    ? newPasswordChallenge(ctx, outcome.user, client)
    : afterFirstFactor(ctx, outcome.user, client);
}

/** Answers NEW_PASSWORD_REQUIRED with the Session it was given (single use). */
export async function answerNewPassword(
  ctx: PoolContext,
  client: AppClientConfig,
  sessionId: string,
  responses: Record<string, string>,
): Promise<SignInResult> {
  const session = liveChallengeSession(ctx, client.clientId, sessionId);
  if (session.challenge !== 'NEW_PASSWORD_REQUIRED')
    throw new CognitoError(
      'InvalidParameterException',
      `The Session is for ${session.challenge}, not NEW_PASSWORD_REQUIRED.`,
    );
  if (!responses.USERNAME)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  const user = findUser(ctx, responses.USERNAME);
  if (!user || user.username !== session.username)
    throw new CognitoError('NotAuthorizedException', sessionOfOtherUser);
  if (!responses.NEW_PASSWORD)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', messages.disabled);
  checkPasswordPolicy(ctx.config.passwordPolicy, responses.NEW_PASSWORD, 'newPassword');
  // Used up before the hash: a parallel answer with the same Session finds it used.
  useUpChallengeSession(ctx, session);
  const updated = await setNewPassword(ctx, user, responses.NEW_PASSWORD, 'newPassword');
  return afterFirstFactor(ctx, updated, client, true);
}

/** InitiateAuth and AdminInitiateAuth: a password sign-in or a refresh, per `flows`. */
function runSignIn<F extends AuthFlowType>(
  ctx: PoolContext,
  spec: SignInFlows<F>,
  request: { AuthFlow: F; ClientId: string; AuthParameters: Record<string, string> },
): SignInResult | Promise<SignInResult> {
  const client = requireClient(ctx, request.ClientId);
  if (request.AuthFlow.startsWith('REFRESH'))
    return refreshSignIn(ctx, client, request.AuthParameters);
  requireFlow(client, spec.passwordFlow, spec.notEnabled);
  return passwordSignIn(ctx, client, request.AuthParameters);
}

/**
 * InitiateAuth or AdminInitiateAuth (their requests differ only by UserPoolId, which the
 * dispatcher checks for `iam`; their responses have the same members).
 */
export function defineSignInOperation<F extends AuthFlowType>(
  auth: 'public' | 'iam',
  spec: SignInFlows<F>,
): Operation {
  type Read = Checked<InitiateAuthRequest, 'ClientId' | 'AuthParameters'> & { AuthFlow: F };
  return defineOperation<Read, InitiateAuthResponse>({
    auth,
    read: (input) => ({
      AuthFlow: readAuthFlow(input, spec.flows),
      ClientId: input.string('ClientId', clientIdLimit),
      AuthParameters: input.stringMap('AuthParameters'),
    }),
    run: (ctx, request) => runSignIn(ctx, spec, request),
  });
}
