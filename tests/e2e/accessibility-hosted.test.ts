// axe-core (WCAG 2.0/2.1 A + AA) over every page the emulator serves to a person, plain and with
// its form errors showing: sign-in, sign-up, confirm, forgot/confirm-forgot password, the
// new-password page, the error pages, the mailbox, the local test IdP's page and the two-step verification pages. The pages are the emulator's, the same in
// both server modes, so one mode is scanned. The first test shows the scanner itself catches a
// known violation, so a clean result means something.
import {
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Browser, Page } from 'playwright-core';
import { totpCode } from '../../emulator/cognito/mfa/totp';
import {
  createConfirmedUser as createPoolUser,
  createPoolWithClient,
} from '../integration/created-pool';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';
import { submitHostedSignIn, waitForHostedSignIn } from './support/hosted-ui';
import { createConfirmedUser, newTestUser, readCode } from './support/users';
import {
  createAccessibilityReport,
  seriousViolations,
  type AccessibilityReport,
} from './a11y/axe-scan';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  const starting = launchChromium().then((launched) => (browser = launched));
  app = await startAppServer({ sharedDynamoDbEndpoint: inject('sharedDynamoDbEndpoint') });
  await starting;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Waits for the page's h1 and, when `alert` is given, an alert containing it. */
async function showing(page: Page, heading: string | RegExp, alert?: string | RegExp) {
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  if (alert !== undefined) await page.getByRole('alert').filter({ hasText: alert }).waitFor();
}

/** Types a refused code into the MFA page showing and scans it once `alert` explains why. */
async function refusedCode(
  page: Page,
  report: AccessibilityReport,
  scan: string,
  code: string,
  alert: string,
) {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByLabel(/^Code from/).fill(code);
  await page.getByRole('button', { name: /sign in$/i }).click();
  await showing(page, heading, alert);
  await report.scan(page, scan);
}

