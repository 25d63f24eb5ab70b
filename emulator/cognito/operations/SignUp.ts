import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { checkClientMayWrite } from '../client-attributes';
import { signUp } from '../self-service';
import {
  passwordLimit,
  readClientAndUsername,
  requireClient,
  type WithAttributes,
} from './members';
import { defineOperation, type Checked } from './operation';

type Request = WithAttributes<Checked<Sdk.SignUpRequest, 'ClientId' | 'Username' | 'Password'>>;

/** SignUp: an UNCONFIRMED account and a mailed code; email is the sign-in name. */
export const SignUp = defineOperation<Request, Sdk.SignUpResponse>({
  auth: 'public',
  read: (input) => ({
    ...readClientAndUsername(input),
    Password: input.string('Password', passwordLimit),
    UserAttributes: input.attributes('UserAttributes'),
  }),
  run: (ctx, r) => {
    const client = requireClient(ctx, r.ClientId);
    checkClientMayWrite(
      ctx.config,
      client,
      (r.UserAttributes ?? []).map((a) => a.Name),
    );
    return signUp(ctx, {
      username: r.Username,
      password: r.Password,
      attributes: r.UserAttributes,
    });
  },
});
