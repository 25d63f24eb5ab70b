// Journey 6: the app keeps working past the ID token's expiry by renewing with the refresh token
// when the API answers 401; once the refresh token is revoked (GlobalSignOut through the pool's
// JSON API) the next action leads to sign-in, which the hosted session answers at once, and back
// to the same page. The emulator's clock is moved; nothing sleeps.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { appPath, signInFromLanding, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { addTransaction, expOf, storedUser } from './support/stored-session';
import { callJsonApi, createConfirmedUser, tokensFor } from './support/users';

// Cognito's shortest ID token lifetime. Long enough that the browser's own renewal timer
// (oidc-client-ts renews 60 s before expiry, by the browser's clock) never fires during the
// journey, so what renews is the product's documented path: the gateway answers 401 once the
// emulator's clock passes the token's exp, and the SPA renews and retries.
const tokenSeconds = 300;

/** What the tab asked of the API, the token endpoint and the hosted pages, in order. */
function watchTraffic(page: Page, app: AppServer) {
  const traffic = {
    creates: [] as number[],
    refreshes: 0,
    authorizeVisits: [] as string[],
    loginVisits: [] as string[],
  };
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'POST' && response.url() === `${app.emulator.urls.api}/transactions`)
      traffic.creates.push(response.status());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'POST' && url.pathname === '/oauth2/token') {
      if (new URLSearchParams(request.postData() ?? '').get('grant_type') === 'refresh_token')
        traffic.refreshes += 1;
    }
    if (!request.isNavigationRequest() || url.origin !== app.emulator.urls.domain) return;
    if (url.pathname === '/oauth2/authorize') traffic.authorizeVisits.push(request.url());
    if (url.pathname === '/login') traffic.loginVisits.push(request.url());
  });
  const reset = () => {
    traffic.creates.length = 0;
    traffic.refreshes = 0;
    traffic.authorizeVisits.length = 0;
    traffic.loginVisits.length = 0;
  };
  return { traffic, reset };
}

describeEachServerMode(
  'journey 6: expiry',
  {
    emulator: {
      tokenLifetimes: { idTokenSeconds: tokenSeconds, accessTokenSeconds: tokenSeconds },
    },
    manualClock: true,
  },
  (env) => {
    it('renews on the 401 past the ID token expiry, and after GlobalSignOut the next action signs in again from the hosted session and returns', async () => {
      const { app, clock, withPage } = env();
      await withPage('journey-06-expiry', async (page) => {
        const user = await createConfirmedUser(app, 'journey6');
        const { traffic, reset } = watchTraffic(page, app);
        await signInFromLanding(page, app, user);
        await page.goto(`${app.appUrl}transactions?from=expiry`);
        await waitForTransactions(page);
        const first = await storedUser(page, app);
        expect(first).not.toBeNull();
        reset();

        // Past the ID token's expiry on the emulator's clock; to the browser's clock it is still
        // good, so nothing renews until the gateway refuses it.
        clock.advance((tokenSeconds + 1) * 1000);
        expect(expOf(first!.id_token) * 1000).toBeLessThan(clock.now());
        expect(first!.expires_at * 1000).toBeGreaterThan(Date.now());
        await addTransaction(page, 'After expiry');
        await page.getByRole('listitem').filter({ hasText: 'After expiry' }).waitFor();
        expect(traffic.creates).toEqual([401, 201]);
        expect(traffic.refreshes).toBe(1);
        expect(traffic.authorizeVisits).toEqual([]);
        const renewed = await storedUser(page, app);
        expect(renewed?.id_token).not.toBe(first!.id_token);
        reset();

        // Sign out everywhere from another device: GlobalSignOut needs an access token with the
        // aws.cognito.signin.user.admin scope, which the SPA's hosted-UI tokens do not carry.
        const elsewhere = await tokensFor(app, user);
        await callJsonApi(app, 'GlobalSignOut', { AccessToken: elsewhere.accessToken });
        clock.advance((tokenSeconds + 1) * 1000);
        // The next document the tab loads is the callback of the new sign-in.
        const signedInAgain = page.waitForEvent('load');
        await addTransaction(page, 'After revocation');

        // The refresh token is revoked, so the SPA signs in again. GlobalSignOut leaves the
        // hosted-UI session cookie alone and its hour has not passed on the emulator's clock
        // (cognito-behavior.md §3.1): authorize answers with a code at once, no sign-in form.
        await signedInAgain;
        await page.waitForURL((url) => url.search === '?from=expiry');
        await waitForTransactions(page);
        expect(traffic.creates).toEqual([401]);
        expect(traffic.refreshes).toBe(1);
        expect(traffic.authorizeVisits).toHaveLength(1);
        expect(traffic.loginVisits).toEqual([]);
        expect(appPath(page, app)).toBe('/transactions');
        await page.getByRole('listitem').filter({ hasText: 'After expiry' }).waitFor();
      });
    });
  },
);
