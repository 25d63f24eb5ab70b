// Journey 1: a new user creates an account on the hosted pages, confirms it with the mailed
// code and lands, signed in, on an empty transactions page.
import { expect, it } from 'vitest';
import { appPath, signUpFromLanding } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

describeEachServerMode('journey 1: new user', {}, (env) => {
  it('signs up, confirms with the mailed code and sees the empty transactions page', async () => {
    const { app, withPage } = env();
    await withPage('journey-01-new-user', async (page) => {
      const user = newTestUser('journey1');
      await signUpFromLanding(page, app, user);
      expect(appPath(page, app)).toBe('/transactions');
      expect(page.url()).not.toMatch(/[?&](code|state)=/);
      await expect(page.getByText('No transactions yet.').isVisible()).resolves.toBe(true);
      await expect(page.getByText(`Signed in as ${user.email}`).isVisible()).resolves.toBe(true);
    });
  });
});
