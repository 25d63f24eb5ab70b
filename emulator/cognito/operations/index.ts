import { AddCustomAttributes } from './AddCustomAttributes';
import { AdminSetUserMFAPreference } from './AdminSetUserMFAPreference';
import { AssociateSoftwareToken } from './AssociateSoftwareToken';
import { SetUserMFAPreference } from './SetUserMFAPreference';
import { VerifySoftwareToken } from './VerifySoftwareToken';
import { CreateUserPool } from './CreateUserPool';
import { CreateUserPoolClient } from './CreateUserPoolClient';
import { CreateUserPoolDomain } from './CreateUserPoolDomain';
import { DeleteUserPool } from './DeleteUserPool';
import { DeleteUserPoolClient } from './DeleteUserPoolClient';
import { DescribeUserPoolDomain } from './DescribeUserPoolDomain';
import { GetUserPoolMfaConfig } from './GetUserPoolMfaConfig';
import { ListUserPoolClients } from './ListUserPoolClients';
import { ListUserPools } from './ListUserPools';
import { SetUserPoolMfaConfig } from './SetUserPoolMfaConfig';
import { UpdateUserPool } from './UpdateUserPool';
import { UpdateUserPoolClient } from './UpdateUserPoolClient';
import { AdminAddUserToGroup } from './AdminAddUserToGroup';
import { AdminConfirmSignUp } from './AdminConfirmSignUp';
import { AdminCreateUser } from './AdminCreateUser';
import { AdminDeleteUser } from './AdminDeleteUser';
import { AdminDeleteUserAttributes } from './AdminDeleteUserAttributes';
import { AdminDisableUser } from './AdminDisableUser';
import { AdminEnableUser } from './AdminEnableUser';
import { AdminGetUser } from './AdminGetUser';
import { AdminInitiateAuth } from './AdminInitiateAuth';
import { AdminListGroupsForUser } from './AdminListGroupsForUser';
import { AdminRemoveUserFromGroup } from './AdminRemoveUserFromGroup';
import { AdminResetUserPassword } from './AdminResetUserPassword';
import { AdminRespondToAuthChallenge } from './AdminRespondToAuthChallenge';
import { AdminSetUserPassword } from './AdminSetUserPassword';
import { AdminUpdateUserAttributes } from './AdminUpdateUserAttributes';
import { AdminUserGlobalSignOut } from './AdminUserGlobalSignOut';
import { ChangePassword } from './ChangePassword';
import { ConfirmForgotPassword } from './ConfirmForgotPassword';
import { ConfirmSignUp } from './ConfirmSignUp';
import { CreateGroup } from './CreateGroup';
import { DeleteGroup } from './DeleteGroup';
import { DeleteUser } from './DeleteUser';
import { DeleteUserAttributes } from './DeleteUserAttributes';
import { DescribeIdentityProvider } from './DescribeIdentityProvider';
import { DescribeResourceServer } from './DescribeResourceServer';
import { DescribeUserPool } from './DescribeUserPool';
import { DescribeUserPoolClient } from './DescribeUserPoolClient';
import { ForgotPassword } from './ForgotPassword';
import { GetGroup } from './GetGroup';
import { GetTokensFromRefreshToken } from './GetTokensFromRefreshToken';
import { GetUser } from './GetUser';
import { GetUserAttributeVerificationCode } from './GetUserAttributeVerificationCode';
import { GlobalSignOut } from './GlobalSignOut';
import { InitiateAuth } from './InitiateAuth';
import { ListGroups } from './ListGroups';
import { ListIdentityProviders } from './ListIdentityProviders';
import { ListResourceServers } from './ListResourceServers';
import { ListUsers } from './ListUsers';
import { ListUsersInGroup } from './ListUsersInGroup';
import type { Operation } from './operation';
import { ResendConfirmationCode } from './ResendConfirmationCode';
import { RespondToAuthChallenge } from './RespondToAuthChallenge';
import { RevokeToken } from './RevokeToken';
import { SignUp } from './SignUp';
import { UpdateGroup } from './UpdateGroup';
import { UpdateUserAttributes } from './UpdateUserAttributes';
import { VerifyUserAttribute } from './VerifyUserAttribute';

/**
 * Every implemented operation of AWSCognitoIdentityProviderService, by its X-Amz-Target name.
 * Adding one: a file `<Name>.ts` exporting `defineOperation(...)`, and one line here.
 */
export const operations = {
  SignUp,
  ConfirmSignUp,
  ResendConfirmationCode,
  ForgotPassword,
  ConfirmForgotPassword,
  InitiateAuth,
  AdminInitiateAuth,
  RespondToAuthChallenge,
  AdminRespondToAuthChallenge,
  GetUser,
  GlobalSignOut,
  RevokeToken,
  GetTokensFromRefreshToken,
  AdminCreateUser,
  AdminConfirmSignUp,
  AdminGetUser,
  AdminDeleteUser,
  AdminDisableUser,
  AdminEnableUser,
  AdminSetUserPassword,
  AdminResetUserPassword,
  AdminUserGlobalSignOut,
  AdminUpdateUserAttributes,
  AdminDeleteUserAttributes,
  CreateGroup,
  GetGroup,
  ListGroups,
  UpdateGroup,
  DeleteGroup,
  AdminAddUserToGroup,
  AdminRemoveUserFromGroup,
  AdminListGroupsForUser,
  ListUsersInGroup,
  ListUsers,
  UpdateUserAttributes,
  DeleteUserAttributes,
  GetUserAttributeVerificationCode,
  VerifyUserAttribute,
  ChangePassword,
  DeleteUser,
  DescribeUserPool,
  DescribeUserPoolClient,
  DescribeResourceServer,
  ListResourceServers,
  DescribeIdentityProvider,
  ListIdentityProviders,
  AddCustomAttributes,
  CreateUserPool,
  CreateUserPoolClient,
  CreateUserPoolDomain,
  DeleteUserPool,
  DeleteUserPoolClient,
  DescribeUserPoolDomain,
  GetUserPoolMfaConfig,
  ListUserPoolClients,
  ListUserPools,
  SetUserPoolMfaConfig,
  UpdateUserPool,
  UpdateUserPoolClient,
  AssociateSoftwareToken,
  VerifySoftwareToken,
  SetUserMFAPreference,
  AdminSetUserMFAPreference,
} as const satisfies Readonly<Record<string, Operation>>;

/** The name of an implemented operation (X-Amz-Target without the service prefix). */
export type OperationName = keyof typeof operations;

/** The operation named by a target, or undefined (never an inherited property). */
export function findOperation(name: string): Operation | undefined {
  return Object.hasOwn(operations, name) ? operations[name as OperationName] : undefined;
}
