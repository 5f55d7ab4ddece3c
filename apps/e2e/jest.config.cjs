// Browser journeys: the global set-up finds Chromium and starts the built product once for the run;
// each spec then drives it through a real browser (see src/support/product.ts).
module.exports = {
  ...require('../../jest.preset.cjs'),
  rootDir: 'src',
  testMatch: ['**/*.e2e-spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
