// axe-core (WCAG 2.0/2.1 A + AA, every impact) over every page of the local console, plain and
// with its errors showing, at desktop width and at 360 px (where no page may scroll sideways or
// poke out past the edge), in the light and the dark colour scheme.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { consolePages } from '../../emulator/console/console-pages';
import { consolePath } from '../../emulator/console/console-page';
import type { AppServer } from './support/app-server';
import { startAppServer } from './support/app-server';
import { launchChromium, withTracedPage } from './support/chromium';
import { createConfirmedUser, tokensFor } from './support/users';
import { allViolations, formatViolations, violationsInBothSchemes } from './a11y/axe-scan';
import { horizontalOverflow } from './support/no-horizontal-scroll';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  const starting = launchChromium().then((launched) => (browser = launched));
  app = await startAppServer({
    mode: 'preview',
    sharedDynamoDbEndpoint: inject('sharedDynamoDbEndpoint'),
  });
  await starting;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('accessibility of the local console', () => {
  it('has no violations on any console page, at 1280 and at 360 px', async () => {
    await withTracedPage(browser, 'a11y-console', async (page) => {
      const user = await createConfirmedUser(app, 'a11y-console');
      await app.emulator.pool.createUser({
        email: `grouped-${user.email}`,
        password: user.password,
        groups: ['editors'],
      });
      const { username } = app.emulator.pool.getUser(user.email)!;
      const console = app.emulator.urls.console;
      const failures: string[] = [];
      const scanned: string[] = [];
      const scan = async (label: string) => {
        for (const width of [1280, 360]) {
          await page.setViewportSize({ width, height: 800 });
          // Colours do not depend on the width: the dark scheme's pass runs at 360 px only.
          const found =
            width === 360
              ? await violationsInBothSchemes(page)
              : [{ scheme: 'light', violations: await allViolations(page) }];
          for (const { scheme, violations } of found) {
            if (violations.length === 0) continue;
            failures.push(formatViolations(`${label} at ${width} px, ${scheme}`, violations));
          }
          const sideways = await horizontalOverflow(page);
          if (sideways.length > 0) {
            failures.push(`${label} scrolls sideways at ${width} px:\n  ${sideways.join('\n  ')}`);
          }
        }
        scanned.push(label);
      };
      const visit = async (path: string, heading: string | RegExp) => {
        await page.goto(`${new URL(console).origin}${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      };

      for (const entry of consolePages.filter((p) => p.navLabel !== undefined)) {
        await visit(consolePath(entry.path), entry.navLabel!);
        await scan(entry.navLabel!);
      }
      // Test the authorizer with its verdict, decoded token, Lambda context and curl showing,
      // then with a refused paste.
      const { idToken } = await tokensFor(app, user);
      await visit(consolePath('/authorizer'), 'Test the authorizer');
      await page.getByLabel('Token', { exact: true }).fill(idToken);
      await page.getByRole('button', { name: 'Test' }).click();
      await page.getByRole('heading', { name: 'Verdict: Allowed' }).waitFor();
      await scan('test the authorizer (allowed)');
      await page.getByLabel('Token', { exact: true }).fill(`${idToken.split('.')[0]}.e30.x`);
      await page.getByRole('button', { name: 'Test' }).click();
      await page.getByRole('heading', { name: 'Verdict: Refused' }).waitFor();
      await scan('test the authorizer (refused)');
      await page.getByLabel('Header name', { exact: true }).fill('Bad header');
      await page.getByRole('button', { name: 'Test' }).click();
      await page.getByRole('alert').waitFor();
      await scan('test the authorizer (bad input)');

      await visit(consolePath('/users/:username', { username }), user.email);
      await scan('a user');
      await visit(consolePath('/users/:username/delete', { username }), /^Delete/);
      await scan('delete confirmation');

      await visit(consolePath('/users/new'), 'Create user');
      await page.getByLabel('Email address', { exact: true }).fill(user.email);
      await page.getByLabel("Don't send an invitation").check();
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByRole('alert').filter({ hasText: 'UsernameExistsException' }).waitFor();
      await scan('create user (existing user)');

      await visit(consolePath('/users/:username', { username }), user.email);
      await page.getByRole('button', { name: 'Disable user' }).click();
      await page.getByRole('status').waitFor();
      await scan('a user (notice)');
      await page.getByLabel('New password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Set password', exact: true }).click();
      await page.getByRole('alert').waitFor();
      await scan('a user (error)');

      await visit(`${consolePath('')}?status=ASLEEP`, 'InvalidParameterException');
      await scan('users (bad filter)');
      await visit(consolePath('/nope'), 'Not found');
      await scan('not found');

      expect(scanned).toHaveLength(14);
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });
});
