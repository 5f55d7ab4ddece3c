// The reporting journey with the keyboard alone: Amman's official skips to the content, signs in, opens the
// entry grid, types the 2025 values of one indicator, lets them save, and submits the report, pressing only
// Tab, Shift+Tab, Enter, Escape, Space and the arrow keys. At every stop the focus must be visible (an
// outline at 3:1 or more against the background). The submit dialog must take the focus, close on Escape
// and give the focus back. Amman, not Cork: the reporting journey spec submits Cork's report.
import type { Locator, Page } from 'playwright-core';

import { useBrowser } from '../support/browser';
import { cell, expectSubmitted } from '../support/entry-grid';
import { expectVisibleFocus, isFocused, tabTo } from '../support/focus';
import { DEMO_PASSWORD } from '../support/sign-in';
import { waitForText } from '../support/text';

const OFFICIAL = 'official.amman@demo.local';
const CITY_YEAR = 'Amman, 2025';
const ENTRY_PATH = '**/reporting/amman/2025';

/** A percentage reported by sex and by urban/rural: its cells, in the order Tab visits them. */
const INDICATOR = 'SDG_4_1_1_LSEC_MATH';
const VALUES = [
  { key: `${INDICATOR}|total`, text: '61.5' },
  { key: `${INDICATOR}|SEX=F`, text: '62.0' },
  { key: `${INDICATOR}|SEX=M`, text: '61.0' },
  { key: `${INDICATOR}|URBANISATION=U`, text: '64.2' },
  { key: `${INDICATOR}|URBANISATION=R`, text: '55.3' },
] as const;
const EXPLANATION = 'Checked against the 2025 household survey.';

/** More than the grid has rows: ArrowDown never needs more presses to reach a row. */
const MAX_ROWS = 200;
/** More than the grid has cells: Shift+Tab from any cell reaches the toolbar within this. */
const MAX_CELLS = 600;

/** Moves down the grid's column with ArrowDown, checking the focus at each row, until the cell has focus. */
async function arrowDownTo(page: Page, target: Locator): Promise<void> {
  for (let row = 1; row <= MAX_ROWS; row += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('ArrowDown');
    await expectVisibleFocus(page, `ArrowDown ${row} in the entry grid`);
  }
  throw new Error(`${String(target)} was not reached with ArrowDown in ${MAX_ROWS} rows`);
}

describe('keyboard only: an official enters, saves and submits a report', () => {
  const browser = useBrowser();

  it('reaches every step with Tab, arrows, Enter, Space and Escape, the focus always visible', async () => {
    const { page, errors } = await browser.newPage();

    // The first Tab offers the skip link; following it puts the next Tab inside the page's content.
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await isFocused(skipLink)).toBe(true);
    await expectVisibleFocus(page, 'the skip link');
    const shown = await skipLink.boundingBox();
    expect(shown !== null && shown.y >= 0 && shown.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.locator('main'))).toBe(true);

    // Sign in: the form is the first thing in the content.
    const form = page.getByTestId('login-form');
    await tabTo(page, form.getByLabel('E-mail address'), { maxStops: 3 });
    await page.keyboard.type(OFFICIAL);
    await tabTo(page, form.getByLabel('Password'), { maxStops: 1 });
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/reporting');

    // Open the entry grid from the city's card.
    const card = page.getByTestId('city-card').filter({ hasText: CITY_YEAR });
    await waitForText(card.getByTestId('submission-status'), 'Draft');
    await tabTo(page, card.getByTestId('open-entry'));
    await page.keyboard.press('Enter');
    await page.waitForURL(ENTRY_PATH);
    await page.getByTestId('entry-grid').waitFor();
    await waitForText(page.getByTestId('submission-status'), 'Draft');

    // Into the grid, down to the indicator's row, then across its cells: select what is there, type the value.
    await tabTo(page, page.getByTestId('entry-grid').locator('input').first());
    await arrowDownTo(page, cell(page, VALUES[0].key));
    for (const [index, { key, text }] of VALUES.entries()) {
      if (index > 0) await tabTo(page, cell(page, key), { maxStops: 1 });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    }
    await waitForText(page.getByTestId('save-status'), 'All changes saved');
    for (const { key, text } of VALUES) expect(await cell(page, key).inputValue()).toBe(text);

    // Back up to "Review and submit"; the dialog takes the focus, Escape closes it and gives the focus back.
    const openSubmit = page.getByTestId('open-submit');
    await tabTo(page, openSubmit, { backwards: true, maxStops: MAX_CELLS });
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('submit-dialog');
    await waitForText(dialog.getByRole('status'), /Ready to submit|Not ready/);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectVisibleFocus(page, 'the submit dialog as it opens');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(openSubmit)).toBe(true);
    await expectVisibleFocus(page, 'the button that opened the dialog, after Escape');

    // Open it again with Space; explain each unusual value the dialog lists, then submit.
    await page.keyboard.press('Space');
    await waitForText(dialog.getByRole('status'), /Ready to submit|Not ready/);
    for (const warning of await dialog.getByTestId('submit-warning').all()) {
      await tabTo(page, warning.getByLabel('Comment explaining the value'));
      await page.keyboard.type(EXPLANATION);
    }
    await waitForText(dialog.getByRole('status'), 'Ready to submit.');
    await tabTo(page, dialog.getByTestId('submit-confirm'));
    await page.keyboard.press('Enter');

    await expectSubmitted(page, dialog, VALUES[0].key);
    expect(errors()).toEqual([]);
  });
});
