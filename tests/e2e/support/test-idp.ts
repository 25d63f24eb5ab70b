// Steps on the emulator's local test IdP (the stand-in for Google), found by role and label as a
// person finds them: pick an existing test identity or create one; no password.
import type { Page } from 'playwright-core';

export interface TestIdentity {
  readonly email: string;
  readonly name?: string;
}

/** Waits for the test IdP's sign-in page (bounded by the page's default timeout). */
export async function waitForTestIdp(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Sign in to the local test identity provider' })
    .waitFor();
}

/** On the test IdP's page: creates `identity` and continues back to Cognito and the app. */
export async function createTestIdentity(page: Page, identity: TestIdentity): Promise<void> {
  await waitForTestIdp(page);
  await page.getByLabel('Email', { exact: true }).fill(identity.email);
  if (identity.name) await page.getByLabel('Name', { exact: true }).fill(identity.name);
  await page.getByRole('button', { name: 'Create and continue' }).click();
}

/** On the test IdP's page: continues as an identity made before, found by its email. */
export async function pickTestIdentity(page: Page, email: string): Promise<void> {
  await waitForTestIdp(page);
  await page.getByRole('button', { name: `Continue as` }).filter({ hasText: email }).click();
}
