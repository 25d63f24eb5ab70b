import {
  adminAddUserToGroup,
  adminConfirmSignUp,
  adminCreateUser,
  adminDeleteUser,
  adminGetUser,
  adminSetEnabled,
  adminSetUserPassword,
  createGroup,
  listUsers,
  requireUser,
} from '../admin-users';
import { CognitoError, messages } from '../cognito-error';
import type { PoolContext } from '../pool-context';
import { describeUserPool, describeUserPoolClient } from '../pool-description';
import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
  revokeAllFamilies,
  signUp,
} from '../self-service';
import { revokeRefreshToken, verifyAccessToken } from '../token-service';
import { attributeList } from '../user-attributes';
import {
  adminInitiateAuth,
  initiateAuth,
  requireClient,
  requirePool,
  respondToAuthChallenge,
} from './auth-operations';
import { optionalString, requiredString, type JsonBody } from './json-input';

export type Operation = (ctx: PoolContext, body: JsonBody) => unknown;

const usernameOf = (body: JsonBody) => requiredString(body, 'Username', 128);

/** Access-token operations need the admin scope (hosted-UI tokens only have it when asked for). */
function userFromAccessToken(ctx: PoolContext, body: JsonBody) {
  const verified = verifyAccessToken(ctx, requiredString(body, 'AccessToken', 8192));
  const scopes = String(verified.claims.scope ?? '').split(' ');
  if (!scopes.includes('aws.cognito.signin.user.admin'))
    throw new CognitoError('NotAuthorizedException', messages.accessScopes);
  return verified.user;
}

/** Operations that need AWS credentials (SigV4) on real Cognito. */
export const adminOperations = new Set([
  'AdminCreateUser',
  'AdminConfirmSignUp',
  'AdminGetUser',
  'AdminDeleteUser',
  'AdminDisableUser',
  'AdminEnableUser',
  'AdminSetUserPassword',
  'AdminAddUserToGroup',
  'AdminInitiateAuth',
  'AdminRespondToAuthChallenge',
  'AdminUserGlobalSignOut',
  'ListUsers',
  'CreateGroup',
  'DescribeUserPool',
  'DescribeUserPoolClient',
]);

/** Every implemented operation of AWSCognitoIdentityProviderService, by name. */
export const operations: Record<string, Operation> = {
  SignUp: (ctx, b) => {
    requireClient(ctx, b);
    return signUp(ctx, {
      username: usernameOf(b),
      password: requiredString(b, 'Password', 4096),
      attributes: b.UserAttributes,
    });
  },
  ConfirmSignUp: (ctx, b) => {
    requireClient(ctx, b);
    confirmSignUp(ctx, usernameOf(b), requiredString(b, 'ConfirmationCode', 2048));
    return {};
  },
  ResendConfirmationCode: (ctx, b) => {
    requireClient(ctx, b);
    return resendConfirmationCode(ctx, usernameOf(b));
  },
  ForgotPassword: (ctx, b) => {
    requireClient(ctx, b);
    return forgotPassword(ctx, usernameOf(b));
  },
  ConfirmForgotPassword: async (ctx, b) => {
    requireClient(ctx, b);
    await confirmForgotPassword(
      ctx,
      usernameOf(b),
      requiredString(b, 'ConfirmationCode', 2048),
      requiredString(b, 'Password', 4096),
    );
    return {};
  },
  InitiateAuth: initiateAuth,
  AdminInitiateAuth: adminInitiateAuth,
  RespondToAuthChallenge: (ctx, b) => respondToAuthChallenge(ctx, b, false),
  AdminRespondToAuthChallenge: (ctx, b) => respondToAuthChallenge(ctx, b, true),
  GetUser: (ctx, b) => {
    const user = userFromAccessToken(ctx, b);
    return { Username: user.username, UserAttributes: attributeList(user) };
  },
  GlobalSignOut: (ctx, b) => {
    const user = userFromAccessToken(ctx, b);
    revokeAllFamilies(ctx, user.username);
    return {};
  },
  RevokeToken: (ctx, b) => {
    const client = requireClient(ctx, b);
    const result = revokeRefreshToken(ctx, requiredString(b, 'Token', 8192), client.clientId);
    if (result === 'otherClient')
      throw new CognitoError('UnauthorizedException', 'Token was not issued to this client.');
    return {};
  },
  AdminCreateUser: (ctx, b) => {
    requirePool(ctx, b);
    return adminCreateUser(ctx, {
      username: usernameOf(b),
      attributes: b.UserAttributes,
      temporaryPassword: optionalString(b, 'TemporaryPassword', 4096),
      messageAction: optionalString(b, 'MessageAction', 16),
    });
  },
  AdminConfirmSignUp: (ctx, b) => {
    requirePool(ctx, b);
    adminConfirmSignUp(ctx, usernameOf(b));
    return {};
  },
  AdminGetUser: (ctx, b) => {
    requirePool(ctx, b);
    return adminGetUser(ctx, usernameOf(b));
  },
  AdminDeleteUser: (ctx, b) => {
    requirePool(ctx, b);
    adminDeleteUser(ctx, usernameOf(b));
    return {};
  },
  AdminDisableUser: (ctx, b) => {
    requirePool(ctx, b);
    adminSetEnabled(ctx, usernameOf(b), false);
    return {};
  },
  AdminEnableUser: (ctx, b) => {
    requirePool(ctx, b);
    adminSetEnabled(ctx, usernameOf(b), true);
    return {};
  },
  AdminSetUserPassword: async (ctx, b) => {
    requirePool(ctx, b);
    await adminSetUserPassword(
      ctx,
      usernameOf(b),
      requiredString(b, 'Password', 4096),
      b.Permanent === true,
    );
    return {};
  },
  AdminAddUserToGroup: (ctx, b) => {
    requirePool(ctx, b);
    adminAddUserToGroup(ctx, usernameOf(b), requiredString(b, 'GroupName', 128));
    return {};
  },
  AdminUserGlobalSignOut: (ctx, b) => {
    requirePool(ctx, b);
    revokeAllFamilies(ctx, requireUser(ctx, usernameOf(b)).username);
    return {};
  },
  CreateGroup: (ctx, b) => {
    requirePool(ctx, b);
    return createGroup(ctx, requiredString(b, 'GroupName', 128));
  },
  DescribeUserPool: (ctx, b) => {
    requirePool(ctx, b);
    return { UserPool: describeUserPool(ctx.config, ctx.state.users.size) };
  },
  DescribeUserPoolClient: (ctx, b) => {
    requirePool(ctx, b);
    const client = requireClient(ctx, b);
    return { UserPoolClient: describeUserPoolClient(ctx.config, client.clientId) };
  },
  ListUsers: (ctx, b) => {
    requirePool(ctx, b);
    const limit = b.Limit;
    if (limit !== undefined && typeof limit !== 'number')
      throw new CognitoError('SerializationException', 'Limit must be a number.');
    return listUsers(ctx, {
      filter: optionalString(b, 'Filter', 256),
      limit,
      paginationToken: optionalString(b, 'PaginationToken', 256),
    });
  },
};
