// The token endpoint's authorization_code grant as a public client sends it (tests, bench).

/** POSTs the code with its PKCE verifier to `{domain}/oauth2/token`; the raw answer. */
export function redeemCode(
  domain: string,
  grant: { clientId: string; code: string; redirectUri: string; verifier: string },
): Promise<Response> {
  return fetch(`${domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: grant.clientId,
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.verifier,
    }),
  });
}
