import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { sendAttributeVerificationCode } from '../user-attribute-updates';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.GetUserAttributeVerificationCodeRequest, 'AttributeName'>;

/** GetUserAttributeVerificationCode: mails a code for the caller's (pending) email. */
export const GetUserAttributeVerificationCode = defineOperation<
  Request,
  Sdk.GetUserAttributeVerificationCodeResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: (input) => ({ AttributeName: input.string('AttributeName', 32) }),
  run: (ctx, r, caller) => sendAttributeVerificationCode(ctx, caller, r.AttributeName),
});
