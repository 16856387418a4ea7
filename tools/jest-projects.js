// Builds one Jest project per Nx project (every folder under apps/, libs/ and tools/ with a
// project.json), so `jest --selectProjects <nx-project>` and Nx's per-project test target agree.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

/** Maps every tsconfig path alias to its source file, so tests run against sources. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}$`,
    path.join(root, target),
  ]),
);

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** The web UI's sources are TSX with Preact's automatic JSX runtime. */
const swcTsxTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic', importSource: 'preact' } },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

function listProjects() {
  const out = [];
  for (const group of ['apps', 'libs', 'tools']) {
    const dir = path.join(root, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const projectJson = path.join(dir, name, 'project.json');
      if (fs.existsSync(projectJson)) {
        out.push({ name: JSON.parse(fs.readFileSync(projectJson, 'utf8')).name, dir: path.join(dir, name) });
      }
    }
  }
  return out;
}

/**
 * @param {string} suffix test file suffix, e.g. 'spec.ts' or 'int-spec.ts'
 * @param {object} extra extra per-project Jest options
 */
function jestProjects(suffix, extra = {}) {
  return listProjects().map(({ name, dir }) => ({
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: [`<rootDir>/**/*.${suffix}`],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    transform: { '^.+\\.tsx$': swcTsxTransform, '^.+\\.(t|j)s$': swcTransform },
    moduleNameMapper,
    ...extra,
  }));
}

module.exports = { jestProjects, moduleNameMapper, root };
