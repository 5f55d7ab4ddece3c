import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

/** Where a system Chromium or Chrome usually lives, in the order they are tried. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const APT_CHROMIUM = '/usr/bin/chromium';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed with exit code ${String(result.status ?? result.signal)}`,
    );
  }
}

const HOW_TO_INSTALL =
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; other systems: Chromium or Google ' +
  'Chrome from your package manager) or point CHROME_PATH at a Chromium-based browser executable.';

/**
 * Finds the browser for the tests: CHROME_PATH when set, else the first of CHROMIUM_CANDIDATES.
 * With none found, on Debian or Ubuntu as root it installs the `chromium` package (the output is shown);
 * anywhere else it throws with instructions. The tests never skip for want of a browser.
 */
export function findChromium(options: { install: boolean } = { install: true }): string {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(
      `CHROME_PATH is set to ${configured}, which is not an executable file. ${HOW_TO_INSTALL}`,
    );
  }

  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (found) return found;

  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (options.install && debian && root) {
    console.log('\nNo Chromium found: installing chromium for the browser tests (apt-get, about 30 s).');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    if (isExecutable(APT_CHROMIUM)) return APT_CHROMIUM;
    throw new Error(`apt-get installed chromium, but ${APT_CHROMIUM} is missing. ${HOW_TO_INSTALL}`);
  }

  const why = !debian
    ? 'this is not a Debian/Ubuntu system'
    : !root
      ? 'installing it needs root'
      : 'installing was not allowed';
  throw new Error(
    `No Chromium found for the browser tests (looked at ${CHROMIUM_CANDIDATES.join(', ')}), and it was ` +
      `not installed automatically because ${why}. ${HOW_TO_INSTALL}`,
  );
}
