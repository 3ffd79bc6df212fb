import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** src/ is the framework-free core: it runs in the page, the worker and Node alike. */
const frameworkFreeImports = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
      message: 'src/ is framework-free: React belongs in app/.',
    },
    { group: ['@xyflow/*', 'reactflow'], message: 'src/ is framework-free: React Flow belongs in app/.' },
    { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/ is framework-free: the store belongs in app/.' },
    { group: ['**/app', '**/app/*', '**/app/**'], message: 'src/ must not import app/ (the one-way rule).' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.es2021 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkFreeImports] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts', 'src/**/test-support/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'HTMLElement'],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'e2e/**', '*.config.ts', '*.config.js', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
