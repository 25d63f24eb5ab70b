// The markup of the App client page: what the running pool says about the SPA's app client (built
// from contract/user-pool-definition.ts), the config.json the SPA gets, the API's mode and the
// hosted sign-in and sign-up links. Read-only; a client secret is never shown.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import type { RuntimeConfig } from '../../contract/runtime-config';
import { html, type SafeHtml } from '../http/html-escape';
import type { AppClientConfig, PoolConfig } from '../cognito/pool-config';

export interface AppClientView {
  readonly pool: PoolConfig;
  readonly client: AppClientConfig;
  /** config.json as the emulator serves it (emulator.runtimeConfig), and for which location. */
  readonly runtimeConfig: RuntimeConfig;
  readonly runtimeConfigFor: string;
  readonly apiAuth: ApiAuthMode;
  readonly apiToken: ApiTokenMode;
}

const apiAuthWords: Record<ApiAuthMode, string> = {
  cognito: 'Cognito User Pools authorizer (the token in a header)',
  iam: 'AWS_IAM: SigV4 with identity-pool credentials (the ID token is exchanged, not sent)',
  lambda: 'a Lambda REQUEST authorizer (authorizer/) reading the token header',
};
const apiTokenWords: Record<ApiTokenMode, string> = {
  id: 'the ID token (methods without OAuth scopes)',
  access: 'the access token (methods with OAuth scopes)',
};

function lifetime(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/**
 * The hosted sign-in and sign-up pages for this client, returning to the SPA's callback. The PKCE
 * challenge is of a verifier nobody keeps: the pages work, the SPA cannot finish such a sign-in.
 */
export function hostedLinks(
  pool: PoolConfig,
  client: AppClientConfig,
  config: RuntimeConfig,
): { signIn: string; signUp: string } {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: client.clientId,
    response_type: 'code',
    scope: config.scopes,
    redirect_uri: config.redirectUri,
    code_challenge_method: 'S256',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
  }).toString();
  return { signIn: `${pool.domain}/login?${query}`, signUp: `${pool.domain}/signup?${query}` };
}

const list = (items: readonly string[], none: string): SafeHtml =>
  items.length === 0
    ? html`${none}`
    : html`<ul>
        ${items.map((item) => html`<li><code class="plain">${item}</code></li>`)}
      </ul>`;

const row = (name: string, value: unknown) =>
  html`<tr>
    <th scope="row">${name}</th>
    <td>${value}</td>
  </tr>`;

/** The page body. */
export function renderAppClient(view: AppClientView): SafeHtml {
  const { pool, client, runtimeConfig } = view;
  const links = hostedLinks(pool, client, runtimeConfig);
  const defaults = 'Cognito’s defaults (every standard attribute';
  return html`<h1>App client</h1>
    <p>
      The SPA’s app client of pool ${pool.userPoolName} (${pool.userPoolId}), as the running
      emulator has it. Read-only: the pool definition (contract/user-pool-definition.ts) decides.
    </p>
    <table>
      <caption>
        Client
      </caption>
      <tbody>
        ${row('Client name', client.clientName)} ${row('Client id', client.clientId)}
        ${row(
          'Client secret',
          client.clientSecret === undefined
            ? 'None (a public client)'
            : 'Yes; not shown here (DescribeUserPoolClient returns it)',
        )}
        ${row('Issuer', pool.issuer)} ${row('Hosted UI domain', pool.domain)}
        ${row('Callback URLs', list(client.callbackUrls, 'None'))}
        ${row('Sign-out URLs', list(client.logoutUrls, 'None'))}
        ${row('OAuth flows', list(client.allowedOAuthFlows, 'None'))}
        ${row('OAuth scopes', list(client.allowedOAuthScopes, 'None'))}
        ${row('PKCE', client.requirePkce ? 'Required (S256)' : 'Optional')}
        ${row('Explicit auth flows', list(client.explicitAuthFlows, 'None'))}
        ${row('ID token lifetime', lifetime(client.idTokenSeconds))}
        ${row('Access token lifetime', lifetime(client.accessTokenSeconds))}
        ${row('Refresh token lifetime', lifetime(client.refreshTokenSeconds))}
        ${row(
          'Refresh token rotation',
          client.refreshTokenRotation
            ? `Enabled, grace period ${client.refreshTokenRotation.retryGracePeriodSeconds} s`
            : 'Disabled',
        )}
        ${row(
          'Read attributes',
          client.readAttributes
            ? list(client.readAttributes, 'None')
            : `${defaults}, and the verification flags)`,
        )}
        ${row(
          'Write attributes',
          client.writeAttributes ? list(client.writeAttributes, 'None') : `${defaults})`,
        )}
      </tbody>
    </table>
    <h2>Transactions API</h2>
    <table>
      <caption>
        How the API is guarded
      </caption>
      <tbody>
        ${row('apiAuth', html`<code class="plain">${view.apiAuth}</code>: ${apiAuthWords[view.apiAuth]}`)}
        ${row('apiToken', html`<code class="plain">${view.apiToken}</code>: ${apiTokenWords[view.apiToken]}`)}
      </tbody>
    </table>
    <h2>config.json</h2>
    <p class="hint">
      What the SPA at ${view.runtimeConfigFor} gets, from the emulator’s own builder.
    </p>
    <pre class="wrap" tabindex="0">${JSON.stringify(runtimeConfig, null, 2)}</pre>
    <h2>Hosted pages</h2>
    <p>
      <a href="${links.signIn}">Hosted sign-in page</a> ·
      <a href="${links.signUp}">Hosted sign-up page</a>
    </p>
    <p class="hint">
      These open the pages for this client and return to its callback. The SPA did not start them,
      so after signing in it reports that it has no matching sign-in state; sign in from the SPA to
      finish one.
    </p>`;
}
