// Journey 1 in apiAuth `iam` on the production build: a new user signs up and confirms on the
// hosted pages, lands on the empty transactions page and adds one transaction, exactly as in
// cognito mode; underneath, the SPA exchanged its ID token at the emulator's identity pool
// (GetId, GetCredentialsForIdentity) and signed every API request with SigV4, never sending
// the ID token to the API. Needs the emulator side of issue 13 (identity pool JSON API and the
// SigV4-verifying gateway).
import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { signUpFromLanding, appPath } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

/** Every request the page sends, recorded as it goes. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

describeEachServerMode(
  'journey 15: new user, API guarded by IAM (SigV4)',
  { modes: ['preview'], emulator: { apiAuth: 'iam' } },
  (env) => {
    it('signs up, sees the empty page and adds a transaction, every API call signed', async () => {
      const { app, withPage } = env();
      await withPage('journey-15-iam-new-user', async (page) => {
        const requests = recordRequests(page);
        const user = newTestUser('journey-15-iam');
        await signUpFromLanding(page, app, user);
        expect(appPath(page, app)).toBe('/transactions');
        expect(page.url()).not.toMatch(/[?&](code|state)=/);
        await page.getByText('No transactions yet.').waitFor();
        await expect(page.getByText(`Signed in as ${user.email}`).isVisible()).resolves.toBe(true);

        await page.getByRole('button', { name: 'Add transaction' }).click();
        const form = page.getByRole('form');
        await form.getByLabel('Description').fill('Signed coffee');
        await form.getByLabel('Amount').fill('3.50');
        await form.getByLabel('Currency').selectOption('EUR');
        await form.getByRole('button', { name: 'Save' }).click();
        await form.waitFor({ state: 'detached' });
        const list = page.getByRole('list', { name: 'Transactions' });
        await list.getByText('Signed coffee').waitFor();

        // Underneath: the identity pool exchange, then SigV4 on every API request.
        const targets = await Promise.all(
          requests
            .filter(
              (request) =>
                request.method() === 'POST' && request.url() === app.emulator.urls.jsonApi,
            )
            .map((request) => request.headerValue('x-amz-target')),
        );
        expect(targets.slice(0, 2)).toEqual([
          'AWSCognitoIdentityService.GetId',
          'AWSCognitoIdentityService.GetCredentialsForIdentity',
        ]);
        const apiCalls = requests.filter(
          (request) =>
            request.url().startsWith(app.emulator.urls.api) && request.method() !== 'OPTIONS',
        );
        expect(apiCalls.map((request) => request.method())).toEqual(
          expect.arrayContaining(['GET', 'POST']),
        );
        for (const request of apiCalls) {
          const headers = await request.allHeaders();
          expect(headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA\w+\//);
          expect(headers['authorization']).toContain('/execute-api/aws4_request');
          expect(headers['x-amz-security-token']).toBeTruthy();
          expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
        }
      });
    });
  },
);
