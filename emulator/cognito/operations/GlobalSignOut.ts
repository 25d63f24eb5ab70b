import type {
  GlobalSignOutRequest,
  GlobalSignOutResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { revokeAllFamilies } from '../self-service';
import { defineOperation, type Checked } from './operation';

/** GlobalSignOut: revokes every refresh token (and, for Cognito's endpoints, access token). */
export const GlobalSignOut = defineOperation<
  Checked<GlobalSignOutRequest, never>,
  GlobalSignOutResponse,
  'accessToken'
>({
  auth: 'accessToken',
  read: () => ({}),
  run: (ctx, _r, caller) => {
    revokeAllFamilies(ctx, caller.username);
    return {};
  },
});
