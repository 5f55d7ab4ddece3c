import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { Language } from '@lcm/contracts';
import { ApiException } from '../common/api-exception';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { findBrowserExecutable } from './browser-executable';
import { RenderGate, RenderGateFullError } from './render-gate';

/** A render that takes longer is stopped; a report page is ready within a few seconds. */
const RENDER_TIMEOUT_MS = 30_000;
/** One render runs; two more may wait for it. */
const MAX_PENDING_RENDERS = 3;
/** A4 at 96 dpi, so that the page lays out (and sizes its charts) as it will print. */
const A4_VIEWPORT = { width: 794, height: 1123 };
/** Set by the report page on its root once it has drawn everything, or found it has nothing to draw. */
const READY_SELECTOR = '[data-report-state="ready"], [data-report-state="failed"]';

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

function unavailable(message: string): ApiException {
  return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, { code: 'SERVICE_UNAVAILABLE', message });
}

/**
 * Prints the public report page to PDF in a headless Chromium, through the server's own address: the
 * PDF is exactly what a visitor sees and prints, with the print stylesheet. One render at a time.
 */
@Injectable()
export class ReportPdfService {
  private readonly logger = new Logger(ReportPdfService.name);
  private readonly gate = new RenderGate(MAX_PENDING_RENDERS);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async render(slug: string, year: number, language: Language): Promise<Buffer> {
    const browser = findBrowserExecutable();
    if (!browser.found) {
      throw unavailable(
        `PDF reports need a Chromium on the server: ${browser.reason}. Print the page instead.`,
      );
    }
    if (this.config.webDistDir === null || !existsSync(this.config.webDistDir)) {
      throw unavailable(
        'PDF reports need the web app, which this server does not serve. Print the page instead.',
      );
    }
    // The language is the address's first segment, as the web app keeps it.
    const path = `/${language}/cities/${encodeURIComponent(slug)}/report/${year}`;
    try {
      return await this.gate.run(() => this.print(browser.path, `${this.ownOrigin()}${path}`));
    } catch (error) {
      if (error instanceof RenderGateFullError) {
        throw unavailable('Other PDF reports are being made right now; try again in a minute.');
      }
      if (error instanceof ApiException) throw error;
      this.logger.error(`PDF of ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw unavailable('The PDF could not be made this time; try again, or print the page instead.');
    }
  }

  private async print(executablePath: string, url: string): Promise<Buffer> {
    // A launch that hangs would otherwise hold the gate for Playwright's default of three minutes.
    const browser: Browser = await chromium.launch({
      executablePath,
      headless: true,
      args: BROWSER_ARGS,
      timeout: RENDER_TIMEOUT_MS,
    });
    let timedOut = false;
    // Closing the browser makes every pending step fail at once, however far the render got.
    const timer = setTimeout(() => {
      timedOut = true;
      void browser.close();
    }, RENDER_TIMEOUT_MS);
    try {
      const page = await browser.newPage({ viewport: A4_VIEWPORT });
      await page.emulateMedia({ media: 'print' });
      await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      const state = await page
        .locator(READY_SELECTOR)
        .first()
        .getAttribute('data-report-state', { timeout: RENDER_TIMEOUT_MS });
      if (state !== 'ready') throw unavailable('The report page could not be shown, so no PDF was made.');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } catch (error) {
      if (timedOut) {
        throw unavailable(`Making the PDF took longer than ${RENDER_TIMEOUT_MS / 1000} s and was stopped.`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      await browser.close().catch(() => undefined);
    }
  }

  /** The server's own address on the loopback interface: never a host named by the request. */
  private ownOrigin(): string {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const address: AddressInfo | string | null = server.address();
    if (!address || typeof address === 'string') {
      throw unavailable('The server is not listening on a TCP port, so it cannot print its own pages.');
    }
    return `http://127.0.0.1:${address.port}`;
  }
}