describe('accessibility of the hosted pages', () => {
  it('the scan fails a page with an unlabelled field and a nameless button', async () => {
    await withTracedPage(browser, 'a11y-scanner-self-check', async (page) => {
      await page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><h1>Broken</h1>' +
          '<input type="text"><button></button></main></html>',
      );
      const ids = (await seriousViolations(page)).map((violation) => violation.id);
      expect(ids).toEqual(expect.arrayContaining(['label', 'button-name']));
    });
  });

  it('has no serious violations on any hosted page, plain or with errors', async () => {
    const report = createAccessibilityReport();
    await withTracedPage(browser, 'a11y-hosted', async (page) => {
      const known = await createConfirmedUser(app, 'a11y-hosted');

      await page.goto(app.appUrl);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForHostedSignIn(page);
      const loginUrl = page.url();
      await report.scan(page, 'login');
      await submitHostedSignIn(page, { ...known, password: 'Wrong-password-1!' });
      await showing(page, /^Sign in/, 'Incorrect username or password.');
      await report.scan(page, 'login (wrong password)');

      await page.getByRole('link', { name: 'Sign up' }).click();
      await showing(page, 'Sign up with a new account');
      await report.scan(page, 'signup');
      const newcomer = newTestUser('a11y-signup');
      await page.getByLabel('Email').fill(newcomer.email);
      await page.getByLabel('Password', { exact: true }).fill(newcomer.password);
      await page.getByLabel('Confirm password').fill('Something-else-1!');
      await page.getByRole('button', { name: 'Sign up' }).click();
      await showing(page, 'Sign up with a new account', /match/i);
      await report.scan(page, 'signup (passwords differ)');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByLabel('Confirm password').fill('short');
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.waitForLoadState();
      await showing(page, 'Sign up with a new account', /password/i);
      await report.scan(page, 'signup (weak password)');

      await page.getByLabel('Password', { exact: true }).fill(newcomer.password);
      await page.getByLabel('Confirm password').fill(newcomer.password);
      await page.getByRole('button', { name: 'Sign up' }).click();
      await showing(page, 'Confirm your account');
      await report.scan(page, 'confirmUser');
      const code = await readCode(app, newcomer.email);
      const wrongCode = code === '000000' ? '111111' : '000000';
      await page.getByLabel('Verification code').fill(wrongCode);
      await page.getByRole('button', { name: 'Confirm account' }).click();
      await showing(page, 'Confirm your account', /code/i);
      await report.scan(page, 'confirmUser (wrong code)');

      await page.goto(loginUrl);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await showing(page, 'Forgot your password?');
      await report.scan(page, 'forgotPassword');
      await page.getByRole('button', { name: 'Reset my password' }).click();
      await showing(page, 'Forgot your password?', 'Enter your email.');
      await report.scan(page, 'forgotPassword (no email)');
      await page.getByLabel('Email').fill(known.email);
      await page.getByRole('button', { name: 'Reset my password' }).click();
      await showing(page, 'Reset your password');
      await report.scan(page, 'confirmForgotPassword');
      await page.getByLabel('Code').fill('12');
      await page.getByRole('button', { name: 'Change password' }).click();
      await showing(page, 'Reset your password', 'Enter the 6-digit code from the email.');
      await report.scan(page, 'confirmForgotPassword (bad code)');

      const invited = newTestUser('a11y-invited');
      await app.emulator.pool.adminCreateUser({
        email: invited.email,
        temporaryPassword: 'Temp-pass-1!',
        suppressMessage: true,
      });
      await page.goto(loginUrl);
      await submitHostedSignIn(page, { email: invited.email, password: 'Temp-pass-1!' });
      await showing(page, 'Change password');
      await report.scan(page, 'forceChangePassword');
      await page.getByLabel('New password', { exact: true }).fill(invited.password);
      await page.getByLabel('Enter new password again').fill('Something-else-1!');
      await page.getByRole('button', { name: 'Send' }).click();
      await showing(page, 'Change password', 'The passwords do not match.');
      await report.scan(page, 'forceChangePassword (passwords differ)');

      const authorize = new URL(loginUrl);
      authorize.pathname = '/oauth2/authorize';
      authorize.searchParams.set('redirect_uri', 'https://attacker.example/callback');
      await page.goto(authorize.toString());
      await showing(page, 'An error was encountered with the requested page.', 'redirect_uri');
      await report.scan(page, 'error (bad redirect_uri)');
      const logout = new URL('/logout', app.emulator.urls.domain);
      logout.searchParams.set('client_id', app.emulator.clientId);
      logout.searchParams.set('logout_uri', 'https://attacker.example/signed-out');
      await page.goto(logout.toString());
      await showing(page, 'An error was encountered with the requested page.');
      await report.scan(page, 'error (unregistered logout_uri)');

      await page.goto(app.emulator.urls.mailbox);
      await showing(page, 'Mailbox');
      await page.getByRole('table').waitFor();
      await report.scan(page, 'mailbox');
      await page.goto(`${app.emulator.urls.mailbox}?to=nobody%40example.com`);
      await showing(page, /^Mailbox for/);
      await page.getByText('No messages yet.').waitFor();
      await report.scan(page, 'mailbox (empty)');

      // The local test IdP's sign-in page (issue 19), reached as a person does.
      await page.goto(loginUrl);
      await page.getByRole('link', { name: 'Continue with Google' }).click();
      await showing(page, 'Sign in to the local test identity provider');
      await report.scan(page, 'test IdP');
      await page.getByRole('button', { name: 'Create and continue' }).click();
      await showing(page, 'Sign in to the local test identity provider', 'Enter an email address.');
      await report.scan(page, 'test IdP (no email)');
    });
    expect(report.scanned).toHaveLength(19);
    report.assertClean();
  });

  it('has no serious violations on the two-step verification pages, plain or with errors', async () => {
    const report = createAccessibilityReport();
    const sdk = new CognitoIdentityProviderClient({
      endpoint: app.emulator.urls.jsonApi,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    const { clock } = app.emulator;
    const UserPoolId = app.emulator.userPoolId;
    try {
      await withTracedPage(browser, 'a11y-hosted-mfa', async (page) => {
        // Both factors on, none preferred: the choice page, then the authenticator-app code page.
        const both = await createConfirmedUser(app, 'a11y-mfa-both');
        const signedIn = await sdk.send(
          new InitiateAuthCommand({
            ClientId: app.emulator.clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: both.email, PASSWORD: both.password },
          }),
        );
        const AccessToken = signedIn.AuthenticationResult!.AccessToken!;
        const { SecretCode } = await sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
        await sdk.send(
          new VerifySoftwareTokenCommand({
            AccessToken,
            UserCode: totpCode(SecretCode!, clock.now()),
          }),
        );
        await sdk.send(
          new AdminSetUserMFAPreferenceCommand({
            UserPoolId,
            Username: both.email,
            EmailMfaSettings: { Enabled: true },
          }),
        );
        await page.goto(app.appUrl);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await waitForHostedSignIn(page);
        const loginUrl = page.url();
        await submitHostedSignIn(page, both);
        await showing(page, 'Choose how to verify');
        await report.scan(page, 'selectMfa');
        await page.getByLabel('Email').check();
        await page.getByRole('button', { name: 'Continue' }).click();
        await showing(page, 'Two-step verification');
        await report.scan(page, 'mfa (email)');
        await page.getByRole('button', { name: 'Send a new code' }).click();
        await page.getByRole('status').filter({ hasText: 'We have sent a new code' }).waitFor();
        await report.scan(page, 'mfa (email, code sent again)');
        await refusedCode(page, report, 'mfa (email, bad code)', '12', 'Enter the 6-digit code.');

        // MFA required and nothing set up: the setup page with its QR code.
        const onPool = await createPoolWithClient(
          sdk,
          {},
          {
            CallbackURLs: ['http://localhost:4100/done'],
            AllowedOAuthFlows: ['code'],
            AllowedOAuthScopes: ['openid'],
            AllowedOAuthFlowsUserPoolClient: true,
            SupportedIdentityProviders: ['COGNITO'],
          },
        );
        await sdk.send(
          new SetUserPoolMfaConfigCommand({
            UserPoolId: onPool.poolId,
            MfaConfiguration: 'ON',
            SoftwareTokenMfaConfiguration: { Enabled: true },
          }),
        );
        // A permanent password straight away: the first sign-in goes to the setup page.
        await createPoolUser(sdk, onPool.poolId, {
          username: 'a11ysetup',
          password: both.password,
        });
        const login = new URL(loginUrl);
        login.searchParams.set('client_id', onPool.clientId);
        login.searchParams.set('redirect_uri', 'http://localhost:4100/done');
        login.searchParams.set('scope', 'openid');
        await page.goto(login.toString());
        await submitHostedSignIn(page, { email: 'a11ysetup', password: both.password });
        await showing(page, 'Set up authenticator app MFA');
        await report.scan(page, 'mfaSetup');
        await refusedCode(page, report, 'mfaSetup (wrong code)', '000000', 'Code mismatch');
      });
    } finally {
      sdk.destroy();
    }
    expect(report.scanned).toHaveLength(6);
    report.assertClean();
  });
});
