import type { ApiAuthMode } from '../../contract/api-modes';
import { testAuthorizer, type AuthorizerTestDeps } from './authorizer-test';
import { renderAuthorizerTest } from './authorizer-test-view';
import type { ConsoleEnvironment, ConsolePage, ConsoleRequest } from './console-page';

const modeWords: Record<ApiAuthMode, string> = {
  cognito: 'the Cognito User Pools authorizer',
  iam: 'AWS_IAM (SigV4 with identity-pool credentials)',
  lambda: 'the Lambda REQUEST authorizer',
};

const depsOf = (env: ConsoleEnvironment): AuthorizerTestDeps => ({
  apiAuth: env.apiAuth,
  apiToken: env.apiToken,
  identityHeader: env.apiAuthHeader,
  apiUrl: env.apiUrl,
  clock: env.pools.primary.clock,
  pool: env.pools.primary,
  probe: env.probeAuthorizer,
});

const view = (request: ConsoleRequest) => ({
  csrfField: request.csrfField(),
  identityHeader: request.env.apiAuthHeader,
  modeLine: `The API runs with apiAuth ${request.env.apiAuth} and apiToken ${request.env.apiToken}: GET /transactions is guarded by ${modeWords[request.env.apiAuth]}.`,
});

/** Paste a token and see whether the API's authorizer would let it through, and why not. */
export const testAuthorizerPage: ConsolePage = {
  path: '/authorizer',
  navLabel: 'Test the authorizer',
  get: (request) => ({
    kind: 'page',
    title: 'Test the authorizer',
    body: renderAuthorizerTest(view(request)),
  }),
  // The answer is a page, not a redirect: the token stays in the form and in this response only.
  async post(request, form) {
    const token = form.get('token');
    const headerName = form.get('header');
    const outcome = await testAuthorizer(depsOf(request.env), { token, headerName });
    return {
      kind: 'page',
      title: 'Test the authorizer',
      status: outcome.kind === 'refused' ? 400 : 200,
      body: renderAuthorizerTest({
        ...view(request),
        // An oversized paste is not shown again: it is refused unread.
        posted:
          outcome.kind === 'tested'
            ? { token: (token ?? '').trim(), headerName: outcome.headerName }
            : undefined,
        outcome,
      }),
    };
  },
};
