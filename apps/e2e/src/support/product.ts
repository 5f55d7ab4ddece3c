/**
 * Browser tests: how they run
 * ===========================
 *
 *   npx nx run-many -t build --projects=api,web   # once, or let Nx do it:
 *   npm run test:browser                          # = nx run e2e:test (builds api and web first)
 *
 * The Jest global set-up (support/global-setup.ts) runs once per test run:
 *   1. finds Chromium (support/chromium.ts): CHROME_PATH, then the usual /usr/bin locations; on
 *      Debian/Ubuntu as root it installs the `chromium` package when none is found;
 *   2. starts the built product (this file): `node apps/api/dist/main.js` from the repository root on a
 *      free port, with a fresh temporary DATA_DIR, so the embedded PostgreSQL starts empty and the demo
 *      data is seeded; it waits until GET /api/health answers 200;
 *   3. hands the address and the browser path to the specs through environment variables (support/env.ts).
 * The global tear-down stops the product with SIGTERM, waits for it to exit and removes the folder.
 *
 * Each spec calls `useBrowser()` (support/browser.ts): one headless Chromium per spec file, a fresh
 * page per test that records console errors and uncaught page errors for the test to assert on.
 *
 * Journeys live beside each other: src/<journey>/<what>.e2e-spec.ts (e.g. src/smoke/city-page.e2e-spec.ts).
 *
 * Settings (environment variables):
 *   CHROME_PATH         browser executable to use instead of searching
 *   E2E_BASE_URL        test an already running product at this address; nothing is started
 *   E2E_DATABASE_URL    use this PostgreSQL (passed on as DATABASE_URL) instead of an embedded one;
 *                       the database should be empty so the demo data is seeded
 *   E2E_PRODUCT_LOG=1   show the product's output while the tests run (it is shown anyway on failure)
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { apiRoutes } from '@lcm/contracts';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
const WEB_INDEX = path.join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html');

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 250;
const OUTPUT_LINES_KEPT = 300;

export interface RunningProduct {
  /** e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  baseUrl: string;
  /** Stops the product (SIGTERM, then waits) and removes its data folder. */
  stop(): Promise<void>;
}

export interface StartOptions {
  startTimeoutMs?: number;
  /** Stream the product's output to this process's output as it comes. */
  echoOutput?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines a process wrote to stdout and stderr, for error messages. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly echo: boolean) {}

  add(chunk: Buffer, stream: 'out' | 'err'): void {
    if (this.echo) (stream === 'out' ? process.stdout : process.stderr).write(chunk);
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > OUTPUT_LINES_KEPT) this.lines.splice(0, this.lines.length - OUTPUT_LINES_KEPT);
  }

  toString(): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    if (all.length === 0) return '  (no output)';
    return all.map((line) => `  | ${line}`).join('\n');
  }
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `signal ${child.signalCode}` : `exit code ${String(child.exitCode)}`;
}

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function answersHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function assertBuilt(): void {
  const missing = [MAIN, WEB_INDEX].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The product is not built (missing ${missing.map((file) => path.relative(REPO_ROOT, file)).join(', ')}). ` +
        'Run `npx nx run-many -t build --projects=api,web` from the repository root, or run the browser ' +
        'tests through Nx (`npm run test:browser`), which builds them first.',
    );
  }
}

/** Starts `node apps/api/dist/main.js` on a free port with a fresh data folder and waits until it is healthy. */
export async function startProduct(options: StartOptions = {}): Promise<RunningProduct> {
  assertBuilt();
  const timeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lcm-e2e-'));
  // Running as root, PostgreSQL runs as the `postgres` user, who must be able to enter this folder.
  await chmod(dataDir, 0o755);

  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'true' };
  // Jest sets NODE_ENV=test, and the product skips the demo data in some modes: leave it to the default.
  delete env.NODE_ENV;
  // A DATABASE_URL meant for the API tests must not leak in; E2E_DATABASE_URL chooses a server on purpose.
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

  const output = new OutputTail(options.echoOutput ?? process.env.E2E_PRODUCT_LOG === '1');
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.add(chunk, 'out'));
  child.stderr.on('data', (chunk: Buffer) => output.add(chunk, 'err'));
  const failure: { spawnError?: Error } = {};
  child.once('error', (error) => {
    failure.spawnError = error;
  });
  // Should this process end without the tear-down (e.g. Ctrl-C), still ask the product to stop.
  const stopOnExit = (): void => {
    if (!hasExited(child)) child.kill('SIGTERM');
  };
  process.once('exit', stopOnExit);

  const removeDataDir = (): Promise<void> => rm(dataDir, { recursive: true, force: true, maxRetries: 3 });

  const stop = async (): Promise<void> => {
    process.removeListener('exit', stopOnExit);
    let problem: string | null = null;
    if (hasExited(child)) {
      problem = `The product had already stopped (${describeExit(child)}) before the tests finished.`;
    } else {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
        problem = `The product did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM and was killed.`;
      }
    }
    await removeDataDir();
    if (problem) throw new Error(`${problem} Its last output:\n${output.toString()}`);
  };

  const started = Date.now();
  const healthUrl = `${baseUrl}${apiRoutes.health()}`;
  for (;;) {
    if (failure.spawnError || hasExited(child)) {
      process.removeListener('exit', stopOnExit);
      await removeDataDir();
      const reason = failure.spawnError ? failure.spawnError.message : describeExit(child);
      throw new Error(
        `The product stopped while starting (${reason}): node ${path.relative(REPO_ROOT, MAIN)}\n${output.toString()}`,
      );
    }
    if (await answersHealthy(healthUrl)) break;
    if (Date.now() - started > timeoutMs) {
      const message =
        `The product did not answer GET ${healthUrl} with 200 within ${timeoutMs / 1000} s. ` +
        `Its output:\n${output.toString()}`;
      await stop().catch(() => undefined);
      throw new Error(message);
    }
    await delay(POLL_INTERVAL_MS);
  }
  console.log(`\nProduct under test: ${baseUrl} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { baseUrl, stop };
}

/** The product to test: the one at E2E_BASE_URL when set (nothing is started), else a fresh one. */
export async function startOrReuseProduct(): Promise<RunningProduct> {
  const external = process.env.E2E_BASE_URL;
  if (!external) return startProduct();
  const baseUrl = external.replace(/\/+$/, '');
  const healthUrl = `${baseUrl}${apiRoutes.health()}`;
  if (!(await answersHealthy(healthUrl))) {
    throw new Error(`E2E_BASE_URL is ${external}, but GET ${healthUrl} does not answer 200.`);
  }
  console.log(`\nProduct under test: ${baseUrl} (already running, from E2E_BASE_URL)`);
  return { baseUrl, stop: async () => undefined };
}
