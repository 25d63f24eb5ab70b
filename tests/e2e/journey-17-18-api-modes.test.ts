// Journeys 17 and 18: journey 1 with the API guarded the other ways (apiAuth), on the
// production build (the SPA does not change between modes; what it sends and the gateway do).
// A new user signs up and confirms on the hosted pages, lands on the empty transactions page and
// adds one transaction, exactly as in cognito mode. Underneath:
// - iam (17): the SPA exchanged its ID token at the emulator's identity pool (GetId,
//   GetCredentialsForIdentity) and signed every API request with SigV4, never sending the token;
// - lambda (18): the SPA sent the ID token and the gateway ran authorizer/handler.ts in-process;
// - cognito with apiToken access (issue 15): the SPA sent its access token, carrying the
//   transactions/* scopes the scoped methods need, and never the ID token.
import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import type { ApiAuthMode, ApiTokenMode } from '../../contract/api-modes';
import type { AppServer } from './support/app-server';
import { signUpToEmptyLedger } from './support/hosted-ui';
import { describeEachServerMode } from './support/journey-fixture';
import { newTestUser } from './support/users';

/** Every request the page sends, recorded as it goes. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

const apiCallsOf = (app: AppServer, requests: readonly Request[]) =>
  requests.filter(
    (request) => request.url().startsWith(app.emulator.urls.api) && request.method() !== 'OPTIONS',
  );

async function expectSignedWithIdentityPoolCredentials(app: AppServer, requests: Request[]) {
  const targets = await Promise.all(
    requests
      .filter(
        (request) => request.method() === 'POST' && request.url() === app.emulator.urls.jsonApi,
      )
      .map((request) => request.headerValue('x-amz-target')),
  );
  expect(targets.slice(0, 2)).toEqual([
    'AWSCognitoIdentityService.GetId',
    'AWSCognitoIdentityService.GetCredentialsForIdentity',
  ]);
  for (const request of apiCallsOf(app, requests)) {
    const headers = await request.allHeaders();
    expect(headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIA\w+\//);
    expect(headers['authorization']).toContain('/execute-api/aws4_request');
    expect(headers['x-amz-security-token']).toBeTruthy();
    expect(headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  }
}

async function expectIdTokenThroughLambdaAuthorizer(app: AppServer, requests: Request[]) {
  expect(app.emulator.runtimeConfig(app.origin).apiAuth).toBe('lambda');
  for (const request of apiCallsOf(app, requests)) {
    const headers = await request.allHeaders();
    expect(headers['authorization']).toMatch(/^(Bearer )?eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(headers['x-amz-security-token']).toBeUndefined();
  }
}

async function expectScopedAccessToken(app: AppServer, requests: Request[]) {
  expect(app.emulator.runtimeConfig(app.origin).apiToken).toBe('access');
  for (const request of apiCallsOf(app, requests)) {
    const token = (await request.headerValue('authorization'))?.replace(/^Bearer /, '') ?? '';
    const claims = decodeJwt(token);
    expect(claims.token_use).toBe('access');
    expect(String(claims.scope).split(' ')).toEqual(
      expect.arrayContaining(['transactions/read', 'transactions/write']),
    );
  }
}

const journeys: readonly {
  readonly name: string;
  readonly apiAuth: ApiAuthMode;
  readonly apiToken?: ApiTokenMode;
  readonly title: string;
  readonly underneath: (app: AppServer, requests: Request[]) => Promise<void>;
}[] = [
  {
    name: 'iam',
    apiAuth: 'iam',
    title: 'journey 17: new user, API guarded by IAM (SigV4)',
    underneath: expectSignedWithIdentityPoolCredentials,
  },
  {
    name: 'lambda',
    apiAuth: 'lambda',
    title: 'journey 18: new user, API guarded by the Lambda authorizer',
    underneath: expectIdTokenThroughLambdaAuthorizer,
  },
  {
    name: 'access',
    apiAuth: 'cognito',
    apiToken: 'access',
    title: 'journey 17-18 (access): new user, API taking scoped access tokens',
    underneath: expectScopedAccessToken,
  },
];

for (const { name, apiAuth, apiToken, title, underneath } of journeys) {
  const emulator = { apiAuth, ...(apiToken ? { apiToken } : {}) };
  describeEachServerMode(title, { modes: ['preview'], emulator }, (env) => {
    it('signs up, sees the empty page and adds a transaction, as in cognito mode', async () => {
      const { app, withPage } = env();
      await withPage(`journey-api-${name}`, async (page) => {
        const requests = recordRequests(page);
        const user = newTestUser(`journey-api-${name}`);
        await signUpToEmptyLedger(page, app, user);

        await page.getByRole('button', { name: 'Add transaction' }).click();
        const form = page.getByRole('form');
        await form.getByLabel('Description').fill('Guarded coffee');
        await form.getByLabel('Amount').fill('3.50');
        await form.getByLabel('Currency').selectOption('EUR');
        await form.getByRole('button', { name: 'Save' }).click();
        await form.waitFor({ state: 'detached' });
        await page
          .getByRole('list', { name: 'Transactions' })
          .getByText('Guarded coffee')
          .waitFor();

        const calls = apiCallsOf(app, requests);
        expect(calls.map((request) => request.method())).toEqual(
          expect.arrayContaining(['GET', 'POST']),
        );
        await underneath(app, requests);
      });
    });
  });
}
