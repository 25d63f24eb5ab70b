import type {
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { clientIdLimit, requireClient } from './members';
import { initiateFlows, readAuthFlow } from './auth-flows';
import { defineOperation, type Checked } from './operation';
import { passwordSignIn, refreshSignIn, requireFlow } from './sign-in-results';

type Request = Checked<InitiateAuthRequest, 'AuthFlow' | 'ClientId' | 'AuthParameters'>;

/** InitiateAuth: USER_PASSWORD_AUTH, or a refresh with REFRESH_TOKEN(_AUTH). */
export const InitiateAuth = defineOperation<Request, InitiateAuthResponse>({
  auth: 'public',
  read: (input) => ({
    AuthFlow: readAuthFlow(input, initiateFlows),
    ClientId: input.string('ClientId', clientIdLimit),
    AuthParameters: input.stringMap('AuthParameters'),
  }),
  run: (ctx, r) => {
    const client = requireClient(ctx, r.ClientId);
    if (r.AuthFlow !== 'USER_PASSWORD_AUTH') return refreshSignIn(ctx, client, r.AuthParameters);
    requireFlow(
      client,
      'ALLOW_USER_PASSWORD_AUTH',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    );
    return passwordSignIn(ctx, client, r.AuthParameters);
  },
});
