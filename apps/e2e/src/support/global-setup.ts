// Runs once before all browser journeys: finds Chromium, starts the product, and passes both on to the
// specs through environment variables (see product.ts for the whole picture).
import { findChromium } from './chromium';
import { E2E_ENV } from './env';
import { startOrReuseProduct } from './product';
import type { RunningProduct } from './product';

declare global {
  var __LCM_E2E_PRODUCT__: RunningProduct | undefined;
}

export default async function globalSetup(): Promise<void> {
  const executable = findChromium({ install: true });
  const product = await startOrReuseProduct();
  globalThis.__LCM_E2E_PRODUCT__ = product;
  process.env[E2E_ENV.baseUrl] = product.baseUrl;
  process.env[E2E_ENV.chromePath] = executable;
  console.log(`Browser: ${executable}`);
}
