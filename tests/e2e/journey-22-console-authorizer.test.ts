// Journey 22: the console's "Test the authorizer", as the tutorials press Test in API Gateway's
// console. A signed-in user's ID token (from the SPA's stored session) is pasted: it would be let
// through, with a ready curl command; a token of another pool is refused as such; after the
// emulator's clock passes the token's exp, the same token is explained as expired, with when.
import { generateKeyPair, SignJWT } from 'jose';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { signInFromLanding } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { expOf, storedUser } from './support/stored-session';
import { createConfirmedUser } from './support/users';

/** Pastes `token` into the form, submits it and waits for the verdict. */
async function testToken(page: Page, token: string): Promise<void> {
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Test' }).click();
  await page.getByRole('heading', { name: /^Verdict:/ }).waitFor();
}

describeEachServerMode(
  'journey 22: the console tests the authorizer',
  { modes: ['preview'], manualClock: true },
  (env) => {
    it('lets a fresh ID token through with a curl command, refuses another pool’s, and explains it expired', async () => {
      const { app, clock, withPage } = env();
      await withPage('journey-22-console-authorizer', async (page) => {
        const user = await createConfirmedUser(app, 'journey22');
        await signInFromLanding(page, app, user);
        const idToken = (await storedUser(page, app))!.id_token;

        await page.goto(app.emulator.urls.console);
        await page.getByRole('link', { name: 'Test the authorizer' }).click();
        await expect(page.getByLabel('Header name', { exact: true }).inputValue()).resolves.toBe(
          'Authorization',
        );
        await testToken(page, idToken);
        await page.getByRole('heading', { name: 'Verdict: Allowed' }).waitFor();
        await page.getByText('API Gateway would let this token through').waitFor();
        const curl = page.getByRole('region', { name: 'curl command' }).locator('code');
        expect(await curl.textContent()).toBe(
          `curl -i -H 'Authorization: ${idToken}' '${app.emulator.urls.api}/transactions'`,
        );

        const { privateKey } = await generateKeyPair('RS256');
        const now = Math.floor(clock.now() / 1000);
        const otherPool = await new SignJWT({ token_use: 'id', email: user.email })
          .setProtectedHeader({ alg: 'RS256', kid: 'another-pools-key' })
          .setIssuer(`${app.emulator.urls.domain}/local_An0ther99`)
          .setIssuedAt(now)
          .setExpirationTime(now + 3600)
          .sign(privateKey);
        await testToken(page, otherPool);
        await page.getByRole('heading', { name: 'Verdict: Refused' }).waitFor();
        await page.getByText('Issued by another user pool.').waitFor();

        const exp = expOf(idToken);
        clock.set((exp + 60) * 1000);
        await testToken(page, idToken);
        await page.getByRole('heading', { name: 'Verdict: Refused' }).waitFor();
        await page.getByText(`Expired at ${new Date(exp * 1000).toISOString()}`).waitFor();
        await page.getByText('{"message":"The incoming token has expired"}').waitFor();
      });
    });
  },
);
