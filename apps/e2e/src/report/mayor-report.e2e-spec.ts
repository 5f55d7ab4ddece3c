// Mayor's journey: Hangzhou's mayor reads the city's progress report, in English, French and Arabic,
// downloads it as a PDF and shares the public link, which a visitor opens signed out.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { productUrl } from '../support/env';
import { signIn } from '../support/sign-in';
import { waitForText } from '../support/text';
import { pdfPageTexts, withoutSpaces } from './pdf-text';

/**
 * Pages of the A4 report: scores on the first; peers and who is left behind on the second, where the
 * 60 indicators' progress table starts; the table, the city's targets, data notes and evidence after.
 */
const MAX_PDF_PAGES = 4;
/** Hangzhou's newest demo year was returned to the city (no journey approves it); the year before is approved. */
const DRAFT_YEAR = 2025;
const APPROVED_YEAR = 2024;

async function reportReady(page: Page): Promise<void> {
  await page.locator('[data-report-state="ready"]').waitFor();
}

/** Each score tile's subject and score as shown ("Overall score" first); tiles without a score are left out. */
async function shownScores(page: Page): Promise<{ subject: string; score: string }[]> {
  const tiles = page.getByTestId('report-score-tile');
  const scores: { subject: string; score: string }[] = [];
  for (const tile of await tiles.all()) {
    const value = tile.getByTestId('report-score-value');
    if ((await value.count()) === 0) continue;
    scores.push({
      subject: (await tile.locator('h3').innerText()).trim(),
      score: (await value.innerText()).trim(),
    });
  }
  return scores;
}

/** Left edges of the product name and of the account box in the header: they swap sides right to left. */
async function headerEdges(page: Page): Promise<{ brand: number; account: number }> {
  const brand = await page.locator('.site-header .brand').boundingBox();
  const account = await page.getByTestId('account').boundingBox();
  if (!brand || !account) throw new Error('the header shows no product name or account box');
  return { brand: brand.x, account: account.x };
}

describe('mayor’s progress report', () => {
  const browser = useBrowser();

  it('is read in three languages, downloaded as a PDF and shared as a public link', async () => {
    const { page, errors } = await browser.newPage();
    await signIn(page, 'mayor.hangzhou@demo.local');

    // "My report" opens the newest year the mayor may see: the draft, its values marked as not yet approved.
    await page.getByRole('link', { name: 'My report' }).click();
    await page.waitForURL(new RegExp(`/cities/hangzhou/report/${DRAFT_YEAR}$`));
    await reportReady(page);
    await waitForText(page.getByTestId('report-version'), 'not yet approved');
    expect(await page.getByTestId('report-unapproved').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('report-pdf').isDisabled()).toBe(true);

    // The newest approved year: scores with colour words and coverage, and a summary under each.
    await page
      .locator('.report-years')
      .getByRole('link', { name: String(APPROVED_YEAR), exact: true })
      .click();
    await page.waitForURL(new RegExp(`/cities/hangzhou/report/${APPROVED_YEAR}$`));
    await reportReady(page);
    expect(await page.getByTestId('report-title').innerText()).toBe(
      `Hangzhou: progress report ${APPROVED_YEAR}`,
    );
    const scores = await shownScores(page);
    expect(scores[0]?.subject).toBe('Overall score');
    expect(scores.length).toBeGreaterThan(5);
    const overallTile = page.getByTestId('report-score-tile').first();
    expect(await overallTile.innerText()).toMatch(/of 60 indicators/);
    expect(await overallTile.locator('.report-summary').innerText()).toContain(
      `Overall score: ${scores[0]!.score} out of 100`,
    );
    await waitForText(page.getByTestId('report-peer-rank'), /Hangzhou ranks \d+ of \d+/);
    const ltr = await headerEdges(page);
    expect(ltr.brand).toBeLessThan(ltr.account);

    // French: the same report, in French.
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(new RegExp(`/fr/cities/hangzhou/report/${APPROVED_YEAR}$`));
    await reportReady(page);
    expect(await page.getByTestId('report-title').innerText()).toBe(
      `Hangzhou : rapport d’avancement ${APPROVED_YEAR}`,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByTestId('report-score-tile').first().locator('h3').innerText()).toBe(
      'Score global',
    );

    // Arabic: right to left, so the header's product name moves to the right of the account box.
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(new RegExp(`/ar/cities/hangzhou/report/${APPROVED_YEAR}$`));
    await reportReady(page);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('report-title').innerText()).toContain('تقرير التقدم');
    const rtl = await headerEdges(page);
    expect(rtl.brand).toBeGreaterThan(rtl.account);

    // Back in English, the PDF: the city, every score shown, on at most the pages of an A4 report.
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(new RegExp(`/en/cities/hangzhou/report/${APPROVED_YEAR}$`));
    await reportReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`hangzhou-progress-report-${APPROVED_YEAR}.pdf`);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPageTexts(file);
    expect(pages.length).toBeLessThanOrEqual(MAX_PDF_PAGES);
    const pdfText = withoutSpaces(pages.join(' '));
    expect(pdfText).toContain(withoutSpaces(`Hangzhou: progress report ${APPROVED_YEAR}`));
    expect(pdfText).toContain(withoutSpaces('Public version: approved values only'));
    for (const { subject, score } of scores) {
      expect(pdfText).toContain(withoutSpaces(`${subject}: ${score} out of 100`));
    }

    // The public link, copied for sharing.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: productUrl() });
    await page.getByTestId('report-copy-link').click();
    await waitForText(page.getByTestId('report-actions-status'), 'The public link was copied');
    const publicLink = await page.evaluate(() => navigator.clipboard.readText());
    expect(publicLink).toMatch(new RegExp(`/cities/hangzhou/report/${APPROVED_YEAR}$`));
    expect(errors()).toEqual([]);

    // A visitor, signed out, sees the public version: approved values only, the same scores.
    const visitor = await browser.newPage();
    await visitor.page.goto(publicLink);
    await reportReady(visitor.page);
    expect(await visitor.page.getByTestId('account').innerText()).toContain('Sign in');
    await waitForText(visitor.page.getByTestId('report-version'), 'Public version: approved values only');
    expect(await visitor.page.getByTestId('report-unapproved').count()).toBe(0);
    expect(await shownScores(visitor.page)).toEqual(scores);
    expect(visitor.errors()).toEqual([]);
  });

  it('tells a visitor that a year has no approved data and links to the nearest year with some', async () => {
    const { page } = await browser.newPage();
    await page.goto(`/cities/hangzhou/report/${DRAFT_YEAR}`);
    await waitForText(page.getByTestId('report-no-data'), `Hangzhou has no approved data for ${DRAFT_YEAR}`);
    await page.getByTestId('report-nearest-year').click();
    await page.waitForURL(new RegExp(`/cities/hangzhou/report/${APPROVED_YEAR}$`));
    await reportReady(page);
  });

  it('explains a malformed report link instead of showing a blank page', async () => {
    const { page } = await browser.newPage();
    await page.goto('/cities/hangzhou/report/twenty');
    await waitForText(page.getByTestId('report-malformed'), '“twenty” is not a year');
    expect(await page.locator('[data-report-state]').getAttribute('data-report-state')).toBe('failed');
  });
});
