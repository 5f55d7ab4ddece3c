import { accessSync, constants } from 'node:fs';

/** Where a system Chromium or Chrome usually lives, in the order they are tried. */
const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BrowserLookup = { found: true; path: string } | { found: false; reason: string };

/**
 * The Chromium that renders PDF reports: CHROME_PATH when set (it must then be executable), else the
 * first of the usual install paths. Looked up at each render, so installing a browser needs no restart.
 * Unlike the browser tests' finder, it never installs one: a server does not change its own system.
 */
export function findBrowserExecutable(env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  const configured = env.CHROME_PATH;
  if (configured) {
    return isExecutable(configured)
      ? { found: true, path: configured }
      : { found: false, reason: `CHROME_PATH is set to ${configured}, which is not an executable file` };
  }
  const path = BROWSER_CANDIDATES.find(isExecutable);
  return path
    ? { found: true, path }
    : {
        found: false,
        reason: `no Chromium was found (looked at ${BROWSER_CANDIDATES.join(', ')}; CHROME_PATH is not set)`,
      };
}
