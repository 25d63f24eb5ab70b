import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScopes } from '../../contract/runtime-config';
import {
  HostedUiBrowser,
  type BrowserResponse,
} from '../../emulator/cognito/testing/hosted-ui-browser';
import type { Emulator } from '../../emulator/create-emulator';
import { startCognito } from './start-test-emulator';

const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('Cognito emulator hosted pages', () => {
  let emulator: Emulator;
  let domain: string;
  let query: URLSearchParams;

  beforeAll(async () => {
    emulator = await startCognito();
    domain = emulator.urls.domain;
    query = new URLSearchParams({
      response_type: 'code',
      client_id: emulator.clientId,
      redirect_uri: emulator.runtimeConfig('http://localhost:5173', '/app/').redirectUri,
      scope: 'openid email profile',
      state: 'eyJyZXR1cm4iOiIvdHgifQ',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
  });
  afterAll(() => emulator.close());

  const back = (res: BrowserResponse) => new URL(res.location!);

  it.each(['constructor', 'toString', '__proto__', 'nope'])(
    'shows no notice for ?notice=%s (only its own notices)',
    async (notice) => {
      const page = await new HostedUiBrowser(domain).request(
        `/confirmUser?${query}&username=a%40b.c&notice=${notice}`,
      );
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('role="status"');
    },
  );

  it('signs up, confirms with the mailed code and lands on the callback with a code and the original state', async () => {
    const browser = new HostedUiBrowser(domain);
    const signup = await browser.request(`/signup?${query}`);
    expect(signup.status).toBe(200);
    const created = await browser.submit(signup, {
      username: 'new@example.com',
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-1',
    });
    expect(created.status).toBe(302);
    const confirm = await browser.request(created.location!);
    expect(confirm.body).toContain('role="status"');
    const mail = (await (
      await fetch(`${emulator.urls.mailboxJson}?to=new@example.com`)
    ).json()) as { code: string; subject: string }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]!.code).toMatch(/^\d{6}$/);
    const wrong = await browser.submit(
      confirm,
      { confirmation_code: mail[0]!.code === '000000' ? '111111' : '000000' },
      'confirmUserForm',
    );
    expect(wrong.body).toContain('Invalid verification code provided, please try again.');
    const done = await browser.submit(
      confirm,
      { confirmation_code: mail[0]!.code },
      'confirmUserForm',
    );
    expect(done.status).toBe(302);
    expect(back(done).origin + back(done).pathname).toBe('http://localhost:5173/app/callback');
    expect(back(done).searchParams.get('state')).toBe('eyJyZXR1cm4iOiIvdHgifQ');
    expect(back(done).searchParams.get('code')).toBeTruthy();
    expect(emulator.pool.getUser('new@example.com')?.status).toBe('CONFIRMED');
  });

  it('burns a confirmation code after 5 wrong tries', async () => {
    const browser = new HostedUiBrowser(domain);
    const signup = await browser.request(`/signup?${query}`);
    const created = await browser.submit(signup, {
      username: 'guess@example.com',
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-1',
    });
    const confirm = await browser.request(created.location!);
    const code = emulator.pool.mailbox.latest('guess@example.com')!.code!;
    const wrongCode = code === '123456' ? '654321' : '123456';
    let last: BrowserResponse | undefined;
    for (let i = 0; i < 5; i++)
      last = await browser.submit(confirm, { confirmation_code: wrongCode }, 'confirmUserForm');
    expect(last!.body).toContain('Attempt limit exceeded, please try after some time.');
    const right = await browser.submit(confirm, { confirmation_code: code }, 'confirmUserForm');
    expect(right.status).toBe(400);
    expect(right.body).toContain('Invalid code provided, please request a code again.');
  });

  it('does not sign in someone who only has the code (another browser)', async () => {
    const browser = new HostedUiBrowser(domain);
    const created = await browser.submit(await browser.request(`/signup?${query}`), {
      username: 'other@example.com',
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-1',
    });
    const stranger = new HostedUiBrowser(domain);
    const confirm = await stranger.request(created.location!);
    const done = await stranger.submit(
      confirm,
      { confirmation_code: emulator.pool.mailbox.latest('other@example.com')!.code! },
      'confirmUserForm',
    );
    expect(new URL(done.location!, domain).pathname).toBe('/login');
  });

  it('rejects mismatched passwords and a weak password on sign-up', async () => {
    const browser = new HostedUiBrowser(domain);
    const page = await browser.request(`/signup?${query}`);
    expect(
      (
        await browser.submit(page, {
          username: 'x@example.com',
          password: 'New-Pass-1',
          confirmPassword: 'New-Pass-2',
        })
      ).body,
    ).toContain('The passwords do not match.');
    expect(
      (
        await browser.submit(page, {
          username: 'x@example.com',
          password: 'password1',
          confirmPassword: 'password1',
        })
      ).body,
    ).toContain('Password must have uppercase characters');
  });

  it('resets a forgotten password and sends the user back to sign in', async () => {
    await emulator.pool.createUser({ email: 'reset@example.com', password: 'Old-Pass-1' });
    const browser = new HostedUiBrowser(domain);
    const forgot = await browser.request(`/forgotPassword?${query}`);
    const sent = await browser.submit(forgot, { username: 'reset@example.com' });
    const confirm = await browser.request(sent.location!);
    const code = emulator.pool.mailbox.latest('reset@example.com')!.code!;
    const done = await browser.submit(confirm, {
      code,
      password: 'New-Pass-1',
      confirmPassword: 'New-Pass-1',
    });
    expect(new URL(done.location!, domain).pathname).toBe('/login');
    const signedIn = await browser.signIn(
      `${domain}/oauth2/authorize?${query}`,
      'reset@example.com',
      'New-Pass-1',
    );
    expect(back(signedIn).searchParams.get('code')).toBeTruthy();
  });

  it('gives unknown accounts the same forgot-password answer', async () => {
    const browser = new HostedUiBrowser(domain);
    const forgot = await browser.request(`/forgotPassword?${query}`);
    const res = await browser.submit(forgot, { username: 'ghost@example.com' });
    expect(new URL(res.location!, domain).pathname).toBe('/confirmForgotPassword');
    expect(emulator.pool.mailbox.latest('ghost@example.com')).toBeUndefined();
  });

  it('makes an admin-created user choose a new password, then signs them in', async () => {
    await emulator.pool.adminCreateUser({
      email: 'invited@example.com',
      temporaryPassword: 'Temp-Pass-1',
    });
    const browser = new HostedUiBrowser(domain);
    const after = await browser.signIn(
      `${domain}/oauth2/authorize?${query}`,
      'invited@example.com',
      'Temp-Pass-1',
    );
    expect(new URL(after.location!, domain).pathname).toBe('/forceChangePassword');
    const page = await browser.request(after.location!);
    const done = await browser.submit(page, {
      newPassword: 'Perm-Pass-1',
      confirmNewPassword: 'Perm-Pass-1',
    });
    expect(back(done).searchParams.get('state')).toBe('eyJyZXR1cm4iOiIvdHgifQ');
    expect(emulator.pool.getUser('invited@example.com')?.status).toBe('CONFIRMED');
  });

  it('refuses disabled users on the sign-in form', async () => {
    await emulator.pool.createUser({ email: 'off@example.com', password: 'Off-Pass-1' });
    emulator.pool.disableUser('off@example.com');
    const res = await new HostedUiBrowser(domain).signIn(
      `${domain}/oauth2/authorize?${query}`,
      'off@example.com',
      'Off-Pass-1',
    );
    expect(res.status).toBe(400);
    expect(res.body).toContain('User is disabled.');
  });

  it('lists mail newest first as HTML and JSON', async () => {
    const all = (await (await fetch(emulator.urls.mailboxJson)).json()) as {
      id: string;
      to: string;
      subject: string;
      text: string;
      code: string;
      sentAt: string;
    }[];
    expect(all.length).toBeGreaterThan(2);
    expect(Object.keys(all[0]!).sort()).toEqual(['code', 'id', 'sentAt', 'subject', 'text', 'to']);
    expect([...all].sort((a, b) => b.sentAt.localeCompare(a.sentAt)).map((m) => m.sentAt)).toEqual(
      all.map((m) => m.sentAt),
    );
    const page = await fetch(emulator.urls.mailbox);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('invited@example.com');
  });

  it('serves the SPA runtime config and refuses unknown app locations', async () => {
    const res = await fetch(
      `${domain}/_dev/config.json?origin=${encodeURIComponent('http://localhost:5173')}&base=/app/`,
    );
    expect(await res.json()).toEqual({
      region: 'local',
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      authority: emulator.urls.issuer,
      domain,
      redirectUri: 'http://localhost:5173/app/callback',
      logoutUri: 'http://localhost:5173/app/signed-out',
      apiUrl: 'http://127.0.0.1:9230/local',
      apiAuthHeader: 'Authorization',
      scopes: defaultScopes,
      apiAuth: 'cognito',
      apiToken: 'id',
      // The local test IdP is on by default, as the provider Google.
      identityProviders: ['Google'],
    });
    expect((await fetch(`${domain}/_dev/config.json?origin=http://evil.example`)).status).toBe(400);
  });
});

describe('Cognito emulator data folder', () => {
  it('keeps users, refresh tokens and keys across restarts, and rotation keeps old keys published', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cognito-emu-'));
    try {
      const first = await startCognito({ dataDir: dir });
      await first.pool.createUser({ email: 'kept@example.com', password: 'Kept-Pass-1' });
      const kids = first.jwks().keys.map((k) => k.kid);
      await first.pool.rotateKeys();
      const rotated = first.jwks().keys.map((k) => k.kid);
      expect(rotated).toHaveLength(4);
      expect(rotated).toEqual(expect.arrayContaining(kids));
      await first.close();
      const second = await startCognito({ dataDir: dir });
      expect(second.pool.getUser('kept@example.com')?.status).toBe('CONFIRMED');
      expect(second.jwks().keys.map((k) => k.kid)).toEqual(rotated);
      await second.close();
      const reset = await startCognito({ dataDir: dir, reset: true });
      expect(reset.pool.getUser('kept@example.com')).toBeUndefined();
      await reset.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
