// Tests for check-boundaries.mjs on small workspaces written to a temporary folder.
// Run: node --test tools/
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';

import { checkBoundaries } from './check-boundaries.mjs';

const BOUNDARIES = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'type:migrations'] },
];

const folders = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes a workspace: `files` maps relative paths to contents (objects are written as JSON). */
function workspace(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'check-boundaries-'));
  folders.push(root);
  const all = {
    'package.json': { name: 'fixture', private: true, workspaces: ['libs/*', 'apps/*'] },
    'nx.json': { boundaries: BOUNDARIES },
    'libs/contracts/package.json': {
      name: '@lcm/contracts',
      nx: { tags: ['scope:shared', 'type:contracts'] },
    },
    'libs/contracts/src/index.ts': 'export const API_PREFIX = "/api";\n',
    'libs/domain/package.json': { name: '@lcm/domain', nx: { tags: ['scope:shared', 'type:domain'] } },
    'libs/domain/src/index.ts':
      "import { API_PREFIX } from '@lcm/contracts';\nexport const x = API_PREFIX;\n",
    'apps/api/package.json': {
      name: '@lcm/api',
      nx: { name: 'api', tags: ['scope:api', 'type:app'] },
      dependencies: { '@lcm/domain': '*' },
    },
    'apps/api/src/main.ts': "import { x } from '@lcm/domain';\nconsole.log(x);\n",
    'apps/web/package.json': { name: '@lcm/web', nx: { name: 'web', tags: ['scope:web', 'type:app'] } },
    'apps/web/src/main.tsx': "import type { x } from '@lcm/domain';\n// import { y } from '@lcm/api';\n",
    'apps/web/dist/bundle.js': "require('@lcm/api');\n",
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    if (content === null) continue;
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

describe('check-boundaries', () => {
  it('accepts a tree that keeps to the constraints (comments and dist/ do not count)', () => {
    const result = checkBoundaries(workspace({}));
    assert.deepEqual(result.violations, []);
    assert.deepEqual([...result.edges].sort(), [
      '@lcm/domain->@lcm/contracts',
      'api->@lcm/domain',
      'web->@lcm/domain',
    ]);
  });

  it('reports an import that breaks a constraint, with file, line and tags', () => {
    const root = workspace({
      'apps/web/src/main.tsx': "import { a } from '@lcm/domain';\nexport { b } from '@lcm/api/client';\n",
    });
    assert.deepEqual(checkBoundaries(root).violations, [
      'apps/web/src/main.tsx:2: project web (scope:web, type:app) must not depend on project api (scope:api, type:app): "scope:web" may only depend on [scope:shared]',
    ]);
  });

  it('reports a dependency declared in package.json', () => {
    const root = workspace({
      'libs/contracts/package.json': {
        name: '@lcm/contracts',
        nx: { tags: ['scope:shared', 'type:contracts'] },
        devDependencies: { '@lcm/domain': '*' },
      },
    });
    assert.deepEqual(checkBoundaries(root).violations, [
      'libs/contracts/package.json: project @lcm/contracts (scope:shared, type:contracts) must not depend on project @lcm/domain (scope:shared, type:domain): "type:contracts" may only depend on []',
    ]);
  });

  it('follows relative imports out of the project folder, and dynamic imports and require()', () => {
    const root = workspace({
      'libs/domain/src/index.ts': [
        "import { API_PREFIX } from '../../contracts/src/index';",
        "const later = () => import('../../../apps/api/src/main');",
        "const cjs = require('@lcm/api');",
        "import '../../../jest.preset.cjs';",
      ].join('\n'),
    });
    assert.deepEqual(checkBoundaries(root).violations, [
      'libs/domain/src/index.ts:1: project @lcm/domain imports project @lcm/contracts by a relative path; import it as @lcm/contracts',
      'libs/domain/src/index.ts:2: project @lcm/domain (scope:shared, type:domain) must not depend on project api (scope:api, type:app): "type:domain" may only depend on [type:contracts]',
      'libs/domain/src/index.ts:2: project @lcm/domain imports project api by a relative path; import it as @lcm/api',
      'libs/domain/src/index.ts:3: project @lcm/domain (scope:shared, type:domain) must not depend on project api (scope:api, type:app): "type:domain" may only depend on [type:contracts]',
    ]);
  });

  it('lets a project without matching constraints depend on nothing', () => {
    const root = workspace({
      'apps/tools/package.json': { name: '@lcm/tools', nx: { tags: ['scope:tools'] } },
      'apps/tools/index.mjs': "import '@lcm/contracts';\n",
    });
    assert.deepEqual(checkBoundaries(root).violations, [
      'apps/tools/index.mjs:1: project @lcm/tools (scope:tools) must not depend on project @lcm/contracts (scope:shared, type:contracts): it matches no constraint in nx.json "boundaries"',
    ]);
  });

  it('refuses to pass when nx.json declares no constraints', () => {
    const root = workspace({ 'nx.json': { namedInputs: {} } });
    assert.throws(() => checkBoundaries(root), /nx\.json has no "boundaries"/);
  });
});
