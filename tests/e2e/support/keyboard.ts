// Keyboard-only steps: move focus with Tab until the wanted element has it, then act on it.
import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab (at most `maxPresses` times) until `target` is focused; throws naming what had
 * focus last, so an unreachable control fails the test clearly.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(
    () => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing',
  );
  throw new Error(`Tab never reached the target after ${maxPresses} presses; focus: ${focused}`);
}

/** Tabs to `target` and presses Enter on it. */
export async function tabAndPress(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tabs to a text field and types into it (after selecting what is there). */
export async function tabAndType(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
