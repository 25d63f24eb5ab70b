import type { GetIdInput, GetIdResponse } from '@aws-sdk/client-cognito-identity';
import { CognitoError } from '../../cognito/cognito-error';
import { subOfLogins } from '../check-logins';
import { readLogins, readOptional, readPool } from '../identity-input';
import { defineIdentityOperation } from './identity-operation';

/** The identity linked to the user pool login (created on first sign-in); guests are off. */
export default defineIdentityOperation<Required<Pick<GetIdInput, 'Logins'>>, GetIdResponse>({
  auth: 'public',
  read(ctx, input) {
    readPool(ctx, input);
    const account = readOptional(input, 'AccountId', 15);
    if (account !== undefined && !/^\d+$/.test(account))
      throw new CognitoError(
        'ValidationException',
        "1 validation error detected: Value at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d+",
      );
    return { Logins: readLogins(input) };
  },
  run(ctx, { Logins }) {
    const sub = subOfLogins(ctx, Logins);
    return { IdentityId: ctx.records.identityOf(sub, () => `${ctx.region}:${ctx.uuid()}`) };
  },
});
