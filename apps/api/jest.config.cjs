// Unit specs (*.spec.ts) and real-PostgreSQL specs (*.medium-spec.ts) in one run; the database starts once.
module.exports = {
  ...require('../../jest.preset.cjs'),
  rootDir: 'src',
  testMatch: ['**/*.spec.ts', '**/*.medium-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
};
