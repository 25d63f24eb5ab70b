// "Test the authorizer" over HTTP against the running stack: its verdicts match what the API
// itself answers for the same token (fresh, expired, access token, another pool, another
// header), revoked tokens are explained, the form needs CSRF, hostile token contents are
// escaped, and oversized or unsendable pastes are refused with a clear message.
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../contract/clock';
import type { Emulator } from '../../emulator/create-emulator';
import { authorizerTestPath, postAuthorizerTest } from './console-authorizer-form';
import { signInWithPassword, startTestEmulator, type Tokens } from './start-test-emulator';

const clock = createManualClock(Date.now());
const logLines: string[] = [];
let emulator: Emulator;
let tokens: Tokens;
const path = authorizerTestPath;
const postTest = postAuthorizerTest;

beforeAll(async () => {
  emulator = await startTestEmulator({ clock, log: (line) => logLines.push(line) });
  tokens = await signInWithPassword(emulator, 'alice@example.com');
}, 60_000);
afterAll(() => emulator.close());

const test = (token: string, header = 'Authorization') => postTest(emulator, { token, header });
const api = (token: string, header = 'Authorization') =>
  fetch(`${emulator.urls.api}/transactions`, { headers: { [header]: token } });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unescape = (html: string) =>
  html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('Test the authorizer (apiAuth cognito, apiToken id)', () => {
  it('shows the form with the identity source as the default header', async () => {
    const page = await (await fetch(`${emulator.urls.domain}${path}`)).text();
    expect(page).toContain('<label for="token">Token</label>');
    expect(page).toMatch(/id="header"[^>]*value="Authorization"/);
  });

  it('refuses a post without the CSRF token', async () => {
    const res = await postTest(emulator, { token: tokens.idToken }, { csrf: null });
    expect(res.status).toBe(403);
  });

  it('lets a fresh ID token through, as the API does, with a curl command that works', async () => {
    const res = await test(`Bearer ${tokens.idToken}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Verdict: Allowed');
    expect(res.body).toContain('API Gateway would let this token through to GET /transactions.');
    expect(res.body).toContain('alice@example.com');
    const curl = unescape(/<code>(curl [^<]*)<\/code>/.exec(res.body)![1]!);
    expect(curl).toBe(
      `curl -i -H 'Authorization: Bearer ${tokens.idToken}' '${emulator.urls.api}/transactions'`,
    );
    expect((await api(`Bearer ${tokens.idToken}`)).status).toBe(200);
  });

  it('says an access token is the wrong token use, as the API refuses it', async () => {
    const res = await test(tokens.accessToken);
    expect(res.body).toContain('Verdict: Refused');
    expect(res.body).toContain(
      'Wrong token use: this is an access token, and the API takes ID tokens.',
    );
    expect(res.body).toContain('{&quot;message&quot;:&quot;Unauthorized&quot;}');
    expect((await api(tokens.accessToken)).status).toBe(401);
  });

  it('says which header the authorizer reads when the token is in another', async () => {
    const res = await test(tokens.idToken, 'X-Token');
    expect(res.body).toContain('No token in the Authorization header.');
    expect(res.body).toContain('a token in X-Token is not looked at');
  });

  it('names another pool by its issuer', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ token_use: 'id', aud: emulator.clientId })
      .setProtectedHeader({ alg: 'RS256', kid: 'foreign-kid' })
      .setIssuer('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Another1')
      .setIssuedAt(Math.floor(clock.now() / 1000))
      .setExpirationTime(Math.floor(clock.now() / 1000) + 3600)
      .sign(privateKey);
    const res = await test(foreign);
    expect(res.body).toContain('Issued by another user pool.');
    expect(res.body).toContain('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Another1');
    expect((await api(foreign)).status).toBe(401);
  });

  it('explains a revoked sign-in that the authorizer still lets through', async () => {
    const bob = await signInWithPassword(emulator, 'bob@example.com');
    emulator.pool.globalSignOut('bob@example.com');
    const res = await test(bob.idToken);
    expect(res.body).toContain('Verdict: Allowed');
    expect(res.body).toContain('sign-in was revoked at');
    expect(res.body).toContain('does not consult revocation');
    expect(res.body).toContain('Access Token has been revoked');
    expect((await api(bob.idToken)).status).toBe(200);
  });

  it('escapes hostile token contents and refuses a hostile header name', async () => {
    const hostile = `${b64({ alg: '"><img src=x onerror=alert(1)>', kid: '</pre><script>alert(1)</script>' })}.${b64({ iss: '<script>alert(2)</script>' })}.c2ln`;
    const res = await test(hostile);
    expect(res.status).toBe(200);
    expect(res.body).not.toMatch(/<script|<img/);
    expect(res.body).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const badHeader = await test(tokens.idToken, 'X"><script>alert(1)</script>');
    expect(badHeader.status).toBe(400);
    expect(badHeader.body).toContain('The header name must be 1 to 64 letters');
    expect(badHeader.body).not.toContain('<script>alert(1)');
  });

  it('refuses an oversized, empty or multi-line paste with a clear message', async () => {
    const long = await test('a'.repeat(9000));
    expect(long.status).toBe(400);
    expect(long.body).toContain('The token is 9000 characters long.');
    expect(long.body).not.toContain('a'.repeat(100));
    const huge = await test('a'.repeat(20_000));
    expect(huge.status).toBe(413);
    expect((await test('   ')).body).toContain('Paste a token to test.');
    const split = await test(`${tokens.idToken.slice(0, 40)}\n${tokens.idToken.slice(40)}`);
    expect(split.body).toContain('line break or another control character');
  });

  it('says a token expired, with when, once the clock passes its exp', async () => {
    const exp = JSON.parse(Buffer.from(tokens.idToken.split('.')[1]!, 'base64url').toString()).exp;
    clock.advance(3601_000);
    const res = await test(tokens.idToken);
    expect(res.body).toContain(`Expired at ${new Date(exp * 1000).toISOString()}`);
    expect(res.body).toContain('{&quot;message&quot;:&quot;The incoming token has expired&quot;}');
    const real = await api(tokens.idToken);
    expect(await real.text()).toBe('{"message":"The incoming token has expired"}');
  });

  it('never writes a tested token into the log', () => {
    const signature = tokens.idToken.split('.')[2]!;
    expect(logLines.join('\n')).not.toContain(signature);
  });
});
