import type { GetUserRequest, GetUserResponse } from '@aws-sdk/client-cognito-identity-provider';
import { attributeList } from '../user-attributes';
import { defineOperation, type Checked } from './operation';

/** GetUser: the caller's own attributes (the dispatcher checked the access token). */
export const GetUser = defineOperation<
  Checked<GetUserRequest, never>,
  GetUserResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: () => ({}),
  run: (_ctx, _r, caller) => ({ Username: caller.username, UserAttributes: attributeList(caller) }),
});
