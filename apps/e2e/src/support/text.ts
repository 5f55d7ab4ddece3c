import type { Locator } from 'playwright-core';

/**
 * Waits until the element shows the text (a substring, or a pattern), the way a person waits for a
 * status to change. On timeout it fails naming what the element showed instead.
 */
export async function waitForText(locator: Locator, expected: string | RegExp): Promise<void> {
  try {
    await locator.filter({ hasText: expected }).first().waitFor();
  } catch (error) {
    const shown = await locator.allInnerTexts().catch(() => []);
    throw new Error(
      `Expected ${String(locator)} to show ${String(expected)}; it shows ${JSON.stringify(shown)}`,
      { cause: error },
    );
  }
}
