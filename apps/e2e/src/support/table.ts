import type { Locator } from 'playwright-core';

/** The rows of a table's body, each as the trimmed texts of its cells (row headers included), as shown. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows = table.locator('tbody tr');
  await rows.first().waitFor();
  // One read of the whole body, so the rows cannot change between one row and the next.
  return rows.evaluateAll((elements) =>
    elements.map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim()),
    ),
  );
}
