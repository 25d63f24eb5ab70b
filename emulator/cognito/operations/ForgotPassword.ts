import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { forgotPassword } from '../self-service';
import { defineClientUserOperation } from './members';

/** ForgotPassword: mails a reset code when the account can be reset; same answer otherwise. */
export const ForgotPassword = defineClientUserOperation<Sdk.ForgotPasswordResponse>(forgotPassword);
