import axe from 'axe-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** The rules of WCAG 2.0 and 2.1, levels A and AA: the product's accessibility target. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Impacts that fail a page: a screen-reader or keyboard user cannot do what the page is for. */
const BLOCKING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * axe's best practices for landmarks and headings, which screen-reader users navigate by: they fail a page
 * whatever their impact (axe rates them moderate), so that every part of a page sits in a landmark and
 * headings do not skip levels.
 */
export const STRUCTURE_RULES: readonly string[] = [
  'region',
  'heading-order',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
];

/** Elements shown per rule in a failure message; the rest are counted. */
const NODES_SHOWN = 5;

/** Runs axe-core in the page as it is now (injecting it on first use): the WCAG 2.1 A/AA rules and best practices. */
export async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated rather than added as a <script>: the product's Content Security Policy forbids inline scripts.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      if (!window.axe) throw new Error('axe-core did not load in the page');
      return window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
    },
    [...WCAG_21_AA_TAGS, 'best-practice'],
  );
}

/** The violations that fail a page: serious and critical ones against WCAG 2.1 A/AA, and any of the structure rules. */
export function blockingViolations(results: AxeResults): Result[] {
  const wcag: readonly string[] = WCAG_21_AA_TAGS;
  return results.violations.filter(
    (violation) =>
      STRUCTURE_RULES.includes(violation.id) ||
      (violation.tags.some((tag) => wcag.includes(tag)) &&
        BLOCKING_IMPACTS.includes(violation.impact ?? null)),
  );
}

/** Violations as text a developer can act on: rule, impact, what to fix, and where (CSS selector and axe's hint). */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, NODES_SHOWN).map((node) => {
        const where = node.target.map(String).join(' > ');
        const why = node.failureSummary?.replace(/\n\s*/g, ' ').trim() ?? '';
        return `    - ${where}\n      ${node.html.slice(0, 200)}\n      ${why}`;
      });
      const more = violation.nodes.length - NODES_SHOWN;
      if (more > 0) nodes.push(`    … and ${more} more element(s)`);
      return [
        `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`,
        `    ${violation.helpUrl}`,
        ...nodes,
      ].join('\n');
    })
    .join('\n');
}

/**
 * Fails with readable details when the page, as it is now, has serious or critical WCAG 2.1 A/AA
 * violations or breaks a structure rule. `where` names the page or state, e.g. "entry grid, submit dialog open".
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = blockingViolations(await runAxe(page));
  if (violations.length === 0) return;
  throw new Error(
    `${violations.length} accessibility violation(s) on ${where} (${page.url()}):\n` +
      describeViolations(violations),
  );
}
