// Sign-in latency: in Chromium on loopback, the time from arriving at /callback (navigation
// start of the callback document) to the transactions being on screen, over 20 sign-ins.
// Prints figures only; the goal (under 150 ms median) is checked by a person, not CI.
import type { Page } from 'playwright-core';
import { startAppServer } from '../tests/e2e/support/app-server';
import { launchChromium } from '../tests/e2e/support/chromium';

const usage = `Usage: npm run bench:spa [-- --runs <n>]

Starts the app and an in-memory emulator on loopback, creates one user, signs in <n> times
(default 20) in fresh Chromium contexts and prints min / median / p90 / max of the time from
the /callback navigation to the transactions list (or its empty state) being visible.`;

function parseRuns(argv: readonly string[]): number {
  const i = argv.indexOf('--runs');
  if (i < 0) return 20;
  const runs = Number(argv[i + 1]);
  if (!Number.isInteger(runs) || runs < 1 || runs > 200) throw new Error('--runs must be 1..200');
  return runs;
}

async function signInOnce(page: Page, appUrl: string, email: string, password: string) {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signInFormUsername').fill(email);
  await page.fill('#signInFormPassword', password);
  const callback = page.waitForRequest(
    (request) => request.isNavigationRequest() && /\/callback\?/.test(request.url()),
  );
  await page.getByRole('button', { name: 'Sign in' }).click();
  await callback;
  await page
    .getByText(/No transactions yet\.|Totals/)
    .first()
    .waitFor({ timeout: 10_000 });
  // performance.now() counts from the callback document's navigation start.
  return page.evaluate(() => performance.now());
}

async function main(argv: readonly string[]) {
  if (argv.includes('--help')) {
    console.log(usage);
    return;
  }
  const runs = parseRuns(argv);
  const app = await startAppServer('/');
  const browser = await launchChromium();
  try {
    const email = `bench-${Date.now()}@example.com`;
    const password = 'Bench-password-123';
    await app.emulator.pool.createUser({ email, password });
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const ms = await signInOnce(page, app.appUrl, email, password);
      if (i > 0) times.push(ms); // the first run warms Vite's transform cache
      await context.close();
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    console.log(
      `callback → list, ${times.length} sign-ins (ms): min ${at(0).toFixed(1)}  median ${at(0.5).toFixed(1)}  p90 ${at(0.9).toFixed(1)}  max ${at(1).toFixed(1)}`,
    );
  } finally {
    await browser.close();
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
