// The 360 px rule as one check: the page never scrolls sideways, and nothing pokes out past the
// viewport's edge unless it sits in a container that scrolls (or clips) on its own.
import type { Page } from 'playwright-core';

/**
 * The elements that stick out past the viewport's left or right edge (more than half a pixel)
 * outside any ancestor that clips or scrolls sideways, each as `tag.class "text…" (left–right)`.
 * A document that scrolls sideways is reported first.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const found: string[] = [];
    if (root.scrollWidth > width) {
      found.push(`the document is ${root.scrollWidth} px wide in a ${width} px viewport`);
    }
    const insideOwnScroller = (element: Element): boolean => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Wholly off to the left (a skip link waiting for focus) cannot be scrolled to.
      if (box.right <= width + 0.5 && (box.left >= -0.5 || box.right <= 0)) continue;
      if (getComputedStyle(element).position === 'fixed' || insideOwnScroller(element)) continue;
      const name = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''}`;
      const text = (element.textContent ?? '').trim().slice(0, 40);
      found.push(`${name} "${text}" (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    }
    return found;
  });
}

/** Throws, naming what sticks out, when the page scrolls sideways at its current size. */
export async function expectNoHorizontalScroll(page: Page, label?: string): Promise<void> {
  const found = await horizontalOverflow(page);
  if (found.length === 0) return;
  const where = label ?? new URL(page.url()).pathname;
  const width = page.viewportSize()?.width ?? 'unknown';
  throw new Error(
    `"${where}" scrolls sideways at ${width} px:\n  ${found.slice(0, 10).join('\n  ')}`,
  );
}
