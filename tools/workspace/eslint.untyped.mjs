// The workspace ESLint config without type information, so the boundaries test can lint code given
// on stdin for a file that does not exist (typed linting needs the file in a tsconfig project).
import base from '../../eslint.config.mjs';

export default [
  ...base,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
];
