// Journey 8: the Transactions API goes away (gateway stopped) while a user is signed in. The
// page says so and offers a retry; when the API is back the retry shows the data again, and
// the user was never signed out.
import { expect, it } from 'vitest';
import { appPath, signInFromLanding } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { tabAndPress } from './support/keyboard';
import { createConfirmedUser, seedTransactions } from './support/users';
import { waitForSignedInAs } from './a11y/journey-steps';

describeEachServerMode('journey 8: API down', { modes: ['preview'] }, (env) => {
  it('shows an error with retry while the gateway is stopped and recovers without signing out', async () => {
    const { app, withPage } = env();
    const api = app.emulator.api!;
    await withPage('journey-08-api-down', async (page) => {
      const user = await createConfirmedUser(app, 'journey8');
      await seedTransactions(app, user, [
        { date: '2024-05-01', description: 'Rent', amount: -90000, currency: 'EUR' },
      ]);
      await signInFromLanding(page, app, user);
      await page.getByRole('listitem').filter({ hasText: 'Rent' }).waitFor();

      await api.stop();
      try {
        // A full reload: the session comes back from storage, the list request fails.
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: 'Could not connect' });
        await alert.waitFor();
        expect(await page.getByText('Rent').count()).toBe(0);

        // Retrying while it is still down shows the error again, not a blank page or sign-in.
        await tabAndPress(page, alert.getByRole('button', { name: 'Try again' }));
        await alert.waitFor();
        await waitForSignedInAs(page, user.email);
      } finally {
        await api.restart();
      }

      // The retry is reachable and usable from the keyboard.
      await tabAndPress(page, page.getByRole('button', { name: 'Try again' }));
      await page.getByRole('listitem').filter({ hasText: 'Rent' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(appPath(page, app)).toBe('/transactions');
      await waitForSignedInAs(page, user.email);
    });
  });
});
