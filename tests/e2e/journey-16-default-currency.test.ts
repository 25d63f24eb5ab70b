// Journey 16: the user sets a default currency on Profile (custom:default_currency through the
// User Pools JSON API with the SPA's access token), and a new transaction then starts in it.
import { expect, it } from 'vitest';
import { signInFromLanding, waitForTransactions } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { createConfirmedUser } from './support/users';

describeEachServerMode('journey 16: default currency', { modes: ['preview'] }, (env) => {
  it('sets the default currency on Profile and the transaction form starts with it', async () => {
    const { app, withPage } = env();
    await withPage('journey-16-default-currency', async (page) => {
      const user = await createConfirmedUser(app, 'journey16');
      await signInFromLanding(page, app, user);
      await page.goto(`${app.appUrl}profile`);
      await page.getByRole('heading', { name: 'Default currency' }).waitFor();
      await page.getByText('Now: not set.').waitFor();
      await page.getByLabel('Currency for new transactions').selectOption('EUR');
      await page.getByRole('button', { name: 'Save default currency' }).click();
      await page.getByRole('status').filter({ hasText: 'Default currency saved: EUR.' }).waitFor();
      // The renewed ID token carries it.
      await page.getByText('Now: EUR.').waitFor();

      await page.goto(`${app.appUrl}transactions`);
      await waitForTransactions(page);
      await page.getByRole('button', { name: 'Add transaction' }).click();
      await expect(page.getByLabel('Currency').inputValue()).resolves.toBe('EUR');
    });
  });
});
