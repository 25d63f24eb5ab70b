// Steps on the emulator's local console, by visible labels like the app's own pages.
import type { Page } from 'playwright-core';
import type { AppServer } from './app-server';

/** Opens the console's Users list searched by `email` (an email prefix), and waits for it. */
export async function searchConsoleUsers(page: Page, app: AppServer, email: string): Promise<void> {
  await page.goto(app.emulator.urls.console);
  await page.getByLabel('Email starts with').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
}
