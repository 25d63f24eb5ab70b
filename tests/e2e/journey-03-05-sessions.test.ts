// Journeys 3–5: signing out leaves nothing private behind, two users never see each other's
// data, and a deep link survives the trip through the hosted sign-in.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AppServer } from './support/app-server';
import {
  appPath,
  signInFromLanding,
  submitHostedSignIn,
  waitForHostedSignIn,
  waitForTransactions,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import type { TestUser } from './support/users';
import { createConfirmedUser, seedTransactions } from './support/users';

/** A confirmed user who already has one transaction described `description`. */
async function userWithTransaction(app: AppServer, label: string, description: string) {
  const user = await createConfirmedUser(app, label);
  await seedTransactions(app, user, [
    { date: '2024-03-01', description, amount: -1234, currency: 'EUR' },
  ]);
  return user;
}

const transactionRow = (page: Page, description: string) =>
  page.getByRole('list', { name: 'Transactions' }).getByRole('listitem').filter({
    hasText: description,
  });

async function addThroughUi(page: Page, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Add transaction' }).click();
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Amount').fill('7');
  await page.getByRole('button', { name: 'Save' }).click();
  await transactionRow(page, description).waitFor();
}

describeEachServerMode('journeys 3-5: sessions', {}, (env) => {
  it('journey 3: signs out to the signed-out page, back shows nothing private, /transactions asks to sign in, and the data is still there after signing in again', async () => {
    const { app, withPage } = env();
    await withPage('journey-03-sign-out', async (page) => {
      const user = await userWithTransaction(app, 'journey3', 'Private rent payment');
      await signInFromLanding(page, app, user);
      await transactionRow(page, 'Private rent payment').waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
      expect(appPath(page, app)).toBe('/signed-out');
      await expect(page.evaluate(() => window.sessionStorage.length)).resolves.toBe(0);

      await page.goBack();
      await page.waitForLoadState();
      // Whatever Back lands on (hosted logout, the list from the bfcache, a fresh load), the
      // private data must not be on screen.
      await page.waitForTimeout(500);
      await expect(page.getByText('Private rent payment').count()).resolves.toBe(0);
      await expect(page.getByText(user.email).count()).resolves.toBe(0);

      await page.goto(`${app.appUrl}transactions`);
      await waitForHostedSignIn(page);
      expect(page.url().startsWith(app.emulator.urls.domain)).toBe(true);
      await submitHostedSignIn(page, user);
      await waitForTransactions(page);
      expect(appPath(page, app)).toBe('/transactions');
      await transactionRow(page, 'Private rent payment').waitFor();
    });
  });

  it("journey 4: two users in two browser contexts never see each other's transactions", async () => {
    const { app, withPage } = env();
    const alice = await userWithTransaction(app, 'journey4-alice', 'Alice groceries');
    const bob = await userWithTransaction(app, 'journey4-bob', 'Bob bicycle');
    await withPage('journey-04-alice', async (alicePage) => {
      await withPage('journey-04-bob', async (bobPage) => {
        await signInFromLanding(alicePage, app, alice);
        await signInFromLanding(bobPage, app, bob);
        await addThroughUi(alicePage, 'Alice added later');
        await addThroughUi(bobPage, 'Bob added later');

        await Promise.all([alicePage.reload(), bobPage.reload()]);
        await Promise.all([waitForTransactions(alicePage), waitForTransactions(bobPage)]);
        const seen = async (page: Page, owner: TestUser) => ({
          signedInAs: await page.getByText(`Signed in as ${owner.email}`).count(),
          rows: (
            await page
              .getByRole('list', { name: 'Transactions' })
              .getByRole('listitem')
              .allTextContents()
          )
            .map((text) => /(Alice|Bob) (groceries|bicycle|added later)/.exec(text)?.[0])
            .sort(),
        });
        expect(await seen(alicePage, alice)).toEqual({
          signedInAs: 1,
          rows: ['Alice added later', 'Alice groceries'],
        });
        expect(await seen(bobPage, bob)).toEqual({
          signedInAs: 1,
          rows: ['Bob added later', 'Bob bicycle'],
        });
      });
    });
  });

  it('journey 5: a deep link to /transactions while signed out goes to the hosted sign-in and comes back to /transactions', async () => {
    const { app, withPage } = env();
    await withPage('journey-05-deep-link', async (page) => {
      const user = await userWithTransaction(app, 'journey5', 'Deep link coffee');
      await page.goto(`${app.appUrl}transactions`);
      await waitForHostedSignIn(page);
      expect(new URL(page.url()).origin).toBe(new URL(app.emulator.urls.domain).origin);
      await submitHostedSignIn(page, user);
      await waitForTransactions(page);
      expect(appPath(page, app)).toBe('/transactions');
      expect(page.url()).not.toMatch(/[?&](code|state)=/);
      await transactionRow(page, 'Deep link coffee').waitFor();
    });
  });
});
