import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { readableThrough } from '../client-attributes';
import { userMfaFields } from '../mfa/mfa-rules';
import { attributeList } from '../user-attributes';
import { clientOfAccessToken } from './members';
import { defineOperation, type Checked } from './operation';

type Request = Checked<Sdk.GetUserRequest, 'AccessToken'>;

/** GetUser: the caller's own attributes that its client may read (ReadAttributes), and MFA. */
export const GetUser = defineOperation<Request, Sdk.GetUserResponse, 'accessToken'>({
  auth: 'accessToken',
  read: (input) => ({ AccessToken: input.string('AccessToken', 8192) }),
  run(ctx, r, caller) {
    const client = clientOfAccessToken(ctx, r.AccessToken);
    return {
      Username: caller.username,
      UserAttributes: readableThrough(client, attributeList(caller)),
      ...userMfaFields(ctx.config, caller),
    };
  },
});
