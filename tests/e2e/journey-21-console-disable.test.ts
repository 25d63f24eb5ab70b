// Journey 21: disable a user in the local console; their next sign-in to the app is refused,
// and the console's user page shows the refused sign-in.
import { it } from 'vitest';
import { submitHostedSignIn, waitForHostedSignIn } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { createConfirmedUser } from './support/users';

describeEachServerMode(
  'journey 21: disable a user in the console',
  { modes: ['preview'] },
  (env) => {
    it('refuses the next sign-in of a disabled user', async () => {
      const { app, withPage } = env();
      await withPage('journey-21-console-disable', async (page) => {
        const user = await createConfirmedUser(app, 'journey21');

        await page.goto(app.emulator.urls.console);
        await page.getByLabel('Email starts with').fill(user.email);
        await page.getByRole('button', { name: 'Search' }).click();
        await page.getByRole('link', { name: user.email }).click();
        await page.getByRole('button', { name: 'Disable user' }).click();
        await page.getByRole('status').filter({ hasText: 'User disabled' }).waitFor();
        await page.getByRole('button', { name: 'Enable user' }).waitFor();

        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);
        await submitHostedSignIn(page, user);
        await page.getByRole('alert').filter({ hasText: 'User is disabled.' }).waitFor();

        await page.goto(app.emulator.urls.console);
        await page.getByLabel('Email starts with').fill(user.email);
        await page.getByRole('button', { name: 'Search' }).click();
        await page
          .getByRole('row')
          .filter({ hasText: user.email })
          .getByRole('cell', { name: 'Disabled' })
          .waitFor();
        await page.getByRole('link', { name: user.email }).click();
        await page
          .getByRole('row')
          .filter({ hasText: 'Sign-in refused' })
          .filter({ hasText: 'User is disabled.' })
          .waitFor();
      });
    });
  },
);
