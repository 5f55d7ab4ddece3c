// Accessibility of every page of the product: each page is opened as the role that uses it and checked
// with axe-core against WCAG 2.1 A and AA, then walked with Tab from top to bottom: every stop must show
// a visible focus indicator and the focus must never be trapped. A page fails on any serious or critical
// violation, and on any break of the landmark and heading rules (see support/axe.ts); the message lists
// every failing page with the rule, what to fix and where, so one run shows all the work to do. Pages that open dialogs are checked again with the dialog open. Nothing here
// changes the demo data.
import type { Page } from 'playwright-core';

import { expectAccessible } from '../support/axe';
import { useBrowser } from '../support/browser';
import { walkFocusOrder } from '../support/focus';
import { signIn } from '../support/sign-in';

type Role = 'public' | 'official' | 'mayor' | 'analyst' | 'admin';

const ACCOUNTS: Record<Exclude<Role, 'public'>, string> = {
  // Hangzhou's report was returned: its entry grid can be submitted whatever order the journeys run in
  // (the review-cycle journey submits and approves Cork's).
  official: 'official.hangzhou@demo.local',
  mayor: 'mayor.cork@demo.local',
  analyst: 'analyst@demo.local',
  admin: 'admin@demo.local',
};

/** A role's pages run in one test: walking every page with Tab takes a while on a busy machine. */
const ROLE_TIMEOUT_MS = 300_000;

/** The year being reported in the demo data; Bristol's report of it waits for review. */
const REPORTING_YEAR = 2025;

interface PageCheck {
  /** What the page is, in the failure message. */
  name: string;
  /** The address, or how to find it from another page (e.g. the first user of the list). */
  path: string | ((page: Page) => Promise<string>);
  /** Further states of the page to check, e.g. with a dialog open; each runs after the page's own check. */
  states?: { name: string; open: (page: Page) => Promise<void> }[];
}

/** The address of the first link in the element, found on the page it is listed on. */
function firstLinkOn(listPath: string, container: string): (page: Page) => Promise<string> {
  return async (page) => {
    await openAndSettle(page, listPath);
    const href = await page.locator(container).locator('a[href]').first().getAttribute('href');
    if (!href) throw new Error(`No link found in ${container} on ${listPath}`);
    return href;
  };
}

