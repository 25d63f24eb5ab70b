import type { ServerMode } from '../tests/e2e/support/app-server';

/** What `npm run bench:spa` was asked to do. */
export interface SpaBenchOptions {
  /** Measured sign-ins (one more runs first, unmeasured, to warm the server and the JIT). */
  readonly runs: number;
  /** 'preview' is the production build (the default); 'dev' the Vite dev server, to compare. */
  readonly mode: ServerMode;
}

export const spaBenchUsage = `Usage: npm run bench:spa [-- --runs <1-200>] [--mode preview|dev]

Starts the app and an in-memory emulator on loopback, creates one user and signs in <runs> times
(default 10) in fresh Chromium contexts. Every figure is taken inside the page: a
requestAnimationFrame poll records the first frame in which the thing is in the DOM.
  landing        navigation start of /        → its heading
  callback→data  navigation start of /callback → the transactions list or its empty state
  spinner        the longest run of frames showing a status message ("Finishing sign-in…",
                 "Loading…") during the callback
  route change   click on Profile → its heading; click on Transactions → its heading and data
Prints min / median / p90 / max of each and the ratio of the callback and landing medians.
--mode preview (default) serves the production build; --mode dev the Vite dev server.`;

export class SpaBenchUsageError extends Error {
  override readonly name = 'SpaBenchUsageError';
}

const modes: readonly ServerMode[] = ['preview', 'dev'];

/** Parses the command line; 'help' for --help/-h; throws SpaBenchUsageError on anything else. */
export function parseSpaBenchOptions(argv: readonly string[]): SpaBenchOptions | 'help' {
  let runs = 10;
  let mode: ServerMode = 'preview';
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return 'help';
    const value = argv[i + 1];
    if (flag === '--runs') {
      if (value === undefined || !/^\d{1,3}$/.test(value) || +value < 1 || +value > 200) {
        throw new SpaBenchUsageError('--runs needs an integer from 1 to 200. See --help.');
      }
      runs = Number(value);
    } else if (flag === '--mode') {
      const found = modes.find((m) => m === value);
      if (!found) throw new SpaBenchUsageError('--mode needs "preview" or "dev". See --help.');
      mode = found;
    } else {
      const shown = JSON.stringify(String(flag).slice(0, 40));
      throw new SpaBenchUsageError(`Unknown argument ${shown}. See --help.`);
    }
    i += 1;
  }
  return { runs, mode };
}
