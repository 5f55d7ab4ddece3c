// Reporting journey: Cork's official enters and submits the 2025 values, an analyst asks about one of them
// and returns the report, the official answers and submits again, the analyst approves, and a visitor
// finds the new value on Cork's public page. The steps run in order on one product, each actor in a
// fresh browser context.
import type { Locator, Page } from 'playwright-core';

import { useBrowser } from '../support/browser';
import { cell, expectSubmitted } from '../support/entry-grid';
import { signIn } from '../support/sign-in';
import { waitForText } from '../support/text';

const OFFICIAL = 'official.cork@demo.local';
const ANALYST = 'analyst@demo.local';

/** Missing from Cork's 2025 draft in the demo data; a percentage reported by sex and by urban/rural. */
const INDICATOR = 'SDG_4_1_1_LSEC_MATH';
const INDICATOR_NAME = 'Minimum proficiency in mathematics, end of lower secondary';
/** The entry grid's cells of the indicator, in the order Tab visits them, with what the official types. */
const VALUES = [
  { key: `${INDICATOR}|total`, column: 'Total', text: '80.1' },
  { key: `${INDICATOR}|SEX=F`, column: 'Women', text: '79.4' },
  { key: `${INDICATOR}|SEX=M`, column: 'Men', text: '80.8' },
  { key: `${INDICATOR}|URBANISATION=U`, column: 'Urban', text: '83.5' },
  { key: `${INDICATOR}|URBANISATION=R`, column: 'Rural', text: '67.2' },
] as const;
const TOTAL = VALUES[0];
/** The cell that first gets a value no percentage can have. */
const MISTYPED = VALUES[1];
const REVIEW_LABEL = `${INDICATOR_NAME} – ${TOTAL.column}`;

const EXPLANATION = 'Confirmed against the 2025 city learning survey.';
const QUESTION = 'Up 1.2 points on 2024: which test round is this from?';
const RETURN_REASON = 'Please answer the question on the mathematics value.';
const ANSWER = 'The spring 2025 round; the same test as in 2024.';

/** The grid cell around an input, with the marks shown next to the value. */
const gridCell = (page: Page, key: string): Locator => page.locator('td', { has: cell(page, key) });

async function openEntryGrid(page: Page, status: string, commentsToAnswer: string): Promise<void> {
  const card = page.getByTestId('city-card').filter({ hasText: 'Cork, 2025' });
  await waitForText(card.getByTestId('submission-status'), status);
  expect(await card.getByTestId('open-comments').innerText()).toBe(commentsToAnswer);
  await card.getByTestId('open-entry').click();
  await page.waitForURL('**/reporting/cork/2025');
  await page.getByTestId('entry-grid').waitFor();
  await waitForText(page.getByTestId('submission-status'), status);
}

