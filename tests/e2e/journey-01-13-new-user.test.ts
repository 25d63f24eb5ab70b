// Journey 1: a new user creates an account on the hosted pages, confirms it with the mailed
// code and lands, signed in, on an empty transactions page. Journey 13: the same with the app
// hosted under a sub-path (base /app/), where every URL the app and the pool exchange changes.
import { expect, it } from 'vitest';
import { appPath, signUpFromLanding } from './support/hosted-ui';
import type { JourneyEnv } from './support/journey-fixture';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

async function newUserJourney(env: JourneyEnv, name: string): Promise<void> {
  const { app, withPage } = env;
  await withPage(name, async (page) => {
    const user = newTestUser(name);
    await signUpFromLanding(page, app, user);
    expect(new URL(page.url()).pathname).toBe(`${app.base}transactions`);
    expect(appPath(page, app)).toBe('/transactions');
    expect(page.url()).not.toMatch(/[?&](code|state)=/);
    await expect(page.getByText('No transactions yet.').isVisible()).resolves.toBe(true);
    await expect(page.getByText(`Signed in as ${user.email}`).isVisible()).resolves.toBe(true);
  });
}

describeEachServerMode('journey 1: new user', {}, (env) => {
  it('signs up, confirms with the mailed code and sees the empty transactions page', () =>
    newUserJourney(env(), 'journey-01-new-user'));
});

describeEachServerMode('journey 13: hosted under /app/', { base: '/app/' }, (env) => {
  it('signs up, confirms with the mailed code and sees the empty transactions page under /app/', () =>
    newUserJourney(env(), 'journey-13-sub-path'));
});
