import type { IdentityPool } from '@aws-sdk/client-cognito-identity';
import { readPool } from '../identity-input';
import { defineIdentityOperation } from './identity-operation';

/** The pool as configured: the user pool client as its only provider, guests and classic flow off. */
export default defineIdentityOperation<null, IdentityPool>({
  auth: 'iam',
  read: (ctx, input) => (readPool(ctx, input), null),
  run: (ctx) => ({
    IdentityPoolId: ctx.identityPoolId,
    IdentityPoolName: ctx.name,
    AllowUnauthenticatedIdentities: false,
    AllowClassicFlow: false,
    CognitoIdentityProviders: [
      { ProviderName: ctx.providerName, ClientId: ctx.clientId, ServerSideTokenCheck: true },
    ],
    IdentityPoolTags: {},
  }),
});
