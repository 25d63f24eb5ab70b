import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { readPreferences, setPreferences, type PreferenceRequest } from './mfa-preference';
import { defineOperation } from './operation';

/** SetUserMFAPreference: the caller turns its second factors on or off and picks one. */
export const SetUserMFAPreference = defineOperation<
  PreferenceRequest,
  Sdk.SetUserMFAPreferenceResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: readPreferences,
  run(ctx, r, caller) {
    setPreferences(ctx, caller, r);
    return {};
  },
});
