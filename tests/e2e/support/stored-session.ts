// What the SPA keeps of a signed-in user, and the form action renewal journeys repeat.
import type { Page } from 'playwright-core';
import type { AppServer } from './app-server';

export interface StoredUser {
  readonly id_token: string;
  readonly refresh_token?: string | undefined;
  readonly expires_at: number;
}

/** The signed-in user oidc-client-ts keeps in the tab's sessionStorage. */
export async function storedUser(page: Page, app: AppServer): Promise<StoredUser | null> {
  const key = `oidc.user:${app.emulator.urls.issuer}:${app.emulator.clientId}`;
  const raw = await page.evaluate((k) => window.sessionStorage.getItem(k), key);
  return raw ? (JSON.parse(raw) as StoredUser) : null;
}

/** The `exp` claim (seconds) of a JWT. */
export const expOf = (jwt: string): number =>
  (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp;

/** Adds a transaction through the form (amount 3.20). */
export async function addTransaction(page: Page, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Add transaction' }).click();
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Amount').fill('3.20');
  await page.getByRole('button', { name: 'Save' }).click();
}
