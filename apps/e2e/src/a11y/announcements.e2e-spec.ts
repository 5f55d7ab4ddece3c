// Screen-reader users hear what a change of filters did: on each page with filters, a polite live region
// that was already in the page before the change says what is shown after it. (A region added together
// with its text is not announced by screen readers, hence the check that it is the same element.)
import type { ElementHandle, Locator, Page } from 'playwright-core';

import { useBrowser } from '../support/browser';
import { signIn } from '../support/sign-in';

type Region = ElementHandle<HTMLElement | SVGElement>;

/** The polite live region as it is now: the very element a screen reader watches. */
async function liveRegion(locator: Locator): Promise<Region> {
  await locator.waitFor({ state: 'attached' });
  const politeness = await locator.evaluate(
    (element) =>
      element.getAttribute('aria-live') ?? (element.getAttribute('role') === 'status' ? 'polite' : null),
  );
  expect(politeness).toBe('polite');
  const region = await locator.elementHandle();
  if (!region) throw new Error(`${String(locator)} is not in the page`);
  return region;
}

/**
 * Waits until the same region, still in the page, says the expected text, and something other than
 * `previous` when given; fails naming what it said.
 */
async function expectAnnounced(
  page: Page,
  region: Region,
  expected: RegExp,
  previous?: string,
): Promise<void> {
  try {
    await page.waitForFunction(
      ({ element, pattern, unchanged }) => {
        const text = element.textContent ?? '';
        return element.isConnected && text !== unchanged && new RegExp(pattern).test(text);
      },
      { element: region, pattern: expected.source, unchanged: previous ?? null },
    );
  } catch (error) {
    const said = await region.evaluate((element) =>
      element.isConnected ? (element.textContent ?? '') : '(the region was removed from the page)',
    );
    const still = said === previous ? ' (unchanged)' : '';
    throw new Error(`Expected the live region to say ${String(expected)}; it says "${said}"${still}`, {
      cause: error,
    });
  }
}

/** Makes the change, then waits until the same region says something new that matches `expected`. */
async function expectAnnouncedChange(
  page: Page,
  region: Region,
  change: () => Promise<unknown>,
  expected: RegExp,
): Promise<void> {
  const previous = await region.evaluate((element) => element.textContent ?? '');
  await change();
  await expectAnnounced(page, region, expected, previous);
}

describe('live regions announce what a change of filters did', () => {
  const browser = useBrowser();

  it('the city directory says how many cities the region filter leaves', async () => {
    const { page } = await browser.newPage();
    await page.goto('/');
    const region = await liveRegion(page.getByTestId('city-count'));
    await expectAnnounced(page, region, /^\d+ cities$/);
    await expectAnnouncedChange(
      page,
      region,
      () => page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Arab States' }),
      /^\d+ cit(y|ies)$/,
    );
  });

  it('compare says how many cities are compared, on what, in which view', async () => {
    const { page } = await browser.newPage();
    await page.goto('/compare?indicator=SDG_4_3_1&cities=cork,bristol,amman');
    const region = await liveRegion(page.getByTestId('compare-announcement'));
    await expectAnnounced(
      page,
      region,
      /^Comparing 3 cities on Participation of youth and adults .*: Over time\.$/,
    );
    await page.getByRole('group', { name: 'Chart' }).getByRole('button', { name: 'Ranked' }).click();
    await expectAnnounced(
      page,
      region,
      /^Comparing 3 cities on Participation of youth and adults .*: Ranked\.$/,
    );
  });

  it('who is left behind names the city and indicator shown', async () => {
    const { page } = await browser.newPage();
    await page.goto('/equity?city=cork');
    const region = await liveRegion(page.getByTestId('equity-announcement'));
    await expectAnnounced(page, region, /^Showing who is left behind in Cork: /);
    await page.getByRole('combobox', { name: 'City' }).selectOption({ label: 'Bristol' });
    await expectAnnounced(page, region, /^Showing who is left behind in Bristol: /);
  });

  it('the network overview says the year chosen and how many cities reported', async () => {
    const { page } = await browser.newPage();
    await page.goto('/network?year=2024');
    const region = await liveRegion(page.getByTestId('network-announcement'));
    await expectAnnounced(page, region, /^Network overview for 2024: \d+ of \d+ member cities reported\.$/);
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2020');
    await expectAnnounced(page, region, /^Network overview for 2020: \d+ of \d+ member cities reported\.$/);
  });

  it('the review queue and the reporting console say what the filters leave', async () => {
    const { page } = await browser.newPage();
    await signIn(page, 'analyst@demo.local');
    await page.goto('/review?year=2025');
    const queue = await liveRegion(page.getByTestId('queue-announcement'));
    await expectAnnounced(page, queue, /^\d+ reports? waiting for review \(2025\)$/);
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2024');
    await expectAnnounced(page, queue, /^\d+ reports? waiting for review \(2024\)$/);

    await page.goto('/console?year=2025');
    const count = await liveRegion(page.getByTestId('console-count'));
    await expectAnnounced(page, count, /^\d+ cities$/);
    await expectAnnouncedChange(
      page,
      count,
      () => page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Submitted for review' }),
      /^\d+ cit(y|ies)$/,
    );
    expect(await count.evaluate((element) => element.isConnected)).toBe(true);
  });
});
