import type { Locator, Page } from 'playwright-core';

import { waitForText } from './text';

/** The entry grid's field of one value, by its key, e.g. `SDG_4_3_1|total` or `SDG_4_3_1|SEX=F`. */
export const cell = (page: Page, key: string): Locator => page.getByTestId(`cell-${key}`);

/**
 * After the submit dialog was confirmed: the page says the report was submitted, the dialog is gone and
 * the grid can no longer be edited (checked at the cell of `key`).
 */
export async function expectSubmitted(page: Page, dialog: Locator, key: string): Promise<void> {
  await waitForText(page.getByRole('status'), 'The report was submitted for review.');
  await waitForText(page.getByTestId('submission-status'), 'Submitted for review');
  expect(await dialog.isVisible()).toBe(false);
  expect(await cell(page, key).isEditable()).toBe(false);
}
