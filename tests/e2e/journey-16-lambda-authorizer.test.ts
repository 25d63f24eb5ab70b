// Journey 15: the newcomer journey of journey 1 with the API behind the Lambda authorizer
// (apiAuth lambda): the app sends the same ID token, the local gateway runs authorizer/handler.ts's
// code in-process, and the handler takes the caller from its context. The production build is
// enough here: the SPA does not change between modes, only the gateway does.
import { expect, it } from 'vitest';
import { appPath, signUpFromLanding } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

describeEachServerMode(
  'journey 16: new user, Lambda authorizer',
  { modes: ['preview'], emulator: { apiAuth: 'lambda' } },
  (env) => {
    it('signs up, confirms with the mailed code and sees the empty transactions page', async () => {
      const { app, withPage } = env();
      await withPage('journey-16-lambda-authorizer', async (page) => {
        const user = newTestUser('journey-16-lambda-authorizer');
        const answers: number[] = [];
        page.on('response', (response) => {
          if (response.url().startsWith(app.emulator.urls.api)) answers.push(response.status());
        });
        await signUpFromLanding(page, app, user);
        expect(appPath(page, app)).toBe('/transactions');
        await expect(page.getByText('No transactions yet.').isVisible()).resolves.toBe(true);
        await expect(page.getByText(`Signed in as ${user.email}`).isVisible()).resolves.toBe(true);
        expect(app.emulator.runtimeConfig(app.origin).apiAuth).toBe('lambda');
        expect(answers).toContain(200);
      });
    });
  },
);
