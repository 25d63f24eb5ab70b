import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminGetUser } from '../admin-users';
import { defineUserOperation } from './members';

/** AdminGetUser: status and attributes (no PreventUserExistenceErrors for admins). */
export const AdminGetUser = defineUserOperation<Sdk.AdminGetUserRequest, Sdk.AdminGetUserResponse>(
  adminGetUser,
);
