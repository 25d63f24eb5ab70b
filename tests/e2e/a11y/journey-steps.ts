// Steps journeys 8-12 and the accessibility scans share beyond tests/e2e/support: mailbox
// positions (to read only codes sent after a point) and the app's signed-in markers.
import type { Page } from 'playwright-core';
import type { AppServer } from '../support/app-server';

/** The signed-in bar the app shows on private pages. */
export async function waitForSignedInAs(page: Page, email: string): Promise<void> {
  await page.getByText(`Signed in as ${email}`).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A moment strictly before anything mailed afterwards (ISO times have ms precision). */
export function mailboxMark(app: AppServer, email: string): number {
  const newest = app.emulator.pool.mailbox.latest(email);
  return newest ? Date.parse(newest.sentAt) + 1 : 0;
}
