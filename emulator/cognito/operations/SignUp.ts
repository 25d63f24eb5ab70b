import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { checkClientMayWrite } from '../client-attributes';
import { signUp } from '../self-service';
import { defineClientUserCall, passwordLimit, type WithAttributes } from './members';
import type { Checked } from './operation';

/** SignUp: an UNCONFIRMED account in any kind of pool, and a code when the pool auto-verifies. */
export const SignUp = defineClientUserCall<
  WithAttributes<Checked<Sdk.SignUpRequest, 'Password'>>,
  Sdk.SignUpResponse
>({
  read: (input) => ({
    Password: input.string('Password', passwordLimit),
    UserAttributes: input.attributes('UserAttributes'),
  }),
  run: (ctx, r, client) => {
    checkClientMayWrite(
      ctx.config,
      client,
      (r.UserAttributes ?? []).map((a) => a.Name),
    );
    return signUp(ctx, {
      username: r.Username,
      password: r.Password,
      attributes: r.UserAttributes,
      clientId: r.ClientId,
    });
  },
});
