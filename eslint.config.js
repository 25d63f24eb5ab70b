// Lint rules: the recommended sets, React hook rules, and the import boundaries of
// docs/architecture.md, checked by a local rule that resolves each import against the repo's
// top-level folders (eslint-rules/import-zones.js).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/import-zones.js';

// What the CDK app may take from the rest of the repo: the shared data it deploys.
const infraImports = [
  'infra',
  'contract',
  'api/route-table.ts',
  'api/api-invoke-policy.ts',
  'api/store/table-schema.ts',
];

// The table "Folders and what may import what" of docs/architecture.md, as zones. tests/,
// bench/ and scripts/ may import anything.
const zones = [
  { from: 'contract', forbidden: ['.'], message: 'contract/ imports nothing of ours' },
  { from: 'eslint-rules', forbidden: ['.'], message: 'eslint-rules/ imports nothing of ours' },
  { from: 'src', forbidden: ['.'], allowed: ['contract'], message: 'src/ may import contract/' },
  { from: 'api', forbidden: ['.'], allowed: ['contract'], message: 'api/ may import contract/' },
  {
    from: 'authorizer',
    forbidden: ['.'],
    allowed: ['contract'],
    message: 'authorizer/ may import contract/',
  },
  {
    from: 'emulator',
    forbidden: ['.'],
    allowed: ['contract', 'api', 'authorizer', 'triggers'],
    message: 'emulator/ may import contract/, api/, authorizer/ and triggers/',
  },
  // The Cognito Lambda triggers: deployed on their own, run in-process by the emulator.
  {
    from: 'triggers',
    forbidden: ['.'],
    allowed: ['contract', 'api/store'],
    message: 'triggers/ may import contract/ and api/store/',
  },
  ...['infra/lib', 'infra/bin'].map((from) => ({
    from,
    forbidden: ['.'],
    allowed: infraImports,
    message:
      'infra/ may import contract/, api/route-table.ts, api/api-invoke-policy.ts and api/store/table-schema.ts',
  })),
  // The pool drift test compares the synthesized pool with the running emulator's answers.
  {
    from: 'infra/test',
    forbidden: ['.'],
    allowed: [...infraImports, 'emulator'],
    message: 'infra/test/ may import what infra/ may, and emulator/ (the pool drift test)',
  },
  // Inside the SPA: app → features → lib, components, config (never upwards).
  ...['src/lib', 'src/components', 'src/config'].map((from) => ({
    from,
    forbidden: ['src/app', 'src/features', 'src/main.tsx'],
    message: `${from}/ is shared: it never imports features or the app`,
  })),
  {
    from: 'src/features',
    forbidden: ['src/app', 'src/main.tsx'],
    message: 'features never import the app',
  },
  { isolate: 'src/features', message: 'features do not import each other' },
];

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
  {
    files: ['**/*.{js,ts,tsx}'],
    plugins: { local },
    rules: { 'local/import-zones': ['error', { root: import.meta.dirname, zones }] },
  },
);
