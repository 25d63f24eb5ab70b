import type * as Sdk from '@aws-sdk/client-cognito-identity-provider';
import { signUp } from '../self-service';
import {
  passwordLimit,
  readClientAndUsername,
  requireClientOf,
  type WithAttributes,
} from './members';
import { defineOperation, type Checked } from './operation';

type Request = WithAttributes<
  Checked<Sdk.SignUpRequest, 'ClientId' | 'Username' | 'Password', 'SecretHash'>
>;

/** SignUp: an UNCONFIRMED account in any kind of pool, and a code when the pool auto-verifies. */
export const SignUp = defineOperation<Request, Sdk.SignUpResponse>({
  auth: 'public',
  read: (input) => ({
    ...readClientAndUsername(input),
    Password: input.string('Password', passwordLimit),
    UserAttributes: input.attributes('UserAttributes'),
  }),
  run: (ctx, r) => {
    requireClientOf(ctx, r);
    return signUp(ctx, {
      username: r.Username,
      password: r.Password,
      attributes: r.UserAttributes,
    });
  },
});
