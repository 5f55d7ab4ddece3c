/**
 * How the global set-up hands the running product and the browser to the specs: through environment
 * variables, which Jest passes on to the test workers it starts after the set-up.
 */
export const E2E_ENV = {
  /** Address of the product under test, e.g. `http://127.0.0.1:41234`. */
  baseUrl: 'LCM_E2E_BASE_URL',
  /** Chromium executable the specs launch. */
  chromePath: 'LCM_E2E_CHROME_PATH',
} as const;

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the browser tests through their Jest config (npm run test:browser), ` +
        'whose global set-up starts the product and finds Chromium.',
    );
  }
  return value;
}

export const productUrl = (): string => required(E2E_ENV.baseUrl);
export const chromePath = (): string => required(E2E_ENV.chromePath);
