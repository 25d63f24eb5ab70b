import type {
  AdminInitiateAuthRequest,
  AdminInitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { clientIdLimit, requireClient } from './members';
import { adminFlows, readAuthFlow } from './auth-flows';
import { defineOperation, type Checked } from './operation';
import { passwordSignIn, refreshSignIn, requireFlow } from './sign-in-results';

type Request = Checked<AdminInitiateAuthRequest, 'AuthFlow' | 'ClientId' | 'AuthParameters'>;

/** AdminInitiateAuth: ADMIN_USER_PASSWORD_AUTH (= ADMIN_NO_SRP_AUTH), or a refresh. */
export const AdminInitiateAuth = defineOperation<Request, AdminInitiateAuthResponse>({
  auth: 'iam',
  read: (input) => ({
    AuthFlow: readAuthFlow(input, adminFlows),
    ClientId: input.string('ClientId', clientIdLimit),
    AuthParameters: input.stringMap('AuthParameters'),
  }),
  run: (ctx, r) => {
    const client = requireClient(ctx, r.ClientId);
    if (r.AuthFlow.startsWith('REFRESH')) return refreshSignIn(ctx, client, r.AuthParameters);
    requireFlow(client, 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'Auth flow not enabled for this client');
    return passwordSignIn(ctx, client, r.AuthParameters);
  },
});
