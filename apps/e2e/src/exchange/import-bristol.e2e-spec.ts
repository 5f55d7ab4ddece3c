// Data exchange journey: Bristol's official imports one of Bristol's own published Open SDG files
// (adult participation in learning, SDG 4.3.1) through the import page, reads the dry-run report,
// confirms, finds the values on Bristol's page, and exports them again as SDMX-CSV.
//
// The file covers 2004–2019. In the demo data Bristol's 2015–2019 reports are approved and locked, so
// those rows are refused with a reason and the years before, which have no report yet, go into drafts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { useBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/product';
import { signIn } from '../support/sign-in';
import { tableRows } from '../support/table';
import { waitForText } from '../support/text';

const OFFICIAL = 'official.bristol@demo.local';
const FILE = path.join(REPO_ROOT, 'fixtures', 'bristol-sdg-data', 'data', 'indicator_4-3-1.csv');
const INDICATOR = 'SDG_4_3_1';
/** Years of the file without an approved Bristol report in the demo data, and the first locked one. */
const FIRST_OPEN_YEAR = 2004;
const LAST_OPEN_YEAR = 2014;
const FIRST_LOCKED_YEAR = 2015;

/** Year → value as the file states them. */
async function fileValues(): Promise<Map<number, string>> {
  const lines = (await readFile(FILE, 'utf8')).trim().split(/\r?\n/).slice(1);
  return new Map(lines.map((line) => line.split(',')).map(([year, value]) => [Number(year), value!.trim()]));
}

async function openReportPart(page: Page, kind: 'accepted' | 'rejected', count: number): Promise<string[][]> {
  const tab = page.getByTestId(`report-tab-${kind}`);
  await waitForText(tab, `(${count})`);
  await tab.click();
  expect(await tab.getAttribute('aria-pressed')).toBe('true');
  const table = page.getByTestId('report-table');
  await waitForText(table.locator('caption'), `: ${count}`);
  return tableRows(table);
}

describe('data exchange: Bristol imports its own file', () => {
  const browser = useBrowser();

  it('imports Bristol’s 4.3.1 file through the web page, shows it on the city page and exports it as SDMX-CSV', async () => {
    const values = await fileValues();
    const openYears = [...values.keys()].filter((year) => year <= LAST_OPEN_YEAR);
    const lockedYears = [...values.keys()].filter((year) => year >= FIRST_LOCKED_YEAR);
    const { page, errors } = await browser.newPage();
    await signIn(page, OFFICIAL);

    // From Bristol's page to the import page, with Bristol chosen.
    await page.goto('/cities/bristol');
    await page.getByTestId('import-link').click();
    await page.waitForURL('**/import?city=bristol');
    await page.getByRole('heading', { name: 'Import values from a file', level: 1 }).waitFor();
    expect(await page.getByTestId('import-city').inputValue()).toBe('bristol');

    await page.getByTestId('import-file').setInputFiles(FILE);
    await waitForText(page.getByTestId('file-drop'), 'indicator_4-3-1.csv');
    await page.getByTestId('import-upload').click();

    // The report: every row read, the locked years refused with their reason, the others new.
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('count-rows').innerText()).toBe(String(values.size));
    expect(await page.getByTestId('count-new').innerText()).toBe(String(openYears.length));
    const rejected = await openReportPart(page, 'rejected', lockedYears.length);
    expect(rejected.map(([row]) => Number(row))).toEqual(
      lockedYears.map((year) => year - FIRST_OPEN_YEAR + 2),
    );
    for (const [, , reason] of rejected) expect(reason).toMatch(/approved and locked/);
    const accepted = await openReportPart(page, 'accepted', openYears.length);
    expect(accepted.map(([, indicator, year, , value]) => [indicator, Number(year), value])).toEqual(
      openYears.map((year) => [INDICATOR, year, values.get(year)]),
    );

    await page.getByTestId('import-confirm').click();
    await waitForText(
      page.getByTestId('import-committed'),
      `${openYears.length} value(s) written for Bristol`,
    );

    // Bristol's page shows the imported years to its official (drafts are not public).
    await page.getByTestId('import-city-link').click();
    await page.waitForURL('**/cities/bristol');
    await page.getByLabel('Indicator', { exact: true }).selectOption(INDICATOR);
    const table = page.getByTestId('indicator-table');
    await waitForText(table, String(FIRST_OPEN_YEAR));
    const shown = new Map((await tableRows(table)).map(([year, total]) => [Number(year), total]));
    for (const year of openYears) expect(shown.get(year)).toContain(values.get(year)!.replace(/\.0$/, ''));

    // Export the city's values as SDMX-CSV, drafts included, and find the imported ones in the file.
    await page.getByTestId('export-open').first().click();
    const dialog = page.getByTestId('export-dialog').filter({ visible: true });
    await dialog.getByTestId('export-format').selectOption('sdmx-csv');
    await dialog.getByLabel('Include values not yet approved (drafts)').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bristol-indicators-sdmx.csv');
    // The columns read here are codes and numbers, which never need quotes; free text (source,
    // comment) comes after them, so splitting at commas finds them in place.
    const [columns, ...rows] = (await readFile(await download.path(), 'utf8'))
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(columns!.slice(0, 3)).toEqual(['STRUCTURE', 'STRUCTURE_ID', 'ACTION']);
    const at = (row: string[], name: string) => row[columns!.indexOf(name)];
    const exported = rows
      .filter(
        (row) => at(row, 'INDICATOR') === INDICATOR && at(row, 'SEX') === '_T' && at(row, 'AGE') === '_T',
      )
      .filter((row) => Number(at(row, 'TIME_PERIOD')) <= LAST_OPEN_YEAR);
    expect(exported.map((row) => [Number(at(row, 'TIME_PERIOD')), Number(at(row, 'OBS_VALUE'))])).toEqual(
      openYears.map((year) => [year, Number(values.get(year))]),
    );
    expect(
      exported.every((row) => at(row, 'REF_AREA') === 'GBR-BRISTOL' && at(row, 'UNIT_MEASURE') === 'PT'),
    ).toBe(true);

    expect(errors()).toEqual([]);
  });
});
