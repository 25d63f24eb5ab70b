import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { adminConfirmSignUp } from '../admin-users';
import { defineUserOperation } from './members';

/** AdminConfirmSignUp: confirms an UNCONFIRMED user without a code. */
export const AdminConfirmSignUp = defineUserOperation<
  Sdk.AdminConfirmSignUpRequest,
  Sdk.AdminConfirmSignUpResponse
>(async (ctx, username) => (await adminConfirmSignUp(ctx, username), {}));
