// Journey 6: with short token lifetimes the app keeps working past the ID token's expiry by
// renewing with the refresh token; once the refresh token is revoked (GlobalSignOut through the
// pool's JSON API) the next action leads to sign-in and back to the same page.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import {
  appPath,
  signInFromLanding,
  submitHostedSignIn,
  waitForTransactions,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { callJsonApi, createConfirmedUser, tokensFor } from './support/users';

const tokenSeconds = 5;

interface StoredUser {
  readonly id_token: string;
  readonly expires_at: number;
}

/** The signed-in user oidc-client-ts keeps in the tab's sessionStorage. */
async function storedUser(page: Page, app: AppServer): Promise<StoredUser | null> {
  const key = `oidc.user:${app.emulator.urls.issuer}:${app.emulator.clientId}`;
  const raw = await page.evaluate((k) => window.sessionStorage.getItem(k), key);
  return raw ? (JSON.parse(raw) as StoredUser) : null;
}

async function addTransaction(page: Page, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Add transaction' }).click();
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Amount').fill('3.20');
  await page.getByRole('button', { name: 'Save' }).click();
}

const pastExpiry = () => new Promise((resolve) => setTimeout(resolve, (tokenSeconds + 2) * 1000));

describeEachServerMode(
  'journey 6: expiry',
  {
    emulator: {
      tokenLifetimes: { idTokenSeconds: tokenSeconds, accessTokenSeconds: tokenSeconds },
    },
  },
  (env) => {
    it('renews silently past the ID token expiry, and after GlobalSignOut the next action signs in again and returns', async () => {
      const { app, withPage } = env();
      await withPage('journey-06-expiry', async (page) => {
        const user = await createConfirmedUser(app, 'journey6');
        const authorizeVisits: string[] = [];
        page.on('request', (request) => {
          if (request.isNavigationRequest() && request.url().includes('/oauth2/authorize'))
            authorizeVisits.push(request.url());
        });
        await signInFromLanding(page, app, user);
        await page.goto(`${app.appUrl}transactions?from=expiry`);
        await waitForTransactions(page);
        const first = await storedUser(page, app);
        expect(first).not.toBeNull();
        authorizeVisits.length = 0;

        await pastExpiry();
        expect(first!.expires_at * 1000).toBeLessThan(Date.now());
        await addTransaction(page, 'After expiry');
        await page.getByRole('listitem').filter({ hasText: 'After expiry' }).waitFor();
        expect(authorizeVisits).toEqual([]);
        const renewed = await storedUser(page, app);
        expect(renewed?.id_token).not.toBe(first!.id_token);

        // Sign out everywhere from another device: GlobalSignOut needs an access token with the
        // aws.cognito.signin.user.admin scope, which the SPA's hosted-UI tokens do not carry.
        const elsewhere = await tokensFor(app, user);
        await callJsonApi(app, 'GlobalSignOut', { AccessToken: elsewhere.accessToken });
        await pastExpiry();
        await addTransaction(page, 'After revocation');

        await page
          .locator('#signInFormUsername')
          .or(page.getByRole('heading', { name: 'Transactions', level: 1 }))
          .first()
          .waitFor();
        await expect.poll(() => authorizeVisits.length).toBeGreaterThan(0);
        if (await page.locator('#signInFormUsername').isVisible())
          await submitHostedSignIn(page, user);
        await page.waitForURL((url) => url.search === '?from=expiry');
        await waitForTransactions(page);
        expect(appPath(page, app)).toBe('/transactions');
        await page.getByRole('listitem').filter({ hasText: 'After expiry' }).waitFor();
      });
    });
  },
);
