// Steps shared by journeys 8-12 and the accessibility scans: unique users, the hosted sign-in
// form, mailed codes. Each step waits for what a person would see, never for a fixed time.
import type { Page } from 'playwright-core';
import type { Emulator } from '../../../emulator/create-emulator';

export const strongPassword = 'Correct-horse-9-battery';

let counter = 0;
/** An address no other test (or earlier run against a persistent pool) has used. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** A confirmed user with a verified email and `password`. */
export async function seedUser(
  emulator: Emulator,
  prefix: string,
  password = strongPassword,
): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(prefix);
  await emulator.pool.createUser({ email, password });
  return { email, password };
}

/** Fills and submits the hosted sign-in form (the page must be on it). */
export async function submitHostedSignIn(page: Page, email: string, password: string) {
  await page.locator('#signInFormUsername').fill(email);
  await page.locator('#signInFormPassword').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until the hosted sign-in form is showing. */
export async function waitForHostedSignIn(page: Page) {
  await page.waitForURL(/\/(login|oauth2\/authorize)\?/);
  await page.locator('#signInFormUsername').waitFor();
}

/** From anywhere: opens the app's /transactions, signs in on the hosted page, waits for the list. */
export async function signInThroughApp(
  page: Page,
  appUrl: string,
  email: string,
  password: string,
) {
  await page.goto(`${appUrl}transactions`);
  await waitForHostedSignIn(page);
  await submitHostedSignIn(page, email, password);
  await waitForTransactionsPage(page, appUrl);
}

/** The transactions page has loaded for the signed-in user (list or empty state). */
export async function waitForTransactionsPage(page: Page, appUrl: string) {
  await page.getByRole('heading', { name: 'Transactions', level: 1 }).waitFor();
  await page.waitForURL(`${appUrl}transactions`);
  await page
    .getByText('No transactions yet.')
    .or(page.getByRole('list', { name: 'Transactions' }))
    .waitFor();
}

/**
 * The code of the newest message to `email` whose id is not in `seen` (bounded: 5 s), for
 * journeys that receive more than one message.
 */
export async function waitForNewCode(
  emulator: Emulator,
  email: string,
  seen: ReadonlySet<string> = new Set(),
): Promise<string> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const message = emulator.pool.mailbox.latest(email);
    if (message?.code && !seen.has(message.id)) return message.code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No new code arrived for ${email}`);
}

/** Ids of the messages already sent to `email` (so a later wait sees only new ones). */
export function seenMessageIds(emulator: Emulator, email: string): Set<string> {
  return new Set(emulator.pool.mailbox.list({ to: email }).map((message) => message.id));
}
