// Journey 14: the API refuses every token although sign-in and renewal work (a misconfigured
// authorizer: wrong audience or issuer). The app must not bounce between the hosted UI and
// /callback: moments after a completed sign-in it shows an error with "Try again", and each
// press tries exactly once more.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { submitHostedSignIn, waitForHostedSignIn } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { createConfirmedUser } from './support/users';

/** Counts the page's navigations to the hosted UI's authorize endpoint. */
function countAuthorizeNavigations(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (!request.isNavigationRequest()) return;
    if (new URL(request.url()).pathname.endsWith('/oauth2/authorize')) count += 1;
  });
  return () => count;
}

/**
 * Waits until the page has nothing on the network: the old loop's next trip started from an API
 * answer, so once no request is in flight and none follows, the app has made its choice. No
 * fixed sleep; the guard's 30 s window is the browser's own clock and is not waited for.
 */
const settled = (page: Page) => page.waitForLoadState('networkidle');

describeEachServerMode(
  'journey 14: persistent 401',
  { modes: ['preview'], api: 'always-401' },
  (env) => {
    it('shows an error with Try again instead of looping through the hosted UI', async () => {
      const { app, withPage } = env();
      await withPage('journey-14-persistent-401', async (page) => {
        const user = await createConfirmedUser(app, 'journey14');
        const authorizeCount = countAuthorizeNavigations(page);
        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);
        await submitHostedSignIn(page, user);

        const refused = page
          .getByRole('alert')
          .filter({ hasText: 'Your sign-in was not accepted' });
        await refused.waitFor();
        await settled(page);
        expect(authorizeCount()).toBe(1);
        expect(new URL(page.url()).origin).toBe(app.origin);

        // Try again: one more trip (the hosted UI still has its session, so no form), then the
        // same error, and no further trips.
        await refused.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(authorizeCount).toBe(2);
        await refused.waitFor();
        await settled(page);
        expect(authorizeCount()).toBe(2);
        await refused.getByRole('button', { name: 'Try again' }).waitFor();
      });
    });
  },
);
