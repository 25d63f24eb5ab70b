import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { verifyUserAttribute } from '../user-attribute-updates';
import { codeLimit } from './members';
import { defineOperation, type Checked, type EmptyResponse } from './operation';

type Request = Checked<Sdk.VerifyUserAttributeRequest, 'AttributeName' | 'Code'>;

/** VerifyUserAttribute: the mailed code verifies the email (a pending one replaces the old). */
export const VerifyUserAttribute = defineOperation<Request, EmptyResponse, 'accessToken'>({
  auth: 'accessToken',
  read: (input) => ({
    AttributeName: input.string('AttributeName', 32),
    Code: input.string('Code', codeLimit),
  }),
  run: (ctx, r, caller) => (verifyUserAttribute(ctx, caller, r.AttributeName, r.Code), {}),
});
