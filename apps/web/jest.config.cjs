module.exports = { ...require('../../jest.preset.cjs'), rootDir: 'src', testMatch: ['**/*.spec.ts'] };
