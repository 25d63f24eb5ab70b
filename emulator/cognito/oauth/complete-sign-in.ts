import type { IncomingMessage, ServerResponse } from 'node:http';
import { isActiveUser } from '../active-user';
import { parseCookies, serializeCookie } from '../../http/cookies';
import { addCookie, redirect } from '../../http/respond';
import type { PoolContext } from '../pool-context';
import type { UserRecord } from '../pool-state';
import { issueTokens } from '../token-service';
import { appendToRedirect, type AuthorizeRequest } from './authorize-request';

export const sessionCookie = 'cognito';

/** Starts the hosted-UI session (`cognito` cookie, 1 hour) after a successful sign-in. */
export function startHostedSession(
  ctx: PoolContext,
  res: ServerResponse,
  user: UserRecord,
  clientId: string,
): number {
  const id = ctx.ids.secret(32);
  const authTime = Math.floor(ctx.clock.now() / 1000);
  ctx.repo.sessions('hosted').set(id, {
    username: user.username,
    clientId,
    authTime,
    expiresAt: ctx.clock.now() + ctx.config.hostedSessionSeconds * 1000,
  });
  addCookie(
    res,
    serializeCookie(sessionCookie, id, { maxAgeSeconds: ctx.config.hostedSessionSeconds }),
  );
  return authTime;
}

/** The signed-in user of a live hosted session, if the browser has one. */
export function currentSession(
  ctx: PoolContext,
  req: IncomingMessage,
): { user: UserRecord; authTime: number; id: string } | undefined {
  const id = parseCookies(req.headers.cookie).get(sessionCookie);
  const session = id === undefined ? undefined : ctx.repo.sessions('hosted').get(id);
  if (!id || !session || session.expiresAt <= ctx.clock.now()) return undefined;
  const user = ctx.repo.user(session.username);
  if (!isActiveUser(user)) return undefined;
  return { user, authTime: session.authTime ?? 0, id };
}

/** Sends the browser back to the app: a 5-minute single-use code, or tokens in the fragment. */
export async function completeSignIn(
  ctx: PoolContext,
  res: ServerResponse,
  request: AuthorizeRequest,
  user: UserRecord,
  authTime: number,
): Promise<void> {
  const out = new URLSearchParams();
  if (request.responseType === 'code') {
    const code = ctx.ids.uuid();
    ctx.repo.authCodes.set(code, {
      clientId: request.client.clientId,
      redirectUri: request.redirectUri,
      username: user.username,
      scopes: request.scopes,
      nonce: request.nonce,
      codeChallenge: request.codeChallenge,
      authTime,
      expiresAt: ctx.clock.now() + ctx.config.authCodeSeconds * 1000,
    });
    out.set('code', code);
  } else {
    const t = await issueTokens(ctx, {
      user,
      client: request.client,
      scopes: request.scopes,
      authTime,
      oauth: true,
      nonce: request.nonce,
      withRefreshToken: false,
    });
    if (t.idToken) out.set('id_token', t.idToken);
    out.set('access_token', t.accessToken);
    out.set('token_type', 'bearer');
    out.set('expires_in', String(t.expiresIn));
  }
  if (request.state !== undefined) out.set('state', request.state);
  redirect(res, appendToRedirect(request.redirectUri, out, request.responseType === 'token'));
}
