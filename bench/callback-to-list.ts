// `npm run bench:spa`: sign-in latency in Chromium on loopback, measured inside the page (see
// page-probe.ts and --help). Prints figures only; the goal (callback→data ≤ 1.5× the landing
// page's heading, route changes ≤ 50 ms) is checked by a person, never by CI.
import type { Browser } from 'playwright-core';
import type { AppServer } from '../tests/e2e/support/app-server';
import { startAppServer } from '../tests/e2e/support/app-server';
import { launchChromium } from '../tests/e2e/support/chromium';
import type { ProbeReadings } from './page-probe';
import { dataSelector, probeScript, readProbe } from './page-probe';
import { parseSpaBenchOptions, spaBenchUsage, SpaBenchUsageError } from './spa-bench-options';

interface Sample {
  readonly landing: number;
  readonly callbackToData: number;
  readonly longestStatusMs: number;
  readonly longestStatusFrames: number;
  readonly longestStatusText: string;
  readonly toProfile: number;
  readonly toTransactions: number;
  readonly toTransactionsData: number;
}

const user = { email: `bench-${Date.now()}@example.com`, password: 'Bench-password-123' };

async function signInOnce(browser: Browser, app: AppServer): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(probeScript);
    await page.goto(app.appUrl);
    await page.waitForFunction(() => window.__spaBench?.landingHeading != null);
    const landing = (await page.evaluate(readProbe)) as ProbeReadings;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#signInFormUsername').fill(user.email);
    await page.fill('#signInFormPassword', user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/transactions$/);
    await page.waitForFunction(() => window.__spaBench?.data != null, null, {
      timeout: 10_000,
    });
    const callback = (await page.evaluate(readProbe)) as ProbeReadings;
    const [toProfile] = await page.evaluate(
      ([name, selectors]) => window.__spaBenchClick!(name, selectors),
      ['Profile', ['h1#profile-title']] as const,
    );
    const [toTransactions, toTransactionsData] = await page.evaluate(
      ([name, selectors]) => window.__spaBenchClick!(name, selectors),
      ['Transactions', ['h1#transactions-title', dataSelector]] as const,
    );
    return {
      landing: landing.landingHeading! - landing.documentStart,
      // From the fetch of the callback document itself, not the hosted form's POST that
      // redirected to it (that is the emulator's time, not the app's).
      callbackToData: callback.data! - callback.documentStart,
      longestStatusMs: callback.longestStatusMs,
      longestStatusFrames: callback.longestStatusFrames,
      longestStatusText: callback.longestStatusText,
      toProfile: toProfile!,
      toTransactions: toTransactions!,
      toTransactionsData: toTransactionsData!,
    };
  } finally {
    await context.close();
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function line(label: string, values: readonly number[]): string {
  const f = (q: number) => quantile(values, q).toFixed(1).padStart(7);
  return `${label.padEnd(34)}min ${f(0)}  median ${f(0.5)}  p90 ${f(0.9)}  max ${f(1)}`;
}

async function main(argv: readonly string[]) {
  const options = parseSpaBenchOptions(argv);
  if (options === 'help') {
    console.log(spaBenchUsage);
    return;
  }
  const app = await startAppServer({ mode: options.mode });
  const browser = await launchChromium();
  try {
    await app.emulator.pool.createUser(user);
    const samples: Sample[] = [];
    for (let i = 0; i < options.runs + 1; i += 1) {
      const sample = await signInOnce(browser, app);
      if (i > 0) samples.push(sample); // the first run warms the server, the JIT and Vite
    }
    const of = (key: keyof Sample) => samples.map((s) => s[key] as number);
    const median = (key: keyof Sample) => quantile(of(key), 0.5);
    const worstFlash = samples.reduce((a, b) => (b.longestStatusMs > a.longestStatusMs ? b : a));
    console.log(`\nbench:spa, ${options.mode} build, ${samples.length} sign-ins (ms)`);
    console.log(line('landing / → heading', of('landing')));
    console.log(line('callback → data', of('callbackToData')));
    console.log(line('status message shown (longest)', of('longestStatusMs')));
    console.log(line('route Profile → heading', of('toProfile')));
    console.log(line('route Transactions → heading', of('toTransactions')));
    console.log(line('route Transactions → data', of('toTransactionsData')));
    console.log(
      `\nratio callback→data / landing (medians): ${(median('callbackToData') / median('landing')).toFixed(2)}  (goal ≤ 1.5)`,
    );
    console.log(
      `route changes, medians: Profile ${median('toProfile').toFixed(1)} ms, Transactions ${median('toTransactions').toFixed(1)} ms (goal ≤ 50)`,
    );
    console.log(
      `longest status message: ${worstFlash.longestStatusMs.toFixed(1)} ms over ${worstFlash.longestStatusFrames} frame(s)${worstFlash.longestStatusText ? ` ("${worstFlash.longestStatusText}")` : ''}`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = error instanceof SpaBenchUsageError ? 2 : 1;
});
