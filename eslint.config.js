// Lint rules: the recommended sets, React hook rules, and the import boundaries of
// docs/architecture.md (src never reaches into api/emulator/infra; api never into emulator).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const boundary = (from, forbidden) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}/*`, `**/${dir}`],
          message: `${from}/ must not import from ${dir}/ (see docs/architecture.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-api',
      '.local',
      'coverage',
      'test-results',
      'node_modules',
      'infra/node_modules',
      'infra/cdk.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  boundary('src', ['api', 'emulator', 'infra']),
  boundary('contract', ['api', 'emulator', 'infra', 'src']),
  boundary('api', ['emulator', 'src', 'infra']),
);
