import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { resendConfirmationCode } from '../self-service';
import { defineClientUserOperation } from './members';

/** ResendConfirmationCode: a new sign-up code; unknown users get the same answer. */
export const ResendConfirmationCode =
  defineClientUserOperation<Sdk.ResendConfirmationCodeResponse>(resendConfirmationCode);
