import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules/**', 'dist/**', '.cache/**', '.data/**', '**/generated/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:core', 'type:adapter', 'type:testing'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:contract', 'type:core'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:contract', 'type:core'] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contract', 'type:core', 'type:adapter', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:collector', onlyDependOnLibsWithTags: ['scope:shared', 'scope:collector'] },
            { sourceTag: 'scope:span-normalizer', onlyDependOnLibsWithTags: ['scope:shared', 'scope:span-normalizer'] },
            { sourceTag: 'scope:spans-grouper', onlyDependOnLibsWithTags: ['scope:shared', 'scope:spans-grouper'] },
            { sourceTag: 'scope:trace-enricher', onlyDependOnLibsWithTags: ['scope:shared', 'scope:trace-enricher'] },
            { sourceTag: 'scope:view-generator', onlyDependOnLibsWithTags: ['scope:shared', 'scope:view-generator'] },
            { sourceTag: 'scope:query-service', onlyDependOnLibsWithTags: ['scope:shared', 'scope:query-service'] },
          ],
        },
      ],
      // index.ts names its exports; no deep imports past a library's index.
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Name the exports (no `export *`): an index.ts states its public surface.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tracehouse/*/*'], message: 'Import a library through its index (@tracehouse/<lib>), not a deep path.' }] }],
    },
  },
  {
    // Testing libraries (type:testing) are for specs, benchmarks and tooling only, never for shipped code.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**', '**/testdata/**'],
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
];