async function openSubmitDialog(page: Page): Promise<Locator> {
  await page.getByTestId('open-submit').click();
  const dialog = page.getByTestId('submit-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Submits from the open dialog once it is ready, and waits until the page says the report was submitted. */
async function confirmSubmission(page: Page, dialog: Locator): Promise<void> {
  await waitForText(dialog.getByRole('status'), 'Ready to submit.');
  await dialog.getByTestId('submit-confirm').click();
  await expectSubmitted(page, dialog, TOTAL.key);
}

async function openReview(page: Page): Promise<Locator> {
  await page.getByTestId('review-queue').getByRole('link', { name: 'Cork', exact: true }).click();
  await page.waitForURL('**/review/cork/2025');
  await page.getByRole('heading', { name: 'Review: Cork, 2025' }).waitFor();
  await waitForText(page.getByTestId('submission-status'), 'Submitted for review');
  return page
    .getByTestId('review-row')
    .filter({ has: page.getByRole('rowheader', { name: REVIEW_LABEL, exact: true }) });
}

/** The cells of one row of a table, by column header. */
async function tableRow(table: Locator, rowHeader: string): Promise<Record<string, string>> {
  const header = table.page().getByRole('rowheader', { name: rowHeader, exact: true });
  const row = table.locator('tbody tr', { has: header });
  await row.waitFor();
  const headers = (await table.locator('thead th').allInnerTexts()).slice(1);
  const cells = await row.locator('td').allInnerTexts();
  return Object.fromEntries(headers.map((header, index) => [header.trim(), cells[index]?.trim() ?? '']));
}

describe('reporting journey: enter, review, answer, approve, publish', () => {
  const browser = useBrowser();

  /** The steps build on each other: after a failure the later ones stop at once instead of timing out. */
  let failedStep: string | null = null;
  const step = (name: string, run: () => Promise<void>): void => {
    it(name, async () => {
      if (failedStep) throw new Error(`Not run: the earlier step "${failedStep}" failed`);
      try {
        await run();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });
  };

  step('the official enters values with the keyboard, fixes an invalid one and submits', async () => {
    const { page, errors } = await browser.newPage();
    await signIn(page, OFFICIAL);
    await page.waitForURL('**/reporting');
    await openEntryGrid(page, 'Draft', '0');

    await cell(page, TOTAL.key).click();
    await page.keyboard.type(TOTAL.text);
    await page.keyboard.press('Tab');
    await page.keyboard.type('140');

    // The mistake is explained in the panel beside the grid, marked at the cell, and kept out of the autosave.
    const problems = page.getByTestId('cell-panel').getByTestId('cell-problems');
    await waitForText(problems, '140 is not a percentage between 0 and 100');
    expect(await problems.innerText()).toBe('140 is not a percentage between 0 and 100');
    const mistyped = cell(page, MISTYPED.key);
    expect(await mistyped.getAttribute('aria-invalid')).toBe('true');
    expect(await gridCell(page, MISTYPED.key).textContent()).toContain('Has a problem');
    await waitForText(page.getByTestId('save-status'), '1 change is not saved: fix the marked value');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(MISTYPED.text);
    for (const { text } of VALUES.slice(2)) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    }
    await waitForText(page.getByTestId('save-status'), 'All changes saved');
    expect(await mistyped.getAttribute('aria-invalid')).toBeNull();
    expect(await gridCell(page, MISTYPED.key).textContent()).not.toContain('Has a problem');
    for (const { key, text } of VALUES) expect(await cell(page, key).inputValue()).toBe(text);

    // Cork's draft holds unusual values (the demo data's own): each needs an explanation first.
    const dialog = await openSubmitDialog(page);
    await waitForText(
      dialog.getByRole('status'),
      /Not ready: 0 problem\(s\) to fix, [1-9]\d* value\(s\) to explain/,
    );
    expect(await dialog.getByTestId('submit-confirm').isDisabled()).toBe(true);
    for (const warning of await dialog.getByTestId('submit-warning').all()) {
      await warning.getByLabel('Comment explaining the value').fill(EXPLANATION);
    }
    await confirmSubmission(page, dialog);
    expect(errors()).toEqual([]);
  });

  step('the analyst asks about the value and returns the report', async () => {
    const { page, errors } = await browser.newPage();
    await signIn(page, ANALYST);
    await page.waitForURL('**/review');
    const row = await openReview(page);
    const [value, lastYear] = await row.locator('td').allInnerTexts();
    expect([value, lastYear]).toEqual([TOTAL.text, '78.9']);
    // The official's explanations of unusual values travel with them.
    expect(await page.getByTestId('review-row').filter({ hasText: EXPLANATION }).count()).toBeGreaterThan(0);

    await row.getByRole('button', { name: `Comment on ${REVIEW_LABEL}` }).click();
    const dialog = page.getByTestId('value-comment-dialog');
    await dialog.getByLabel('New comment on this value').fill(QUESTION);
    await dialog.getByRole('button', { name: 'Post comment' }).click();
    await waitForText(dialog.getByTestId('comment-threads'), QUESTION);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitForText(row, '1 comment');

    await page.getByTestId('review-decision').getByLabel('What should the city fix?').fill(RETURN_REASON);
    await page.getByTestId('return-submission').click();
    await waitForText(page.getByTestId('review-notice'), 'The report was returned to the city.');
    await waitForText(page.getByTestId('submission-status'), 'Returned for changes');
    const reportComments = page.getByRole('region', { name: 'Comments on the whole report' });
    await waitForText(reportComments.getByTestId('comment-threads'), RETURN_REASON);
    expect(errors()).toEqual([]);
  });

  step('the official reads the question beside the value, answers it and submits again', async () => {
    const { page, errors } = await browser.newPage();
    await signIn(page, OFFICIAL);
    await openEntryGrid(page, 'Returned for changes', '2');
    await waitForText(page.getByTestId('comment-threads'), RETURN_REASON);
    expect(await gridCell(page, TOTAL.key).textContent()).toContain('1 review comment to answer');

    await page
      .getByRole('listitem')
      .filter({ hasText: `${REVIEW_LABEL}: ${QUESTION}` })
      .getByRole('button', { name: 'Answer at the value' })
      .click();
    const panel = page.getByTestId('cell-panel');
    await waitForText(panel.getByTestId('comment-threads'), QUESTION);
    await panel.getByLabel('Your answer').fill(ANSWER);
    await panel.getByRole('button', { name: 'Answer', exact: true }).click();
    await waitForText(panel.getByTestId('comment-threads'), ANSWER);
    await waitForText(gridCell(page, TOTAL.key), /1 review comment$/);

    // The explanations were saved with the values: nothing is left to explain.
    await confirmSubmission(page, await openSubmitDialog(page));
    expect(errors()).toEqual([]);
  });

  step('the analyst reads the answer and approves', async () => {
    const { page, errors } = await browser.newPage();
    await signIn(page, ANALYST);
    const row = await openReview(page);
    await row.getByRole('button', { name: `Comment on ${REVIEW_LABEL}` }).click();
    const dialog = page.getByTestId('value-comment-dialog');
    await waitForText(dialog.getByTestId('comment-threads'), ANSWER);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('approve-submission').click();
    await page.getByTestId('approve-confirm').click();
    await waitForText(page.getByTestId('review-notice'), 'The report was approved.');
    await waitForText(page.getByTestId('submission-status'), 'Approved');
    expect(errors()).toEqual([]);
  });

  step("a visitor sees the approved 2025 values on Cork's page", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto('/cities/cork');
    await page.getByLabel('Indicator', { exact: true }).selectOption({ label: INDICATOR_NAME });
    await page.getByRole('heading', { name: INDICATOR_NAME }).waitFor();

    const row2025 = await tableRow(page.getByTestId('indicator-table'), '2025');
    expect(row2025).toEqual(Object.fromEntries(VALUES.map(({ column, text }) => [column, text])));
    expect(errors()).toEqual([]);
  });
});
