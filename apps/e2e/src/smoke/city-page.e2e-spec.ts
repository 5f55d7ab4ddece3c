// Smoke journey: a visitor opens a city's page and sees its indicators drawn as a chart and a table.
import { useBrowser } from '../support/browser';
import { canvasHasInk } from '../support/canvas';

const CHART_CANVAS = '[data-testid="indicator-chart"] canvas';
const TABLE_ROWS = '[data-testid="indicator-table"] tbody tr';

describe('city page', () => {
  const browser = useBrowser();

  it('shows Cork with a drawn indicator chart, a table of values and no errors', async () => {
    const { page, errors } = await browser.newPage();

    await page.goto('/cities/cork');

    await page.locator(CHART_CANVAS).first().waitFor({ state: 'visible' });
    const rows = page.locator(TABLE_ROWS);
    await rows.first().waitFor({ state: 'visible' });
    expect(await rows.count()).toBeGreaterThan(0);
    expect((await rows.first().innerText()).trim()).not.toBe('');

    // Chart.js draws after layout (and may animate in), so wait for paint rather than reading once.
    await page.waitForFunction(canvasHasInk, CHART_CANVAS);

    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toContain('Cork');

    expect(errors()).toEqual([]);
  });
});
