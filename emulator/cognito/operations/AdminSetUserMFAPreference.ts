import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { requireUser } from '../admin-users';
import { readPreferences, setPreferences, type PreferenceRequest } from './mfa-preference';
import { readUsername } from './members';
import { defineOperation } from './operation';

/** AdminSetUserMFAPreference: SetUserMFAPreference for any user of the pool (SigV4). */
export const AdminSetUserMFAPreference = defineOperation<
  PreferenceRequest & { Username: string },
  Sdk.AdminSetUserMFAPreferenceResponse,
  'iam'
>({
  auth: 'iam',
  read: (input) => ({ ...readUsername(input), ...readPreferences(input) }),
  run(ctx, r) {
    setPreferences(ctx, requireUser(ctx, r.Username), r);
    return {};
  },
});
