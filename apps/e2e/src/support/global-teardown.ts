// Runs once after all browser journeys: stops the product started by global-setup.ts.
export default async function globalTeardown(): Promise<void> {
  const product = globalThis.__LCM_E2E_PRODUCT__;
  globalThis.__LCM_E2E_PRODUCT__ = undefined;
  await product?.stop();
}
