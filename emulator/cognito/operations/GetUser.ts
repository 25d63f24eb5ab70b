import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { attributeList } from '../user-attributes';
import { defineCallerOperation } from './members';

/** GetUser: the caller's own attributes (the dispatcher checked the access token). */
export const GetUser = defineCallerOperation<Sdk.GetUserResponse>((_ctx, caller) => ({
  Username: caller.username,
  UserAttributes: attributeList(caller),
}));
