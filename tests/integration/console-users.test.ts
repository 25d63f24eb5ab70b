// The console's Users pages over HTTP, each action through the JSON API's operations: the list
// (search, status filter, paging past 60), Create user with Cognito's errors, a user's actions
// and recent sign-in events; hostile and oversized input.
import { InitiateAuthCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/create-emulator';
import { consoleClient, type ConsoleClient } from './console-client';
import { cognitoSdk, failureOf, startCognito, testAppOrigin } from './start-test-emulator';

let emulator: Emulator;
let browser: ConsoleClient;
beforeAll(async () => {
  emulator = await startCognito({ appOrigins: [testAppOrigin] });
  browser = consoleClient(emulator);
});
afterAll(() => emulator.close());

const password = 'Correct-horse-9-battery';
const signIn = (email: string, pw = password) =>
  cognitoSdk(emulator).send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: emulator.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: pw },
    }),
  );
const usernameOf = (email: string) => emulator.pool.getUser(email)!.username;
const userUrl = (email: string) => `/_dev/console/users/${encodeURIComponent(usernameOf(email))}`;
const act = (email: string, action: string, extra: Record<string, string> = {}) =>
  browser.submit(userUrl(email), { action, ...extra });

describe('Create user', () => {
  it('creates a FORCE_CHANGE_PASSWORD user with a temporary password and mails the invitation', async () => {
    const page = await browser.submit('/_dev/console/users/new', {
      email: 'new@example.com',
      temporaryPassword: 'Temp-pass-1',
      emailVerified: 'true',
      invitation: 'send',
    });
    expect(page.status).toBe(200);
    expect(page.location).toBe(userUrl('new@example.com'));
    expect(page.html).toContain('User new@example.com created; the invitation is in the mailbox.');
    expect(page.html).toContain('FORCE_CHANGE_PASSWORD');
    expect(page.html).not.toContain('Temp-pass-1');
    expect(emulator.pool.mailbox.latest('new@example.com')?.code).toBe('Temp-pass-1');
    const signedIn = await signIn('new@example.com', 'Temp-pass-1');
    expect(signedIn.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('suppresses the invitation and generates a password when asked', async () => {
    await browser.submit('/_dev/console/users/new', {
      email: 'quiet@example.com',
      invitation: 'suppress',
    });
    expect(emulator.pool.getUser('quiet@example.com')?.status).toBe('FORCE_CHANGE_PASSWORD');
    expect(emulator.pool.mailbox.latest('quiet@example.com')).toBeUndefined();
  });

  it.each([
    ['an existing user', 'new@example.com', 'Temp-pass-1', 'UsernameExistsException'],
    ['a weak password', 'weak@example.com', 'weakpass', 'InvalidPasswordException'],
    ['a bad email', 'not-an-email', 'Temp-pass-1', 'InvalidParameterException'],
    ['a missing email', '', 'Temp-pass-1', 'InvalidParameterException'],
  ])('refuses %s with Cognito words', async (_case, email, temporaryPassword, type) => {
    const res = await browser.post('/_dev/console/users/new', {
      email,
      temporaryPassword,
      invitation: 'suppress',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(`<strong>${type}</strong>`);
    expect(html).not.toContain(temporaryPassword);
  });
});

describe('a user', () => {
  it('confirms a signed-up user', async () => {
    await cognitoSdk(emulator).send(
      new SignUpCommand({
        ClientId: emulator.clientId,
        Username: 'signup@example.com',
        Password: password,
      }),
    );
    expect(emulator.pool.getUser('signup@example.com')?.status).toBe('UNCONFIRMED');
    const page = await act('signup@example.com', 'confirm');
    expect(page.html).toContain('User confirmed.');
    expect(emulator.pool.getUser('signup@example.com')?.status).toBe('CONFIRMED');
  });

  it('disables (the next sign-in is refused) and enables again', async () => {
    await emulator.pool.createUser({ email: 'dis@example.com', password });
    await act('dis@example.com', 'disable');
    expect(emulator.pool.getUser('dis@example.com')?.enabled).toBe(false);
    expect((await failureOf(signIn('dis@example.com'))).message).toBe('User is disabled.');
    const page = await browser.get(userUrl('dis@example.com'));
    expect(page.html).toContain('Sign-in refused');
    expect(page.html).toContain('User is disabled.');
    await act('dis@example.com', 'enable');
    expect((await signIn('dis@example.com')).AuthenticationResult).toBeDefined();
  });

  it('resets the password: RESET_REQUIRED and a code in the mailbox', async () => {
    await emulator.pool.createUser({ email: 'reset@example.com', password });
    const page = await act('reset@example.com', 'reset-password');
    expect(page.html).toContain('Password reset: the reset code is in the mailbox.');
    expect(emulator.pool.getUser('reset@example.com')?.status).toBe('RESET_REQUIRED');
    expect(emulator.pool.mailbox.latest('reset@example.com')?.code).toMatch(/^\d{6}$/);
    expect(page.html).not.toContain(emulator.pool.mailbox.latest('reset@example.com')!.code!);
    expect((await failureOf(signIn('reset@example.com'))).name).toBe(
      'PasswordResetRequiredException',
    );
  });

  it('sets a permanent password (CONFIRMED) and refuses a weak one', async () => {
    await browser.submit('/_dev/console/users/new', {
      email: 'perm@example.com',
      invitation: 'suppress',
    });
    const weak = await browser.post(userUrl('perm@example.com'), {
      action: 'set-password',
      password: 'short1',
      permanent: 'true',
    });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('InvalidPasswordException');
    await act('perm@example.com', 'set-password', { password, permanent: 'true' });
    expect(emulator.pool.getUser('perm@example.com')?.status).toBe('CONFIRMED');
    expect((await signIn('perm@example.com')).AuthenticationResult).toBeDefined();
  });

  it('signs out everywhere and shows the sign-in events, newest first', async () => {
    await emulator.pool.createUser({ email: 'events@example.com', password });
    await failureOf(signIn('events@example.com', 'Wrong-pass-1'));
    const tokens = await signIn('events@example.com');
    const page = await act('events@example.com', 'sign-out');
    expect(page.html).toContain('Signed out everywhere');
    const events = page.html.slice(page.html.indexOf('Recent sign-in events'));
    const order = ['Signed out', 'Signed in', 'Wrong password'].map((e) =>
      events.indexOf(`<td>${e}</td>`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page.html).not.toContain(tokens.AuthenticationResult!.RefreshToken!);
    expect(page.html).not.toContain(tokens.AuthenticationResult!.AccessToken!);
  });

  it('records refreshes and a lockout among the events', async () => {
    await emulator.pool.createUser({ email: 'locked@example.com', password });
    const tokens = await signIn('locked@example.com');
    const refreshed = await fetch(`${emulator.urls.domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: emulator.clientId,
        refresh_token: tokens.AuthenticationResult!.RefreshToken!,
      }),
    });
    expect(refreshed.status).toBe(200);
    let message = '';
    for (let i = 0; i < 10 && message !== 'Password attempts exceeded'; i++)
      message = (await failureOf(signIn('locked@example.com', 'Wrong-pass-1'))).message;
    expect(message).toBe('Password attempts exceeded');
    const page = await browser.get(userUrl('locked@example.com'));
    expect(page.html).toContain('<td>Tokens refreshed</td>');
    expect(page.html).toContain('<td>Locked (too many attempts)</td>');
  });

  it('edits attributes, creates a group, adds and removes the user', async () => {
    await emulator.pool.createUser({ email: 'attrs@example.com', password });
    await act('attrs@example.com', 'attributes', {
      newAttributeName: 'name',
      newAttributeValue: 'Ann',
    });
    let page = await act('attrs@example.com', 'attributes', { 'attr:name': 'Ann B' });
    expect(page.html).toContain('Attributes saved: name.');
    expect(page.html).toContain('value="Ann B"');
    page = await act('attrs@example.com', 'create-group', { newGroup: 'editors' });
    expect(page.html).toContain('Group editors created, and the user added to it.');
    expect(emulator.pool.getUser('attrs@example.com')?.groups).toEqual(['editors']);
    page = await act('attrs@example.com', 'remove-group', { group: 'editors' });
    expect(page.html).toContain('Removed from editors.');
    expect(emulator.pool.getUser('attrs@example.com')?.groups).toEqual([]);
    page = await act('attrs@example.com', 'add-group', { group: 'editors' });
    expect(page.html).toContain('Added to editors.');
    expect(emulator.pool.getUser('attrs@example.com')?.groups).toEqual(['editors']);
    const unknown = await browser.post(userUrl('attrs@example.com'), {
      action: 'add-group',
      group: 'nope',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('ResourceNotFoundException');
  });

  it('deletes only after the email is typed', async () => {
    await emulator.pool.createUser({ email: 'gone@example.com', password });
    const path = `${userUrl('gone@example.com')}/delete`;
    expect((await browser.get(path)).html).toContain('To confirm, type the email address');
    const wrong = await browser.post(path, { confirm: 'someone@example.com' });
    expect(wrong.status).toBe(400);
    expect(emulator.pool.getUser('gone@example.com')).toBeDefined();
    const page = await browser.submit(path, { confirm: 'gone@example.com' });
    expect(page.location).toBe('/_dev/console');
    expect(page.html).toContain('User gone@example.com deleted.');
    expect(emulator.pool.getUser('gone@example.com')).toBeUndefined();
  });

  it('answers an unknown user and an unknown action with Cognito errors', async () => {
    const missing = await browser.get('/_dev/console/users/no-such-user');
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('UserNotFoundException');
    await emulator.pool.createUser({ email: 'odd@example.com', password });
    const odd = await browser.post(userUrl('odd@example.com'), { action: 'explode' });
    expect(odd.status).toBe(400);
    expect(await odd.text()).toContain('Unknown console action.');
  });
});

describe('the Users list', () => {
  it('pages past 60 users, searches by email prefix and filters by status', async () => {
    for (let i = 0; i < 65; i++)
      await emulator.pool.adminCreateUser({
        email: `bulk${String(i).padStart(2, '0')}@example.com`,
        suppressMessage: true,
      });
    const first = await browser.get('/_dev/console');
    expect(first.html).toContain('60 users');
    const next = /href="(\/_dev\/console\?[^"]*next=[^"]+)"/
      .exec(first.html)![1]!
      .replace(/&amp;/g, '&');
    const second = await browser.get(next);
    expect(second.status).toBe(200);
    const firstEmails = new Set(first.html.match(/[\w.]+@example\.com/g));
    const secondEmails = second.html.match(/bulk\d\d@example\.com/g) ?? [];
    expect(secondEmails.length).toBeGreaterThan(0);
    expect(secondEmails.some((e) => firstEmails.has(e))).toBe(false);

    const search = await browser.get('/_dev/console?q=bulk6');
    expect(new Set(search.html.match(/bulk\d\d@example\.com/g)).size).toBe(5);
    expect(search.html).not.toContain('bulk59@');

    const confirmed = await browser.get('/_dev/console?status=CONFIRMED');
    expect(confirmed.html).toContain('dis@example.com');
    expect(confirmed.html).not.toContain('bulk00@');
  });

  it.each([
    ['an unknown status', '?status=ASLEEP', 'Unknown user status.'],
    ['both filters', '?q=a&status=CONFIRMED', 'ListUsers takes one filter'],
    ['an oversized prefix', `?q=${'a'.repeat(129)}`, 'longer than 128'],
    ['a forged page token', '?next=bm9wZQ', 'InvalidParameterException'],
  ])('refuses %s', async (_case, query, message) => {
    const page = await browser.get(`/_dev/console${query}`);
    expect(page.status).toBe(400);
    expect(page.html).toContain(message);
  });
});

describe('hostile and oversized input', () => {
  const hostile = '<img src=x onerror=alert(1)>"\'';

  it('escapes what users typed, everywhere it is shown', async () => {
    await emulator.pool.createUser({
      email: 'xss@example.com',
      password,
      attributes: { name: hostile },
    });
    const page = await browser.get(userUrl('xss@example.com'));
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;');
    const search = await browser.get(`/_dev/console?q=${encodeURIComponent(hostile)}`);
    expect(search.html).not.toContain('<img src=x');
    const refused = await browser.post('/_dev/console/users/new', { email: hostile });
    expect(await refused.text()).not.toContain('<img src=x');
  });

  it('refuses a form over 16 KiB, and a field sent twice', async () => {
    const big = await browser.post('/_dev/console/users/new', { email: 'a'.repeat(20_000) });
    expect(big.status).toBe(413);
    const body = new URLSearchParams([
      ['email', 'a@example.com'],
      ['email', 'b@example.com'],
    ]).toString();
    const twice = await fetch(`${emulator.urls.console}/users/new`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: emulator.urls.domain,
      },
      body,
    });
    expect(twice.status).toBe(400);
  });
});

describe('CSRF and origin', () => {
  it('refuses a form without the CSRF token, or with another one, and changes nothing', async () => {
    for (const csrf of [null, 'x'.repeat(43)]) {
      const res = await browser.post(
        '/_dev/console/users/new',
        { email: 'csrf@example.com', invitation: 'suppress' },
        { csrf },
      );
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('sent from another site');
    }
    expect(emulator.pool.getUser('csrf@example.com')).toBeUndefined();
  });

  it.each(['https://evil.example', 'null', testAppOrigin])(
    'refuses a form posted from %s, even with a valid token',
    async (origin) => {
      const res = await browser.post(
        '/_dev/console/users/new',
        { email: 'cross@example.com', invitation: 'suppress' },
        { origin },
      );
      expect(res.status).toBe(403);
      expect(emulator.pool.getUser('cross@example.com')).toBeUndefined();
    },
  );

  it('refuses another media type', async () => {
    const res = await fetch(`${emulator.urls.console}/users/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: emulator.urls.domain },
      body: '{}',
    });
    expect(res.status).toBe(415);
  });
});
