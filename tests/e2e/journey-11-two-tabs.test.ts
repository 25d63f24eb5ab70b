// Journey 11: one person, two tabs of the app in one browser. Signing out in one tab signs the
// other out too: it shows the signed-out page, no private data, and needs a new sign-in.
import { expect, it } from 'vitest';
import {
  appPath,
  signInFromLanding,
  waitForHostedSignIn,
  waitForTransactions,
} from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { tabAndPress } from './support/keyboard';
import { createConfirmedUser, seedTransactions } from './support/users';

describeEachServerMode('journey 11: two tabs', { modes: ['preview'] }, (env) => {
  it('signing out in one tab signs out the other', async () => {
    const { app, withPage } = env();
    await withPage('journey-11-two-tabs', async (first, context) => {
      const user = await createConfirmedUser(app, 'journey11');
      await seedTransactions(app, user, [
        { date: '2024-05-02', description: 'Private salary', amount: 300000, currency: 'USD' },
      ]);
      await signInFromLanding(first, app, user);
      await first.getByRole('listitem').filter({ hasText: 'Private salary' }).waitFor();

      // The second tab signs in through the hosted session (SSO cookie): no form to fill.
      const second = await context.newPage();
      await second.goto(`${app.appUrl}transactions`);
      await waitForTransactions(second);
      await second.getByRole('listitem').filter({ hasText: 'Private salary' }).waitFor();

      await tabAndPress(first, first.getByRole('button', { name: 'Sign out' }));
      await first.getByRole('heading', { name: 'You are signed out' }).waitFor();

      await second.getByRole('heading', { name: 'You are signed out' }).waitFor();
      await second.getByText('You signed out in another tab').waitFor();
      expect(appPath(second, app)).toBe('/signed-out');
      expect(await second.getByText('Private salary').count()).toBe(0);
      expect(await second.getByText(user.email).count()).toBe(0);
      const stored = await second.evaluate(() => JSON.stringify(window.sessionStorage));
      expect(stored).not.toMatch(/token/i);

      // The hosted session ended too: the private page asks for the password again.
      await second.goto(`${app.appUrl}transactions`);
      await waitForHostedSignIn(second);
      expect(new URL(second.url()).pathname).toMatch(/^\/(login|oauth2\/authorize)$/);
    });
  });
});
