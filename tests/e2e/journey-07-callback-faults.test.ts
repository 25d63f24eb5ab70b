// Journey 7: a sign-in response the app must refuse (a tampered state, a code someone already
// used, the IdP's ?error=access_denied) ends on a clear message with a way to start again:
// never a redirect loop, never a blank page, and the bad parameters leave the address bar.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import {
  appPath,
  submitHostedSignIn,
  waitForHostedSignIn,
  waitForTransactions,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import type { TestUser } from './support/users';
import { createConfirmedUser } from './support/users';

/**
 * Signs in on the hosted page but stops the browser before the app's callback, returning the
 * callback URL unused: its code is fresh and its state is still stored in the browser. The
 * browser is parked on a static file of the app's origin (no app code runs there).
 */
async function interceptCallback(page: Page, app: AppServer, user: TestUser): Promise<URL> {
  const hostedOrigin = new URL(app.emulator.urls.domain).origin;
  const callbackPath = `${app.base}callback`;
  const parking = `${app.appUrl}favicon.svg`;
  let captured: URL | null = null;
  // Playwright does not route the redirect's target, so the hosted page's answer is read here.
  const fromHostedUi = (url: URL) => url.origin === hostedOrigin;
  await page.route(fromHostedUi, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()['location'];
    const target = location ? new URL(location, route.request().url()) : null;
    if (target?.origin !== app.origin || target.pathname !== callbackPath)
      return route.fulfill({ response });
    captured = target;
    return route.fulfill({ status: 303, headers: { Location: parking } });
  });
  await page.goto(app.appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForHostedSignIn(page);
  await submitHostedSignIn(page, user);
  await page.waitForURL(parking);
  await page.unroute(fromHostedUi);
  if (!captured) throw new Error('The hosted page never redirected to the callback');
  return captured;
}

/** Spends the callback's code at the token endpoint with the browser's own PKCE verifier. */
async function spendCode(page: Page, app: AppServer, callback: URL): Promise<void> {
  // The page is parked on the app's origin, so its localStorage is the app's.
  const stored = await page.evaluate(
    (state) => window.localStorage.getItem(`oidc.${state}`),
    callback.searchParams.get('state') ?? '',
  );
  const { code_verifier: verifier } = JSON.parse(stored ?? '{}') as { code_verifier?: string };
  if (!verifier) throw new Error('No stored sign-in state with a PKCE verifier');
  const response = await fetch(`${app.emulator.urls.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: app.emulator.clientId,
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: `${callback.origin}${callback.pathname}`,
      code_verifier: verifier,
    }),
  });
  expect(response.status).toBe(200);
}

interface Fault {
  readonly name: string;
  /** Turns a genuine, unused callback URL into the faulty one the browser then opens. */
  readonly spoil: (page: Page, app: AppServer, callback: URL) => Promise<URL>;
  readonly title: string;
  readonly message: string;
}

const faults: readonly Fault[] = [
  {
    name: 'a tampered state',
    spoil: async (_page, _app, callback) => {
      const url = new URL(callback);
      url.searchParams.set('state', `${callback.searchParams.get('state')}x`);
      return url;
    },
    title: 'This sign-in has already finished or expired',
    message: 'The sign-in link was used already',
  },
  {
    name: 'a code that was already used',
    spoil: async (page, app, callback) => {
      await spendCode(page, app, callback);
      return callback;
    },
    title: "We couldn't sign you in",
    message: 'The sign-in code was already used or has expired.',
  },
  {
    name: '?error=access_denied',
    spoil: async (_page, _app, callback) => {
      const url = new URL(`${callback.origin}${callback.pathname}`);
      url.searchParams.set('error', 'access_denied');
      url.searchParams.set('state', callback.searchParams.get('state') ?? '');
      return url;
    },
    title: "We couldn't sign you in",
    message: 'Sign-in was cancelled or refused.',
  },
];

describeEachServerMode('journey 7: callback faults', { modes: ['preview'] }, (env) => {
  it.each(faults)(
    '$name shows a clear message and a way to start again, without a loop',
    async (fault) => {
      const { app, withPage, mode } = env();
      const slug = fault.name.replace(/\W+/g, '-');
      await withPage(`journey-07-${slug}`, async (page) => {
        const user = await createConfirmedUser(app, `journey7-${mode}`);
        const callback = await interceptCallback(page, app, user);
        const faulty = await fault.spoil(page, app, callback);

        const toHostedUi: string[] = [];
        page.on('request', (request) => {
          if (request.isNavigationRequest() && request.url().startsWith(app.emulator.urls.domain))
            toHostedUi.push(request.url());
        });
        await page.goto(faulty.href);
        await page.getByRole('heading', { name: 'Sign-in did not finish' }).waitFor();
        const alert = page.getByRole('alert');
        await expect(alert.getByRole('heading', { name: fault.title }).count()).resolves.toBe(1);
        await expect(alert.textContent()).resolves.toContain(fault.message);
        await expect(
          page.getByRole('link', { name: 'Go to the start page' }).count(),
        ).resolves.toBe(1);

        // Still there a moment later: the app did not start another sign-in on its own.
        await page.waitForTimeout(1_000);
        expect(toHostedUi).toEqual([]);
        expect(appPath(page, app)).toBe('/callback');
        expect(new URL(page.url()).search).toBe('');

        // Starting again works: the hosted session may sign in without asking.
        await page.getByRole('button', { name: 'Try again' }).click();
        await page
          .locator('#signInFormUsername')
          .or(page.getByRole('heading', { name: 'Transactions', level: 1 }))
          .first()
          .waitFor();
        if (await page.locator('#signInFormUsername').isVisible())
          await submitHostedSignIn(page, user);
        await waitForTransactions(page);
        expect(appPath(page, app)).toBe('/transactions');
        expect(toHostedUi.length).toBeLessThanOrEqual(2);
      });
    },
  );
});
