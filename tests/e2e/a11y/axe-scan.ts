// One accessibility check for every page the browser tests reach: axe-core with the WCAG 2.0/2.1
// A and AA rules, in the light and the dark colour scheme; serious and critical findings fail,
// each printed with where and how to fix.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
const failingImpacts: ReadonlySet<Impact> = new Set(['serious', 'critical']);

/** One readable block per violation: impact, rule, help, each offending node and its summary. */
export function formatViolations(label: string, violations: readonly Result[]): string {
  const blocks = violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\n\s*/g, ' ').trim();
        return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
      })
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
    return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
  });
  return `Accessibility violations on "${label}" (${violations.length}):\n${blocks.join('\n')}`;
}

/**
 * axe on `page`, run in the page itself (legacy mode): the default opens a blank page per scan to
 * merge frame results, which costs more than the scan, and these pages have no frames to merge.
 */
function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}

/** Every WCAG A/AA violation on the page as it is now, whatever its impact. */
export async function allViolations(page: Page): Promise<Result[]> {
  const results = await axeOn(page)
    .withTags([...wcagTags])
    .analyze();
  return results.violations;
}

/** The serious or critical WCAG A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  return onlySerious(await allViolations(page));
}

function onlySerious(violations: readonly Result[]): Result[] {
  return violations.filter((violation) =>
    failingImpacts.has((violation.impact ?? 'minor') as Impact),
  );
}

export type ColourScheme = 'light' | 'dark';

export interface SchemeViolations {
  readonly scheme: ColourScheme;
  readonly violations: readonly Result[];
}

// All a colour scheme changes is colours, so the second scheme's pass runs only the rules that
// read them: the DOM, names and roles are the same in both, and the first pass checked those.
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Scans the page in the colour scheme it shows (every WCAG A/AA rule), then in the other one
 * (the colour rules, through `page.emulateMedia`), and puts the scheme back: one extra pass over
 * the same state, with no new page or sign-in.
 */
export async function violationsInBothSchemes(
  page: Page,
  { seriousOnly = false }: { seriousOnly?: boolean } = {},
): Promise<SchemeViolations[]> {
  const keep = (violations: Result[]) => (seriousOnly ? onlySerious(violations) : violations);
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const shown: ColourScheme = dark ? 'dark' : 'light';
  const other: ColourScheme = dark ? 'light' : 'dark';
  const first = keep(await allViolations(page));
  await page.emulateMedia({ colorScheme: other });
  try {
    const second = await axeOn(page).withRules(colourRules).analyze();
    return [
      { scheme: shown, violations: first },
      { scheme: other, violations: keep(second.violations) },
    ];
  } finally {
    await page.emulateMedia({ colorScheme: shown });
  }
}

/** Throws (with every violation printed) when the page has a serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(formatViolations(label, violations));
}

export interface AccessibilityReport {
  /**
   * Scans the page now, in both colour schemes, under `label`, and remembers its serious or
   * critical violations.
   */
  scan(page: Page, label: string): Promise<void>;
  /** The labels scanned so far (so a test can show it reached every state). */
  readonly scanned: readonly string[];
  /** Throws one error listing every page that had violations. */
  assertClean(): void;
}

/** Collects scans of several pages so one failing page does not hide the others. */
export function createAccessibilityReport(): AccessibilityReport {
  const scanned: string[] = [];
  const failures: string[] = [];
  return {
    scanned,
    async scan(page, label) {
      scanned.push(label);
      for (const { scheme, violations } of await violationsInBothSchemes(page, {
        seriousOnly: true,
      })) {
        if (violations.length === 0) continue;
        const text = formatViolations(`${label}, ${scheme} colour scheme`, violations);
        // Printed now too, so they are seen even when a later step of the test fails first.
        console.error(text);
        failures.push(text);
      }
    },
    assertClean() {
      if (failures.length > 0) throw new Error(failures.join('\n\n'));
    },
  };
}
