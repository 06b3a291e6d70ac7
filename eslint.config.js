// Type-aware lint: floating promises above all (STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
      // Node's own loader (tsx, as Sunspace runs) gives a namespace import of a CommonJS package only the names
      // it finds by reading the source: sodium-native's constants were missing, while vitest's loader had them.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^[^.]/] > ImportNamespaceSpecifier',
          message:
            "Import a package by its default export (or by name), not as a namespace: under Node a CommonJS package's namespace can miss names (test/cli/shipped-command.test.ts).",
        },
      ],
    },
  },
  {
    // Plain JavaScript (bin/, scripts/, this file) has no TypeScript project: lint it without type information.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  {
    // The command line and scripts speak to a terminal; everything else returns values or logs.
    files: ['src/cli/**', 'scripts/**', 'bin/**', 'bench/**', 'test/**', 'src/server/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
