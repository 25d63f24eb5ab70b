import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../http/html-escape';
import { sendPage } from '../http/page-layout';
import { sendJson } from '../http/respond';
import { handleJsonApi } from './json-api/handle-json-api';
import { answerJsonApiPreflight } from './json-api/json-api-cors';
import type { PoolContext } from './pool-context';
import { discoveryDocument } from './oauth/discovery';
import { revokeEndpoint } from './oauth/revoke-endpoint';
import { tokenEndpoint } from './oauth/token-endpoint';
import { userInfoEndpoint } from './oauth/userinfo-endpoint';
import { renderErrorPage } from './hosted-ui/hosted-page';
import { hostedPages } from './hosted-ui/hosted-pages';

function sendWellKnown(res: ServerResponse, body: unknown): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-cache');
  sendJson(res, 200, body, 'application/json;charset=UTF-8');
}

function indexPage(ctx: PoolContext, res: ServerResponse): void {
  const c = ctx.config;
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
  ctx: PoolContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const path = url.pathname;
  const base = `/${ctx.config.userPoolId}/.well-known/`;
  if (path === `${base}openid-configuration`)
    return (sendWellKnown(res, discoveryDocument(ctx.config)), true);
  if (path === `${base}jwks.json`) return (sendWellKnown(res, ctx.keys().jwks()), true);
  if (path === '/oauth2/token') return tokenEndpoint(ctx, req, res).then(() => true);
  if (path === '/oauth2/userInfo' || path === '/oauth2/userinfo')
    return (userInfoEndpoint(ctx, req, res), true);
  if (path === '/oauth2/revoke') return revokeEndpoint(ctx, req, res).then(() => true);
  if (path === '/') {
    if (req.method === 'POST') return handleJsonApi(ctx, req, res).then(() => true);
    if (req.method === 'OPTIONS') return (answerJsonApiPreflight(ctx, req, res), true);
    if (req.method === 'GET' || req.method === 'HEAD') return (indexPage(ctx, res), true);
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
  await page.handle({ ctx, req, res, url });
  return true;
}
