import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../http/html-escape';
import { sendPage } from '../http/page-layout';
import { sendJson } from '../http/respond';
import { handleJsonApi } from './json-api/handle-json-api';
import { answerJsonApiPreflight } from './json-api/json-api-cors';
import { poolOfBearer } from './pool-of-token';
import type { PoolRegistry } from './pool-registry';
import { discoveryDocument } from './oauth/discovery';
import { revokeEndpoint } from './oauth/revoke-endpoint';
import { tokenEndpoint } from './oauth/token-endpoint';
import { userInfoEndpoint } from './oauth/userinfo-endpoint';
import { openHostedPage, renderErrorPage } from './hosted-ui/hosted-page';
import { hostedPages } from './hosted-ui/hosted-pages';

function sendWellKnown(res: ServerResponse, body: unknown): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-cache');
  sendJson(res, 200, body, 'application/json;charset=UTF-8');
}

function indexPage(pools: PoolRegistry, res: ServerResponse): void {
  const c = pools.primary.config;
  sendPage(
    res,
    200,
    'Local Cognito emulator',
    html`<h1>Local Cognito emulator</h1>
      <table>
        <tbody>
          <tr>
            <th scope="row">User pool</th>
            <td>${c.userPoolId} (region ${c.region})</td>
          </tr>
          <tr>
            <th scope="row">Issuer</th>
            <td>${c.issuer}</td>
          </tr>
          <tr>
            <th scope="row">App client</th>
            <td>${c.clients.map((x) => x.clientId).join(', ')}</td>
          </tr>
        </tbody>
      </table>
      <p>Pools created through the API: ${String(pools.list().length - 1)}.</p>
      <p>
        <a href="/_dev/mailbox">Mailbox</a> ·
        <a href="/${c.userPoolId}/.well-known/openid-configuration">Discovery</a>
      </p>
      <p>The User Pools JSON API answers POST / (use --endpoint-url with the AWS CLI).</p>`,
    { wide: true },
  );
}

/** Routes one request to the Cognito part; returns false when the path is not Cognito's. */
export async function routeCognito(
  pools: PoolRegistry,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const path = url.pathname;
  const wellKnown = /^\/([\w-]{1,55})\/\.well-known\/(openid-configuration|jwks\.json)$/.exec(path);
  const pool = wellKnown ? pools.get(wellKnown[1]!) : undefined;
  if (wellKnown && pool)
    return (
      sendWellKnown(
        res,
        wellKnown[2] === 'jwks.json' ? pool.keys().jwks() : discoveryDocument(pool.config),
      ),
      true
    );
  if (path === '/oauth2/token') return tokenEndpoint(pools, req, res).then(() => true);
  if (path === '/oauth2/userInfo' || path === '/oauth2/userinfo')
    return (userInfoEndpoint(poolOfBearer(pools, req), req, res), true);
  if (path === '/oauth2/revoke') return revokeEndpoint(pools, req, res).then(() => true);
  if (path === '/') {
    if (req.method === 'POST') return handleJsonApi(pools, req, res).then(() => true);
    if (req.method === 'OPTIONS') return (answerJsonApiPreflight(pools.primary, req, res), true);
    if (req.method === 'GET' || req.method === 'HEAD') return (indexPage(pools, res), true);
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    renderErrorPage(
      res,
      405,
      'method_not_allowed',
      'Use GET for this page or POST for the JSON API.',
    );
    return true;
  }
  const page = hostedPages.get(path);
  if (!page) return false;
  // The hosted UI belongs to the pool of the app client the page names (all pools share the
  // emulator's origin); pages without a client_id belong to the product's pool.
  const clientId = url.searchParams.get('client_id');
  const ctx = (clientId !== null ? pools.byClientId(clientId) : undefined) ?? pools.primary;
  await page.handle(openHostedPage(ctx, req, res, url));
  return true;
}
