// Analyst journey: an analyst compares adult learning participation across five cities, looks at the ranked
// bars and the map, and copies the link; someone else opens the link in another browser and sees the same
// chart and the same table.
import type { Page } from 'playwright-core';

import { useBrowser } from '../support/browser';
import { canvasHasInk } from '../support/canvas';
import { signIn } from '../support/sign-in';
import { tableRows } from '../support/table';
import { waitForText } from '../support/text';

const ANALYST = 'analyst@demo.local';
const INDICATOR = 'SDG_4_3_1';
const INDICATOR_NAME = 'Participation of youth and adults in education and training';
/** Five cities of four regions, typed as a person would (without the accent of Medellín). */
const CITIES = [
  { typed: 'Cork', name: 'Cork' },
  { typed: 'Bristol', name: 'Bristol' },
  { typed: 'Hangzhou', name: 'Hangzhou' },
  { typed: 'Medellin', name: 'Medellín' },
  { typed: 'Amman', name: 'Amman' },
] as const;

const CHART_CANVAS = '[data-testid="compare-chart"] canvas';

/** The rows of the table under the chart, each as the texts of its cells. */
const chartTableRows = (page: Page): Promise<string[][]> =>
  tableRows(page.getByTestId('compare-chart-table'));

/** Waits until the chart shows the view, drawn. */
async function waitForChart(page: Page, caption: string | RegExp): Promise<void> {
  await waitForText(page.getByTestId('compare-chart').locator('figcaption'), caption);
  await page.waitForFunction(canvasHasInk, CHART_CANVAS);
}

describe('compare journey: build a comparison, switch views, share the link', () => {
  const browser = useBrowser();

  it('shows the same map and table to whoever opens the copied link', async () => {
    const analyst = await browser.newPage();
    const { page } = analyst;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, ANALYST);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.waitForURL('**/compare');
    await waitForText(page.getByTestId('compare-empty'), 'Choose an indicator to compare.');

    // The indicator, found by its SDG number.
    const picker = page.getByTestId('indicator-picker');
    await picker.getByLabel('Find an indicator').fill('4.3.1');
    await waitForText(picker.getByRole('status'), '1 indicator matches');
    await picker.getByLabel('Indicator', { exact: true }).selectOption(INDICATOR);
    await waitForText(page.getByTestId('compare-empty'), 'Choose cities, or a peer group, to compare.');

    // Five cities, each found by typing part of its name.
    for (const { typed, name } of CITIES) {
      await page.getByLabel('Add a city', { exact: true }).fill(typed);
      await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    }
    const chips = await page.getByTestId('chosen-cities').locator('li').allInnerTexts();
    expect(chips.map((chip) => chip.replace('✕', '').trim())).toEqual(CITIES.map(({ name }) => name));

    // Over time first: a line per city, the table a row per city.
    await waitForChart(page, `${INDICATOR_NAME}, 2015–`);
    const lineRows = await chartTableRows(page);
    expect(lineRows.map((row) => row[0])).toEqual(expect.arrayContaining(CITIES.map(({ name }) => name)));
    expect(lineRows).toHaveLength(CITIES.length);

    // Ranked: every city with its rank, its value and the year the value is from.
    await page.getByTestId('view-bar').click();
    await waitForChart(page, `${INDICATOR_NAME}: latest value up to`);
    const headers = await page.getByTestId('compare-chart-table').locator('thead th').allInnerTexts();
    expect(headers.slice(0, 5)).toEqual(['City', 'Rank', 'Value (%)', 'Data year', 'Score (0–100)']);
    const ranked = await chartTableRows(page);
    expect(ranked).toHaveLength(CITIES.length);
    expect(ranked.map((row) => row[1])).toEqual(CITIES.map((_, index) => `${index + 1} of ${CITIES.length}`));
    for (const row of ranked) expect(row[3]).toMatch(/^20\d\d$/);

    // The map, drawn from the outline shipped with the app.
    await page.getByTestId('view-map').click();
    await waitForChart(page, `${INDICATOR_NAME}: score band of the latest value up to`);
    const mapRows = await chartTableRows(page);
    expect(mapRows.map((row) => row[0]).sort()).toEqual(CITIES.map(({ name }) => name).sort());

    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(new URL(link).searchParams.get('view')).toBe('map');
    expect(new URL(link).searchParams.get('indicator')).toBe(INDICATOR);

    // Someone else, not signed in, in another browser context.
    const visitor = await browser.newPage();
    await visitor.page.goto(link);
    await waitForChart(visitor.page, `${INDICATOR_NAME}: score band of the latest value up to`);
    expect(await visitor.page.getByTestId('compare-chart').locator('figcaption').innerText()).toBe(
      await page.getByTestId('compare-chart').locator('figcaption').innerText(),
    );
    expect(await visitor.page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');
    expect(await chartTableRows(visitor.page)).toEqual(mapRows);

    expect(analyst.errors()).toEqual([]);
    expect(visitor.errors()).toEqual([]);
  });
});
