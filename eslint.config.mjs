import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

// Folder boundaries: app → (web | api) → domain → (db, platform); worker and realtime → domain.
// web never touches db or api; db and domain never reach up into HTTP or UI.
const zones = [
  { target: './src/web', from: ['./src/db', './src/api', './src/worker', './src/realtime', './src/storage'], message: 'web (React UI) must not import server layers' },
  { target: './src/domain', from: ['./src/api', './src/app', './src/web', './src/worker', './src/realtime'], message: 'domain knows nothing of HTTP or UI' },
  { target: './src/db', from: ['./src/api', './src/app', './src/web', './src/domain', './src/worker', './src/realtime'], message: 'db is the bottom layer' },
  { target: './src/api', from: ['./src/app', './src/web', './src/worker', './src/realtime'], message: 'api is the HTTP boundary only' },
  { target: './src/worker', from: ['./src/api', './src/app', './src/web', './src/realtime'], message: 'worker calls domain' },
  { target: './src/realtime', from: ['./src/api', './src/app', './src/web', './src/worker'], message: 'realtime calls domain' },
  { target: './src/ai', from: ['./src/api', './src/app', './src/web', './src/worker', './src/realtime', './src/db', './src/domain', './src/storage'], message: 'ai providers are pure computation' },
  { target: './src/storage', from: ['./src/api', './src/app', './src/web', './src/worker', './src/realtime', './src/db', './src/domain', './src/ai'], message: 'storage is infrastructure' },
  { target: './src/platform', from: ['./src/api', './src/app', './src/web', './src/worker', './src/realtime'], message: 'platform is infrastructure' },
];

// Request text must pass the one normaliser (src/domain/text/normalize-text.ts): U+0000 in a bare
// z.string() reached PostgreSQL and answered 500. Request schemas are recognisable without false
// positives on response schemas: request bodies are strict objects (responses are plain objects),
// query schemas are named *QuerySchema or written inline under `query:` in a route. A string
// limited by .regex() to known characters needs no normaliser; a secret compared byte for byte
// (a password) says so in an eslint-disable comment.
const BARE_STRING = "CallExpression[callee.object.name='z'][callee.property.name='string']:not(CallExpression[callee.property.name='regex'] *)";
const NORMALISED_TEXT = 'Request text goes through textField() or nameField() from src/domain/text/normalize-text.ts (or a .regex() that admits only known characters)';
const requestTextRules = [
  { selector: `CallExpression[callee.property.name='strictObject'] ${BARE_STRING}`, message: NORMALISED_TEXT },
  { selector: `VariableDeclarator[id.name=/QuerySchema$/] ${BARE_STRING}`, message: NORMALISED_TEXT },
  { selector: `Property[key.name='query'] ${BARE_STRING}`, message: NORMALISED_TEXT },
];
// A field schema declared on its own in a schemas file (a name, a password) is there for request
// objects; a response's strings sit inside its z.object().
const sharedFieldRule = { selector: `${BARE_STRING}:not(CallExpression[callee.property.name=/^(object|strictObject)$/] *)`, message: NORMALISED_TEXT };

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', '.courseflow/**', 'next-env.d.ts', 'drizzle/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { typescript: true, node: true }, 'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] } },
    rules: {
      'import/no-restricted-paths': ['error', { zones, basePath: import.meta.dirname }],
      'import/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/platform/env.ts' }],
    },
  },
  {
    files: ['src/api/routes/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...requestTextRules] },
  },
  {
    files: ['src/domain/**/schemas.ts'],
    rules: { 'no-restricted-syntax': ['error', ...requestTextRules, sharedFieldRule] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/platform/env.ts', 'scripts/**', 'tests/**', 'bench/**', '*.config.*', 'drizzle.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
