// Chromium for browser tests: the system's /usr/bin/chromium (or CHROMIUM_PATH) driven by
// playwright-core, with failure artifacts (screenshot + trace) kept under test-results/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { CspGuard } from './csp-guard';
import { guardAgainstCspViolations } from './csp-guard';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches Chromium; each context gets its own fresh profile from playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [...chromiumArgs],
  });
}

export interface TracedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The page's Content-Security-Policy violations; withTracedPage fails the test on any. */
  readonly csp: CspGuard;
  /** Call in a finally: saves a screenshot and trace under test-results/<name>/ when failed. */
  finish(failed: boolean): Promise<void>;
}

/** A new context and page with tracing on, for one test named `name`. */
export async function openTracedPage(
  browser: Browser,
  name: string,
  options: BrowserContextOptions = {},
): Promise<TracedPage> {
  const context = await browser.newContext(options);
  await context.tracing.start({ screenshots: true, snapshots: true });
  const csp = await guardAgainstCspViolations(context);
  const page = await context.newPage();
  return {
    context,
    page,
    csp,
    async finish(failed) {
      const dir = path.resolve('test-results', name.replace(/[^\w.-]+/g, '-'));
      try {
        if (failed) {
          mkdirSync(dir, { recursive: true });
          await page
            .screenshot({ path: path.join(dir, 'failure.png'), fullPage: true })
            .catch(() => undefined);
          await context.tracing.stop({ path: path.join(dir, 'trace.zip') });
          console.error(`browser artifacts: ${dir}`);
        } else {
          await context.tracing.stop();
        }
      } finally {
        await context.close();
      }
    },
  };
}

/** Runs `body` with a traced page, keeping artifacts if it throws or the CSP blocked anything. */
export async function withTracedPage<T>(
  browser: Browser,
  name: string,
  body: (page: Page, context: BrowserContext) => Promise<T>,
  options?: BrowserContextOptions,
): Promise<T> {
  const traced = await openTracedPage(browser, name, options);
  let failed = true;
  try {
    const result = await body(traced.page, traced.context);
    traced.csp.assertNone();
    failed = false;
    return result;
  } finally {
    await traced.finish(failed);
  }
}
