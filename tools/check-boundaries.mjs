#!/usr/bin/env node
// Checks the dependencies between workspace projects against the tag constraints in nx.json.
//
//   node tools/check-boundaries.mjs [--root <workspace folder>]
//
// Projects are the npm workspaces listed in the root package.json; each one's tags come from the
// `nx.tags` of its package.json and its name from `nx.name` (else the package name), as Nx does.
// A project depends on another when
//   - its package.json lists the other's package in dependencies, devDependencies,
//     peerDependencies or optionalDependencies, or
//   - one of its source files imports the other: `@lcm/<name>` (or a subpath of it), or a relative
//     path that leaves the project folder and lands in the other project.
// Imports are read with TypeScript's own pre-processor, so comments and strings do not count, and
// `import type`, `export … from`, `import()` and `require()` all do. Nx `implicitDependencies` are
// build order (the browser tests need the built product), not code, and are not checked.
//
// Constraints live in nx.json under "boundaries", with the meaning of Nx's enforce-module-boundaries:
//   { "sourceTag": "type:domain", "onlyDependOnLibsWithTags": ["type:contracts"] }
//   { "sourceTag": "scope:web", "notDependOnLibsWithTags": ["scope:api"] }
// Every constraint whose sourceTag the project carries applies, and all of them must hold. A target
// passes `onlyDependOnLibsWithTags` when it has at least one of the listed tags (so [] allows
// nothing). A project that matches no constraint may not depend on any workspace project. Tags may
// be "*" (any) or a /regular expression/.
//
// A relative import into another project is reported even when the tags allow the dependency:
// projects use each other through their package entry points only.
//
// Prints one line per violation, `file:line: project A (tags) must not depend on project B (tags)`,
// and exits 1; otherwise prints a one-line summary and exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.nx', '.data', 'coverage', 'test-results', '.git']);
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

const toPosix = (file) => file.split(path.sep).join('/');

/** Expands the workspace globs of package.json (`libs/*`, `migrations`, `apps/*`). */
function workspaceFolders(root, patterns) {
  const folders = [];
  for (const pattern of patterns) {
    const parts = pattern.split('/');
    let candidates = [root];
    for (const part of parts) {
      const next = [];
      for (const base of candidates) {
        if (part === '*' || part === '**') {
          if (!existsSync(base)) continue;
          for (const entry of readdirSync(base, { withFileTypes: true })) {
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
              next.push(path.join(base, entry.name));
          }
        } else {
          next.push(path.join(base, part));
        }
      }
      candidates = next;
    }
    folders.push(...candidates.filter((folder) => existsSync(path.join(folder, 'package.json'))));
  }
  return [...new Set(folders)].sort();
}

export function loadProjects(root) {
  const rootPackage = readJson(path.join(root, 'package.json'));
  const patterns = Array.isArray(rootPackage.workspaces)
    ? rootPackage.workspaces
    : rootPackage.workspaces?.packages;
  if (!patterns?.length) throw new Error('package.json lists no workspaces');
  return workspaceFolders(root, patterns).map((folder) => {
    const pkg = readJson(path.join(folder, 'package.json'));
    return {
      name: pkg.nx?.name ?? pkg.name,
      packageName: pkg.name,
      root: folder,
      relativeRoot: toPosix(path.relative(root, folder)),
      tags: Array.isArray(pkg.nx?.tags) ? pkg.nx.tags : [],
      pkg,
    };
  });
}

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* sourceFiles(full);
    } else if (
      entry.isFile() &&
      SOURCE_EXTENSIONS.has(path.extname(entry.name)) &&
      !entry.name.endsWith('.d.ts')
    ) {
      yield full;
    }
  }
}

function lineOf(text, position) {
  let line = 1;
  for (let index = 0; index < position && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}

/** The project that owns a path: the one with the longest root containing it. */
function ownerOf(projects, file) {
  let owner = null;
  for (const project of projects) {
    const relative = path.relative(project.root, file);
    const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
    if (inside && (!owner || project.root.length > owner.root.length)) owner = project;
  }
  return owner;
}

function packageOwner(projects, specifier) {
  return (
    projects.find(
      (project) => specifier === project.packageName || specifier.startsWith(`${project.packageName}/`),
    ) ?? null
  );
}

/** Every dependency of every project on another workspace project, with where it was found. */
export function collectDependencies(root, projects) {
  const found = [];
  for (const project of projects) {
    const manifest = path.join(project.root, 'package.json');
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of Object.keys(project.pkg[field] ?? {})) {
        const target = projects.find((candidate) => candidate.packageName === name);
        if (target && target !== project) {
          found.push({
            source: project,
            target,
            file: toPosix(path.relative(root, manifest)),
            line: null,
            relative: false,
          });
        }
      }
    }
    for (const file of sourceFiles(project.root)) {
      if (ownerOf(projects, file) !== project) continue; // a nested project's files are its own
      const text = readFileSync(file, 'utf8');
      const info = ts.preProcessFile(text, true, true);
      for (const reference of info.importedFiles) {
        const specifier = reference.fileName;
        const relative = specifier.startsWith('.');
        const target = relative
          ? ownerOf(projects, path.resolve(path.dirname(file), specifier))
          : packageOwner(projects, specifier);
        if (target && target !== project) {
          found.push({
            source: project,
            target,
            file: toPosix(path.relative(root, file)),
            line: lineOf(text, reference.pos),
            relative,
          });
        }
      }
    }
  }
  return found;
}

