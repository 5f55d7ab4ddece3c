import type { Locator, Page } from 'playwright-core';

/** What the keyboard focus looks like now, as measured in the page. */
export interface FocusAppearance {
  /** The focused element, e.g. `input#cell-3-0 "80.1"`; `body` when nothing has focus. */
  element: string;
  /** An outline (2 px or more) or a box shadow is drawn around it. */
  indicated: boolean;
  /** Contrast of the outline's colour with the background behind the element (1 to 21); null without an outline. */
  outlineContrast: number | null;
}

/** WCAG 2.1 asks 3:1 of the focus indicator against what is next to it (1.4.11). */
export const MIN_FOCUS_CONTRAST = 3;

/**
 * Runs in the page: the focused element, whether it shows a focus indicator, and the contrast of its
 * outline with the first opaque background behind it. Self-contained, as it is sent to the browser.
 */
export function measureFocus(): FocusAppearance {
  const rgba = (colour: string): [number, number, number, number] => {
    const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([red, green, blue]: [number, number, number, number]): number => {
    const linear = (channel: number): number => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  };

  const active = document.activeElement;
  if (!active || active === document.body)
    return { element: 'body', indicated: false, outlineContrast: null };
  const text = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40);
  const testId = active.getAttribute('data-testid');
  const element =
    `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}` +
    `${testId ? `[data-testid=${testId}]` : ''}${text ? ` "${text}"` : ''}`;

  const style = getComputedStyle(active);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadowed = style.boxShadow !== 'none';
  if (!outlined) return { element, indicated: shadowed, outlineContrast: null };

  // The outline is drawn outside the element (offset), over the background of its ancestors.
  let background: [number, number, number, number] = [255, 255, 255, 1];
  for (let node = active.parentElement; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) {
      background = colour;
      break;
    }
  }
  const [lighter, darker] = [luminance(rgba(style.outlineColor)), luminance(background)].sort(
    (a, b) => b - a,
  );
  return { element, indicated: true, outlineContrast: ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05) };
}

/** Fails unless the focused element shows a focus indicator whose outline stands out at 3:1 or more. */
export async function expectVisibleFocus(page: Page, step: string): Promise<FocusAppearance> {
  const focus = await page.evaluate(measureFocus);
  if (!focus.indicated) {
    throw new Error(`${step}: the focused element ${focus.element} shows no focus indicator`);
  }
  if (focus.outlineContrast !== null && focus.outlineContrast < MIN_FOCUS_CONTRAST) {
    throw new Error(
      `${step}: the focus outline of ${focus.element} has a contrast of ${focus.outlineContrast.toFixed(2)}:1 ` +
        `with its background (at least ${MIN_FOCUS_CONTRAST}:1 needed)`,
    );
  }
  return focus;
}

export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until the target has focus, checking at every stop that the focus is visible,
 * as a keyboard user moves through a page. Fails after `maxStops` presses, naming where the focus went.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; maxStops?: number } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const maxStops = options.maxStops ?? 80;
  const visited: string[] = [];
  for (let stop = 1; stop <= maxStops; stop += 1) {
    await page.keyboard.press(key);
    const focus = await expectVisibleFocus(page, `${key} stop ${stop} on the way to ${String(target)}`);
    visited.push(focus.element);
    if (await isFocused(target)) return;
  }
  throw new Error(
    `${String(target)} was not reached in ${maxStops} presses of ${key}; the last stops were:\n  ` +
      visited.slice(-10).join('\n  '),
  );
}

declare global {
  interface Window {
    /** Elements the focus walk has visited on this page, and the one it is on (see walkFocusOrder). */
    __focusWalk?: { seen: WeakSet<Element>; current: Element | null };
  }
}

export interface FocusWalk {
  /**
   * Stops where the focus was not visible, the focus came back to an element before the page's end, or
   * Tab never went past the last element within the stops allowed.
   */
  problems: string[];
}

/**
 * Tabs through the whole page, as a keyboard user would, and reports every stop without a visible focus
 * indicator, and a keyboard trap: focus that comes back to an element it already visited before reaching
 * the end of the page, or that never reaches the end. Call it on a freshly loaded page, so that the first
 * Tab goes to the skip link. The busiest pages, the entry grid and the review page, have a field or a
 * button per value, about 250 with the demo framework: `maxStops` leaves room for the framework to grow.
 */
export async function walkFocusOrder(page: Page, maxStops = 600): Promise<FocusWalk> {
  await page.evaluate(() => {
    window.__focusWalk = { seen: new WeakSet(), current: null };
  });
  const problems: string[] = [];
  for (let stop = 1; stop <= maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    const seenBefore = await page.evaluate(() => {
      const active = document.activeElement;
      const walk = window.__focusWalk;
      if (!active || active === document.body || !walk) return null;
      // A date field takes several Tabs (day, month, year) without the focus leaving it.
      const seen = active !== walk.current && walk.seen.has(active);
      walk.seen.add(active);
      walk.current = active;
      return seen;
    });
    // Past the last element the focus leaves the page (body) or comes round to the first element again.
    if (seenBefore === null || (seenBefore && stop > 1 && (await firstStopHasFocus(page)))) {
      return { problems };
    }
    const focus = await page.evaluate(measureFocus);
    if (seenBefore) {
      problems.push(`stop ${stop}: the focus came back to ${focus.element}: a keyboard trap`);
      return { problems };
    }
    if (!focus.indicated) problems.push(`stop ${stop}: ${focus.element} shows no focus indicator`);
    else if (focus.outlineContrast !== null && focus.outlineContrast < MIN_FOCUS_CONTRAST) {
      problems.push(
        `stop ${stop}: the focus outline of ${focus.element} has ${focus.outlineContrast.toFixed(2)}:1 contrast`,
      );
    }
  }
  // An element that keeps the focus on Tab (or a page without end) would otherwise pass unnoticed.
  const last = await page.evaluate(measureFocus);
  problems.push(
    `the focus did not come back round after ${maxStops} Tab stops; it ended on ${last.element}: ` +
      'a keyboard trap, or more stops than a keyboard user can be asked to make',
  );
  return { problems };
}

/** The skip link is the first stop of every page. */
const firstStopHasFocus = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.classList.contains('skip-link') ?? false);
