import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * The dependency graph: apps use libs, never other apps; contracts depend only on contracts; a
 * stage's code stays in its scope; testing libraries only from specs (and other testing code).
 */
function boundaries({ forSpecs }) {
  const testing = forSpecs ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:core', 'type:adapter', ...testing] },
      { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:contract', 'type:core', ...testing] },
      { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:contract', 'type:core', ...testing] },
      { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract', ...testing] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contract', 'type:core', 'type:adapter', 'type:testing'] },
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ...['collector', 'span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator', 'query-service'].map((scope) => ({
        sourceTag: `scope:${scope}`,
        onlyDependOnLibsWithTags: ['scope:shared', `scope:${scope}`],
      })),
    ],
  };
}

const SPECS = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/testdata/**/*.ts'];

export default [
  { ignores: ['**/node_modules/**', 'dist/**', '.cache/**', '.data/**', '**/generated/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // The dependency graph: apps use libs, never other apps; contracts depend only on contracts;
      // a stage's code stays in its scope; testing libraries are for tests (see the override below).
      '@nx/enforce-module-boundaries': ['error', boundaries({ forSpecs: false })],
      // index.ts names its exports; no deep imports past a library's index.
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Name the exports (no `export *`): an index.ts states its public surface.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tracehouse/*/*'], message: 'Import a library through its index (@tracehouse/<lib>), not a deep path.' }] }],
    },
  },
  {
    // Testing libraries (type:testing) are for specs, benchmarks and tooling only, never for shipped code.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'libs/**/*.ts'],
    ignores: [...SPECS, 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@tracehouse/testing', message: 'Testing helpers are for specs only.' },
            { name: '@tracehouse/infra', message: 'Local infrastructure tooling is for tests and scripts only.' },
          ],
          patterns: [{ group: ['@tracehouse/*/*'], message: 'Import a library through its index (@tracehouse/<lib>), not a deep path.' }],
        },
      ],
    },
  },
  {
    // Specs (and their fixtures) may use the testing libraries, whatever project they are in.
    files: SPECS,
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ forSpecs: true })] },
  },
];
