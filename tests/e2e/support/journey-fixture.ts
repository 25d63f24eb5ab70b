// One app server and one Chromium per test file and server mode, shared by its tests; each test
// gets a fresh browser context (fresh storage) and keeps a screenshot + trace when it fails.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createManualClock } from '../../../contract/clock';
import type { ManualClock } from '../../../contract/clock';
import type { AppServer, AppServerOptions, ServerMode } from './app-server';
import { serverModes, startAppServer } from './app-server';
import { launchChromium, withTracedPage } from './chromium';
import { assertServesCsp } from './csp-guard';

export interface JourneyOptions extends Omit<AppServerOptions, 'mode'> {
  /**
   * The server modes to run in; default both (dev and the production build's preview). A
   * journey runs in both only where the dev server changes what it tests (sign-in, sign-out,
   * deep links, renewal, a base path: journeys 1, 3-6, 13); the others run on the production
   * build, under the deployed CSP, as a user meets them (CPU on two cores is the e2e budget).
   */
  readonly modes?: readonly ServerMode[];
  /**
   * Runs the emulator on a manual clock (contract/clock.ts) that starts at the wall time and
   * moves only when the journey says, so expiry and lockouts are watched without sleeping. The
   * browser keeps its own clock.
   */
  readonly manualClock?: boolean;
}

export interface JourneyEnv {
  readonly app: AppServer;
  readonly browser: Browser;
  readonly mode: ServerMode;
  /** The emulator's manual clock; only for journeys started with `manualClock: true`. */
  readonly clock: ManualClock;
  /**
   * Runs `body` in a new context + page; artifacts go to test-results/<mode>-<name>/ on failure
   * (the path is printed).
   */
  withPage<T>(
    name: string,
    body: (page: Page, context: BrowserContext) => Promise<T>,
    options?: BrowserContextOptions,
  ): Promise<T>;
}

/**
 * `describe(title + mode)` once per server mode (dev, preview, or `modes`). `body` receives a
 * getter: call it inside tests (the servers start in beforeAll).
 */
export function describeEachServerMode(
  title: string,
  { manualClock = false, modes = serverModes, ...options }: JourneyOptions,
  body: (env: () => JourneyEnv) => void,
): void {
  if (modes.length === 0) throw new Error(`${title}: modes must name at least one server mode`);
  describe.each(modes)(`${title} (%s)`, (mode) => {
    let env: JourneyEnv | null = null;
    let app: AppServer | undefined;
    let browser: Browser | undefined;
    beforeAll(async () => {
      // One clock per server mode, so each mode's journey starts from the wall time.
      const clock = manualClock ? createManualClock(Date.now()) : null;
      // Assigned one by one so afterAll closes whichever started if the other failed.
      const starting = launchChromium().then((launched) => (browser = launched));
      app = await startAppServer({
        sharedDynamoDbEndpoint: inject('sharedDynamoDbEndpoint'),
        ...options,
        mode,
        ...(clock ? { emulator: { ...options.emulator, clock } } : {}),
      });
      // The production build runs under the deployed policy; without it the guard proves nothing.
      if (mode === 'preview') await assertServesCsp(app.appUrl);
      const started = { app, browser: await starting };
      env = {
        ...started,
        mode,
        get clock() {
          if (!clock) throw new Error(`${title}: pass { manualClock: true } to move the clock`);
          return clock;
        },
        withPage: (name, run, contextOptions) =>
          withTracedPage(started.browser, `${mode}-${name}`, run, contextOptions),
      };
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });
    body(() => {
      if (!env) throw new Error('The journey environment has not started (beforeAll failed?)');
      return env;
    });
  });
}
