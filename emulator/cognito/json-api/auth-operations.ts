import { authenticate, setNewPassword } from '../authenticate';
import { CognitoError, messages } from '../cognito-error';
import { findUser, type PoolContext } from '../pool-context';
import { findClient, type AppClientConfig, type ExplicitAuthFlow } from '../pool-config';
import type { UserRecord } from '../pool-state';
import { checkRefreshToken, issueTokens } from '../token-service';
import { requiredString, stringMap, type JsonBody } from './json-input';

const apiScopes = ['aws.cognito.signin.user.admin'];

export function requireClient(ctx: PoolContext, body: JsonBody): AppClientConfig {
  const clientId = requiredString(body, 'ClientId', 128);
  const client = findClient(ctx.config, clientId);
  if (!client)
    throw new CognitoError(
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  return client;
}

export function requirePool(ctx: PoolContext, body: JsonBody): void {
  const id = requiredString(body, 'UserPoolId', 55);
  if (id !== ctx.config.userPoolId)
    throw new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`);
}

function authenticationResult(ctx: PoolContext, user: UserRecord, client: AppClientConfig) {
  const t = issueTokens(ctx, {
    user,
    client,
    scopes: apiScopes,
    authTime: Math.floor(ctx.clock.now() / 1000),
    oauth: false,
    withRefreshToken: true,
  });
  return {
    AuthenticationResult: {
      AccessToken: t.accessToken,
      ExpiresIn: t.expiresIn,
      IdToken: t.idToken,
      RefreshToken: t.refreshToken,
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  };
}

function newPasswordChallenge(ctx: PoolContext, user: UserRecord, client: AppClientConfig) {
  const session = `AYABe${ctx.ids.secret(180)}`;
  ctx.state.challengeSessions.set(session, {
    username: user.username,
    clientId: client.clientId,
    expiresAt: ctx.clock.now() + ctx.config.authSessionSeconds * 1000,
  });
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: session,
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

function requireFlow(client: AppClientConfig, flow: ExplicitAuthFlow, message: string): void {
  if (!client.explicitAuthFlows.includes(flow))
    throw new CognitoError('InvalidParameterException', message);
}

function refresh(ctx: PoolContext, client: AppClientConfig, params: Record<string, string>) {
  requireFlow(client, 'ALLOW_REFRESH_TOKEN_AUTH', 'Refresh Token flow not enabled for this client');
  const token = params.REFRESH_TOKEN;
  if (!token)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
  const checked = checkRefreshToken(ctx, token, client.clientId);
  if (!checked.ok) {
    const text = {
      invalid: messages.invalidRefresh,
      expired: messages.refreshExpired,
      revoked: messages.refreshRevoked,
    }[checked.reason];
    throw new CognitoError('NotAuthorizedException', text);
  }
  const { family, user } = checked;
  const t = issueTokens(ctx, {
    user,
    client,
    scopes: family.scopes,
    authTime: family.authTime,
    oauth: family.oauth,
    family,
    withRefreshToken: false,
  });
  return {
    AuthenticationResult: {
      AccessToken: t.accessToken,
      ExpiresIn: t.expiresIn,
      IdToken: t.idToken,
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  };
}

async function passwordAuth(
  ctx: PoolContext,
  client: AppClientConfig,
  params: Record<string, string>,
) {
  if (!params.USERNAME)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  if (!params.PASSWORD)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter PASSWORD');
  const outcome = await authenticate(ctx, params.USERNAME, params.PASSWORD);
  return outcome.kind === 'newPasswordRequired'
    ? newPasswordChallenge(ctx, outcome.user, client)
    : authenticationResult(ctx, outcome.user, client);
}

const initiateFlows = ['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN'];
const adminFlows = [
  'ADMIN_USER_PASSWORD_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
];

function unsupportedFlow(flow: string, allowed: string[]): CognitoError {
  if (flow === 'USER_SRP_AUTH' || flow === 'CUSTOM_AUTH' || flow === 'USER_AUTH') {
    return new CognitoError(
      'InvalidParameterException',
      `${flow} is not supported by the local Cognito emulator; use ${allowed[0]}.`,
    );
  }
  return new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );
}

export async function initiateAuth(ctx: PoolContext, body: JsonBody) {
  const flow = requiredString(body, 'AuthFlow', 64);
  const client = requireClient(ctx, body);
  const params = stringMap(body, 'AuthParameters');
  if (!initiateFlows.includes(flow)) throw unsupportedFlow(flow, initiateFlows);
  if (flow !== 'USER_PASSWORD_AUTH') return refresh(ctx, client, params);
  requireFlow(
    client,
    'ALLOW_USER_PASSWORD_AUTH',
    'USER_PASSWORD_AUTH flow not enabled for this client',
  );
  return passwordAuth(ctx, client, params);
}

export async function adminInitiateAuth(ctx: PoolContext, body: JsonBody) {
  requirePool(ctx, body);
  const flow = requiredString(body, 'AuthFlow', 64);
  const client = requireClient(ctx, body);
  const params = stringMap(body, 'AuthParameters');
  if (!adminFlows.includes(flow)) throw unsupportedFlow(flow, adminFlows);
  if (flow.startsWith('REFRESH')) return refresh(ctx, client, params);
  requireFlow(client, 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'Auth flow not enabled for this client');
  return passwordAuth(ctx, client, params);
}

/** RespondToAuthChallenge / AdminRespondToAuthChallenge for NEW_PASSWORD_REQUIRED. */
export async function respondToAuthChallenge(ctx: PoolContext, body: JsonBody, admin: boolean) {
  if (admin) requirePool(ctx, body);
  const client = requireClient(ctx, body);
  const name = requiredString(body, 'ChallengeName', 64);
  const sessionId = requiredString(body, 'Session', 2048);
  const responses = stringMap(body, 'ChallengeResponses');
  if (name !== 'NEW_PASSWORD_REQUIRED') {
    throw new CognitoError(
      'InvalidParameterException',
      `Challenge ${name} is not supported by the local Cognito emulator (only NEW_PASSWORD_REQUIRED).`,
    );
  }
  const session = ctx.state.challengeSessions.get(sessionId);
  if (!session || session.expiresAt <= ctx.clock.now() || session.clientId !== client.clientId) {
    ctx.state.challengeSessions.delete(sessionId);
    throw new CognitoError('NotAuthorizedException', messages.sessionExpired);
  }
  if (!responses.USERNAME)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  const user = findUser(ctx, responses.USERNAME);
  if (!user || user.username !== session.username)
    throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  if (!responses.NEW_PASSWORD)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', messages.disabled);
  await setNewPassword(ctx, user, responses.NEW_PASSWORD, 'newPassword');
  ctx.state.challengeSessions.delete(sessionId);
  return authenticationResult(ctx, user, client);
}
