// The one wiring of the authorizer from its environment, shared by the Lambda entry
// (handler.ts) and the local gateway, so offline and AWS run the same checks.
import type { Clock } from '../contract/clock';
import { readAuthorizerConfig } from './authorizer-config';
import { createAuthorizer } from './create-authorizer';
import type { RequestAuthorizer } from './create-authorizer';
import { createIdTokenVerifier } from './verify-id-token';

type Env = Readonly<Record<string, string | undefined>>;

/** Reads `env` (throws AuthorizerConfigError listing every problem) and builds the authorizer. */
export function authorizerFromEnv(env: Env, clock: Clock): RequestAuthorizer {
  const config = readAuthorizerConfig(env);
  return createAuthorizer({
    tokenHeader: config.tokenHeader,
    verify: createIdTokenVerifier({ config, clock }),
  });
}
