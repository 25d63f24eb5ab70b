// Steps on the emulator's hosted pages (sign-up, confirm, sign-in) as a person takes them,
// found by role and label like the app's own pages.
import type { Page } from 'playwright-core';
import type { AppServer } from './app-server';
import type { TestUser } from './users';
import { readCode } from './users';

/** True when the page is the hosted sign-in form. */
export async function onHostedSignIn(page: Page): Promise<boolean> {
  return page.locator('#signInFormUsername').isVisible();
}

/** Waits for the hosted sign-in form (bounded by the page's default timeout). */
export async function waitForHostedSignIn(page: Page): Promise<void> {
  await page.locator('#signInFormUsername').waitFor();
}

/** Fills and submits the hosted sign-in form; the page must be showing it. */
export async function submitHostedSignIn(page: Page, user: TestUser): Promise<void> {
  await page.locator('#signInFormUsername').fill(user.email);
  await page.locator('#signInFormPassword').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fills the sign-up form, confirms with the mailed code and signs in if the pool asks. */
export async function completeHostedSignUp(
  page: Page,
  app: AppServer,
  user: TestUser,
): Promise<void> {
  await page.waitForURL(/\/signup\?/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByLabel('Confirm password').fill(user.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Verification code').fill(await readCode(app, user.email));
  await page.getByRole('button', { name: 'Confirm account' }).click();
  await page.waitForLoadState();
  if (await onHostedSignIn(page)) await submitHostedSignIn(page, user);
}

/** From the app's landing page: Create account → sign-up → code → transactions. */
export async function signUpFromLanding(page: Page, app: AppServer, user: TestUser): Promise<void> {
  await page.goto(app.appUrl);
  await page.getByRole('button', { name: 'Create account' }).click();
  await completeHostedSignUp(page, app, user);
  await waitForTransactions(page);
}

/** From the app's landing page: Sign in → hosted sign-in → transactions. */
export async function signInFromLanding(page: Page, app: AppServer, user: TestUser): Promise<void> {
  await page.goto(app.appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForHostedSignIn(page);
  await submitHostedSignIn(page, user);
  await waitForTransactions(page);
}

/** Waits until the transactions page has finished its first load (list, empty state or error). */
export async function waitForTransactions(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Transactions', level: 1 }).waitFor();
  await page
    .getByText('No transactions yet.')
    .or(page.getByRole('list', { name: 'Transactions' }))
    .or(page.getByRole('alert'))
    .first()
    .waitFor();
}

/** The path of the page's URL relative to the app's base ("/transactions", "/"). */
export function appPath(page: Page, app: AppServer): string {
  const { pathname } = new URL(page.url());
  return pathname.startsWith(app.base) ? `/${pathname.slice(app.base.length)}` : pathname;
}

/**
 * The newcomer's first minute: signs `user` up from the landing page and checks they land on
 * their empty transactions page, signed in, with no code or state left in the address bar.
 */
export async function signUpToEmptyLedger(
  page: Page,
  app: AppServer,
  user: TestUser,
): Promise<void> {
  await signUpFromLanding(page, app, user);
  if (appPath(page, app) !== '/transactions')
    throw new Error(`landed on ${appPath(page, app)}, not /transactions`);
  if (/[?&](code|state)=/.test(page.url())) throw new Error('code or state left in the URL');
  await page.getByText('No transactions yet.').waitFor();
  await page.getByText(`Signed in as ${user.email}`).waitFor();
}

/** On the hosted new-password page (NEW_PASSWORD_REQUIRED): types `password` twice and sends. */
export async function chooseNewPassword(page: Page, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Change password' }).waitFor();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Enter new password again').fill(password);
  await page.getByRole('button', { name: 'Send' }).click();
}
