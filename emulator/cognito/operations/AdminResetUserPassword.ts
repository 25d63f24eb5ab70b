import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminResetUserPassword } from '../admin-reset-password';
import { defineUserOperation } from './members';

/** AdminResetUserPassword: RESET_REQUIRED, and a reset code mailed to the verified email. */
export const AdminResetUserPassword = defineUserOperation<
  Sdk.AdminResetUserPasswordRequest,
  Sdk.AdminResetUserPasswordResponse
>(async (ctx, username) => (await adminResetUserPassword(ctx, username), {}));
