// The deployed Content-Security-Policy on the local preview server, so the production build is
// exercised under the policy infra/ deploys. The builder is the same (contract/); only the
// origins differ: the local emulator's and gateway's in place of Cognito's and API Gateway's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildContentSecurityPolicy } from '../contract/content-security-policy.ts';
import type { RuntimeConfig } from '../contract/runtime-config.ts';

/** The policy for an app whose runtime config is `config`, as infra derives it for a stage. */
export function localContentSecurityPolicy(
  config: Pick<RuntimeConfig, 'domain' | 'authority' | 'apiUrl'>,
): string {
  return buildContentSecurityPolicy({
    cognitoDomain: config.domain.replace(/\/+$/, ''),
    issuer: config.authority.replace(/\/+$/, ''),
    apiOrigin: new URL(config.apiUrl).origin,
  });
}

/**
 * Connect middleware that sets the policy on every answer. `configFor` gives the runtime config
 * the request's page will load; if it fails (the emulator did not start) no policy is sent and
 * config.json answers 503, so the page shows the configuration error instead.
 */
export function contentSecurityPolicyMiddleware(
  configFor: (req: IncomingMessage) => Promise<RuntimeConfig> | null,
) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const pending = configFor(req);
    if (!pending) return next();
    pending.then(
      (config) => {
        res.setHeader('Content-Security-Policy', localContentSecurityPolicy(config));
        next();
      },
      () => next(),
    );
  };
}
