import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { chromePath, productUrl } from './env';

/** Flags for a quiet, headless Chromium in a container (headless mode itself comes from `headless: true`). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ACTION_TIMEOUT_MS = 30_000;

export function launchChromium(executablePath: string = chromePath()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface TestPage {
  /** A page in a fresh browser context whose relative URLs resolve against the product under test. */
  page: Page;
  /** Console errors and uncaught page errors seen so far, one line each. */
  errors(): string[];
}

export interface BrowserSession {
  /** Opens a fresh page for the current test; it is closed after the test. */
  newPage(): Promise<TestPage>;
}

/**
 * One Chromium for the spec file, a fresh context and page per test. Call it at the top of a
 * `describe` (or of the file): it registers the Jest hooks that launch and close the browser.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let opened: { context: BrowserContext; errors: string[] }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    // When a step times out the test never reaches its own error check: show what the page reported.
    const errors = pages.flatMap((entry) => entry.errors);
    if (errors.length > 0) {
      console.warn(
        `Browser errors during "${expect.getState().currentTestName ?? 'test'}":\n  ${errors.join('\n  ')}`,
      );
    }
    await Promise.all(pages.map((entry) => entry.context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    async newPage(): Promise<TestPage> {
      if (!browser) throw new Error('useBrowser(): newPage() may only be called inside a test');
      const context = await browser.newContext({
        baseURL: productUrl(),
        locale: 'en-GB',
        viewport: { width: 1280, height: 900 },
      });
      const errors: string[] = [];
      opened.push({ context, errors });
      const page = await context.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
      page.on('crash', () => errors.push('the page crashed'));
      return { page, errors: () => [...errors] };
    },
  };
}
