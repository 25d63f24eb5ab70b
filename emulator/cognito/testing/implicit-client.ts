// A test client that allows the implicit grant, which the product's client refuses: Cognito
// still answers response_type=token for clients that opt in, and so does the emulator.

import type { AppClientRequest } from '../app-client-from-request';

export const implicitTestClient: AppClientRequest = {
  ClientId: 'implicit0test0client000001',
  ClientName: 'implicit-test',
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['implicit'],
  AllowedOAuthScopes: ['openid'],
  CallbackURLs: ['http://localhost:5173/callback'],
  SupportedIdentityProviders: ['COGNITO'],
};
