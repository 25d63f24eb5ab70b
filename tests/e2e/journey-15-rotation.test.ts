// Journey 15: under refresh-token rotation (the product's client, 10 s of grace) the app renews
// three times in a row on the API's 401 and stays signed in: each renewal stores the rotated
// refresh token, and since the emulator's clock moves far past the grace period between them,
// spending an old one would end the session (reuse detection). Nothing sleeps.
import { expect, it } from 'vitest';
import { signInFromLanding, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { addTransaction, expOf, storedUser } from './support/stored-session';
import { createConfirmedUser } from './support/users';

// Short enough to expire between actions, long enough that the browser's own renew timer (60 s
// before expiry, by the browser's clock) never fires: the 401 path renews.
const tokenSeconds = 300;
const shortTokens = { idTokenSeconds: tokenSeconds, accessTokenSeconds: tokenSeconds };

describeEachServerMode(
  'journey 15: renewals under refresh-token rotation',
  { modes: ['preview'], emulator: { tokenLifetimes: shortTokens }, manualClock: true },
  (env) => {
    it('renews three times with a new refresh token each time and stays signed in', async () => {
      const { app, clock, withPage } = env();
      await withPage('journey-15-rotation', async (page) => {
        const user = await createConfirmedUser(app, 'journey15');
        const refreshes: number[] = [];
        const hostedVisits: string[] = [];
        page.on('response', (response) => {
          const url = new URL(response.url());
          if (url.pathname === '/oauth2/token' && url.origin === app.emulator.urls.domain) {
            const grant = new URLSearchParams(response.request().postData() ?? '').get(
              'grant_type',
            );
            if (grant === 'refresh_token') refreshes.push(response.status());
          }
        });
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (request.isNavigationRequest() && url.origin === app.emulator.urls.domain)
            hostedVisits.push(url.pathname);
        });
        await signInFromLanding(page, app, user);
        await page.goto(`${app.appUrl}transactions`);
        await waitForTransactions(page);
        hostedVisits.length = 0;

        const seen = [(await storedUser(page, app))!];
        expect(seen[0]!.refresh_token).toEqual(expect.any(String));
        for (const round of [1, 2, 3]) {
          clock.advance((tokenSeconds + 1) * 1000);
          expect(expOf(seen.at(-1)!.id_token) * 1000).toBeLessThan(clock.now());
          await addTransaction(page, `Renewal ${round}`);
          await page
            .getByRole('listitem')
            .filter({ hasText: `Renewal ${round}` })
            .waitFor();
          const now = (await storedUser(page, app))!;
          expect(now.id_token).not.toBe(seen.at(-1)!.id_token);
          expect(now.refresh_token).toEqual(expect.any(String));
          expect(seen.map((u) => u.refresh_token)).not.toContain(now.refresh_token);
          seen.push(now);
        }
        expect(refreshes).toEqual([200, 200, 200]);
        expect(hostedVisits).toEqual([]);
        // Still signed in: the signed-in frame, not the sign-in page.
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
      });
    });
  },
);