const PAGES: Record<Role, PageCheck[]> = {
  public: [
    { name: 'city directory', path: '/' },
    { name: 'city directory, filtered', path: '/?q=cork' },
    {
      name: 'city page',
      path: '/cities/cork',
      states: [
        {
          name: 'export dialog open',
          open: async (page) => {
            await page.getByTestId('export-open').first().click();
            await page.getByTestId('export-format').first().waitFor();
          },
        },
      ],
    },
    { name: 'city page of an unknown city', path: '/cities/no-such-city' },
    { name: 'framework browser', path: '/framework' },
    { name: 'compare, nothing chosen', path: '/compare' },
    {
      name: 'compare, line chart',
      path: '/compare?indicator=SDG_4_3_1&cities=cork,bristol,hangzhou,medellin,amman',
    },
    {
      name: 'compare, ranked bars',
      path: '/compare?indicator=SDG_4_3_1&cities=cork,bristol,hangzhou,medellin,amman&view=bar',
    },
    {
      name: 'compare, scatter',
      path: '/compare?indicator=SDG_4_3_1&cities=cork,bristol,hangzhou,medellin,amman&view=scatter&vs=SDG_4_6_1_LIT',
    },
    {
      name: 'compare, map',
      path: '/compare?indicator=SDG_4_3_1&cities=cork,bristol,hangzhou,medellin,amman&view=map',
    },
    { name: 'equity', path: '/equity' },
    { name: 'network overview', path: '/network' },
    { name: 'sign-in', path: '/login' },
    { name: 'page not found', path: '/no-such-page' },
    { name: 'city report', path: `/cities/cork/report/${REPORTING_YEAR - 1}` },
    { name: 'newest city report', path: '/cities/cork/report' },
    { name: 'city report of a year without data', path: '/cities/cork/report/1990' },
    { name: 'city report in French', path: `/fr/cities/cork/report/${REPORTING_YEAR - 1}` },
    { name: 'city report in Arabic, right to left', path: `/ar/cities/cork/report/${REPORTING_YEAR - 1}` },
    { name: 'compare in Spanish', path: '/es/compare?indicator=SDG_4_3_1&cities=cork,bristol' },
  ],
  official: [
    { name: 'reporting home', path: '/reporting' },
    {
      name: 'entry grid',
      path: `/reporting/hangzhou/${REPORTING_YEAR}`,
      states: [
        {
          name: 'submit dialog open',
          open: async (page) => {
            await page.getByTestId('open-submit').click();
            await page.getByTestId('submit-dialog').getByRole('status').waitFor();
          },
        },
      ],
    },
    { name: 'entry grid of a malformed link', path: '/reporting/hangzhou/not-a-year' },
    { name: 'file import', path: '/import?city=hangzhou' },
  ],
  mayor: [
    { name: 'city page with drafts', path: '/cities/cork' },
    { name: 'city report', path: `/cities/cork/report/${REPORTING_YEAR}` },
  ],
  analyst: [
    { name: 'review queue', path: '/review' },
    {
      name: 'review page',
      path: `/review/bristol/${REPORTING_YEAR}`,
      states: [
        {
          name: 'comment dialog open',
          open: async (page) => {
            await page
              .getByTestId('review-row')
              .getByRole('button', { name: /^Comment on / })
              .first()
              .click();
            await page.getByTestId('value-comment-dialog').getByLabel('New comment on this value').waitFor();
          },
        },
      ],
    },
    { name: 'reporting console', path: '/console' },
  ],
  admin: [
    { name: 'users', path: '/admin/users' },
    { name: 'invite a user', path: '/admin/users/invite' },
    { name: 'edit a user', path: firstLinkOn('/admin/users', '[data-testid="users-table"] tbody') },
    { name: 'cities', path: '/admin/cities' },
    { name: 'new city', path: '/admin/cities/new' },
    { name: 'edit a city', path: '/admin/cities/cork' },
    { name: 'framework indicators', path: '/admin/framework' },
    { name: 'edit an indicator', path: '/admin/framework/SDG_4_3_1' },
    { name: 'reporting cycles', path: '/admin/cycles' },
    { name: 'labels of imported files', path: '/admin/label-mappings' },
    { name: 'reporting console', path: '/console' },
    { name: 'review queue', path: '/review' },
  ],
};

/**
 * Opens the page and waits until it has settled: a heading (or, for a malformed link, its message) is
 * shown, nothing is loading and no request is pending, so axe checks what a person would read.
 */
async function openAndSettle(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main').locator('h1, .empty, .error-message').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
}

describe('accessibility: every page passes WCAG 2.1 AA checks and shows the keyboard focus', () => {
  const browser = useBrowser();

  it.each(Object.keys(PAGES) as Role[])(
    'every page of the %s role',
    async (role) => {
      const { page } = await browser.newPage();
      if (role !== 'public') await signIn(page, ACCOUNTS[role]);

      const failures: string[] = [];
      const check = async (where: string, run: () => Promise<void>): Promise<void> => {
        try {
          await run();
        } catch (error) {
          failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };

      for (const { name, path, states } of PAGES[role]) {
        await check(name, async () => {
          const address = typeof path === 'string' ? path : await path(page);
          await openAndSettle(page, address);
          await expectAccessible(page, name);
          const walk = await walkFocusOrder(page);
          if (walk.problems.length > 0) {
            throw new Error(`keyboard focus on ${name} (${address}):\n  ${walk.problems.join('\n  ')}`);
          }
        });
        for (const state of states ?? []) {
          const where = `${name}, ${state.name}`;
          await check(where, async () => {
            await state.open(page);
            await expectAccessible(page, where);
          });
        }
      }
      if (failures.length > 0) {
        throw new Error(`Pages of the ${role} role with problems:\n\n${failures.join('\n\n')}`);
      }
    },
    ROLE_TIMEOUT_MS,
  );
});
