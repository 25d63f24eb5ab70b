import { describe, expect, it } from 'vitest';
import { buildPoolConfig } from '../../build-pool-config';
import { resolveOptions } from '../../emulator-options';
import { checkAuthorizeRequest } from './authorize-request';

const config = buildPoolConfig(resolveOptions({ dataDir: null }), 'http://127.0.0.1:9229', 0);
const base = {
  response_type: 'code',
  client_id: config.clients[0]!.clientId,
  redirect_uri: 'http://localhost:5173/callback',
  code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  code_challenge_method: 'S256',
  state: 's',
};
const check = (over: Record<string, string | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...over })) if (v !== null) p.set(k, v);
  return checkAuthorizeRequest(config, p);
};

describe('checkAuthorizeRequest', () => {
  it('accepts a registered redirect_uri and grants all client scopes when scope is omitted', () => {
    const r = check({});
    expect(r.ok && r.request.scopes).toEqual(config.clients[0]!.allowedOAuthScopes);
  });

  it.each([
    [{ client_id: null }, 'invalid_request'],
    [{ client_id: 'nope' }, 'invalid_client'],
    [{ redirect_uri: null }, 'invalid_request'],
    [{ redirect_uri: 'http://localhost:5173/callback/' }, 'redirect_mismatch'],
  ])('shows a page for %j', (over, error) => {
    expect(check(over)).toMatchObject({ ok: false, kind: 'page', error });
  });

  it('refuses a repeated parameter rather than guessing', () => {
    const p = new URLSearchParams(base);
    p.append('redirect_uri', 'http://evil.example/callback');
    expect(checkAuthorizeRequest(config, p)).toMatchObject({ ok: false, kind: 'page' });
  });

  it.each([
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ code_challenge_method: null }, 'invalid_request'],
    [{ scope: 'phone' }, 'invalid_scope'],
    [{ response_type: 'code id_token' }, 'unsupported_response_type'],
  ])('redirects %j with an error', (over, error) => {
    const r = check(over);
    expect(r.ok).toBe(false);
    if (!r.ok && r.kind === 'redirect')
      expect(new URL(r.location).searchParams.get('error')).toBe(error);
    else throw new Error('expected a redirect');
  });
});