function tagMatches(pattern, tag) {
  if (pattern === '*') return true;
  if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
    return new RegExp(pattern.slice(1, -1)).test(tag);
  }
  return pattern === tag;
}

const hasAnyTag = (project, patterns) =>
  patterns.some((pattern) => project.tags.some((tag) => tagMatches(pattern, tag)));

export function loadConstraints(root) {
  const nx = readJson(path.join(root, 'nx.json'));
  const constraints = nx.boundaries;
  if (!Array.isArray(constraints) || constraints.length === 0) {
    throw new Error('nx.json has no "boundaries": add the tag constraints there');
  }
  for (const [index, constraint] of constraints.entries()) {
    const known = ['sourceTag', 'onlyDependOnLibsWithTags', 'notDependOnLibsWithTags'];
    const unknown = Object.keys(constraint).filter((key) => !known.includes(key));
    if (typeof constraint.sourceTag !== 'string' || unknown.length > 0) {
      throw new Error(
        `nx.json boundaries[${index}] must have a string sourceTag and only ${known.join(', ')}` +
          (unknown.length ? ` (found ${unknown.join(', ')})` : ''),
      );
    }
  }
  return constraints;
}

/** Why `source` may not depend on `target`, or null when it may. */
export function ruleBroken(constraints, source, target) {
  const applicable = constraints.filter((constraint) => hasAnyTag(source, [constraint.sourceTag]));
  if (applicable.length === 0) return 'it matches no constraint in nx.json "boundaries"';
  for (const constraint of applicable) {
    const only = constraint.onlyDependOnLibsWithTags;
    if (only && !hasAnyTag(target, only)) {
      return `"${constraint.sourceTag}" may only depend on [${only.join(', ')}]`;
    }
    const not = constraint.notDependOnLibsWithTags;
    if (not && hasAnyTag(target, not)) {
      return `"${constraint.sourceTag}" may not depend on [${not.join(', ')}]`;
    }
  }
  return null;
}

const describe = (project) => `${project.name} (${project.tags.join(', ') || 'no tags'})`;

export function checkBoundaries(root) {
  const projects = loadProjects(root);
  const constraints = loadConstraints(root);
  const dependencies = collectDependencies(root, projects);
  const violations = [];
  const seen = new Set();
  for (const dependency of dependencies) {
    const where = dependency.line ? `${dependency.file}:${dependency.line}` : dependency.file;
    const reason = ruleBroken(constraints, dependency.source, dependency.target);
    const messages = [];
    if (reason) {
      messages.push(
        `${where}: project ${describe(dependency.source)} must not depend on project ${describe(dependency.target)}: ${reason}`,
      );
    }
    if (dependency.relative) {
      messages.push(
        `${where}: project ${dependency.source.name} imports project ${dependency.target.name} by a relative path; import it as ${dependency.target.packageName}`,
      );
    }
    for (const message of messages) {
      if (!seen.has(message)) {
        seen.add(message);
        violations.push(message);
      }
    }
  }
  const edges = new Set(
    dependencies.map((dependency) => `${dependency.source.name}->${dependency.target.name}`),
  );
  return { projects, constraints, dependencies, edges, violations };
}

function main(argv) {
  const rootFlag = argv.indexOf('--root');
  const root = path.resolve(
    rootFlag >= 0 && argv[rootFlag + 1]
      ? argv[rootFlag + 1]
      : path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
  );
  const result = checkBoundaries(root);
  if (result.violations.length > 0) {
    for (const violation of result.violations) console.error(violation);
    console.error(
      `\nProject boundaries: ${result.violations.length} violation(s). Constraints: nx.json "boundaries".`,
    );
    return 1;
  }
  const edges = [...result.edges].sort().join(', ') || 'none';
  console.log(
    `Project boundaries OK: ${result.projects.length} projects, ${result.constraints.length} constraints, ` +
      `${result.dependencies.length} cross-project references (${edges}).`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`check-boundaries: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
