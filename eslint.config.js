// ESLint flat config: typescript-eslint's type-checked recommended rules over src/, __tests__/,
// scripts/ and bench/ (the files tsconfig.json type-checks); plain JavaScript files get the
// JavaScript rules without type information. `npm run lint`; part of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'build/',
      'bench/out/',
      'job-matcher-output/',
      '__tests__/fixtures/',
      'examples/demo/boards/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    rules: {
      // node:test's test()/describe()/it() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
      // `{ dropped: _, ...kept }` leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // An async callback without await is how a Promise-returning hook (log.group, fakes) is written.
      '@typescript-eslint/require-await': 'off',
      // Sanitising untrusted text (titles, file names, HTML, PDF) matches control characters on purpose.
      'no-control-regex': 'off',
      // The PDF renderer drops emoji joiners and variation selectors one by one, on purpose.
      'no-misleading-character-class': 'off',
      // Query strings are built as `${base}?${new URLSearchParams(...)}`.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allow: [{ from: 'package', name: ['URLSearchParams', 'URL'], package: 'url' }] },
      ],
      // Rethrowing a caught value, or rejecting with an AbortSignal's reason, keeps it as it came.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
    },
  },
  {
    // Tests read JSON (results.json, outputs, recorded API bodies) without declaring its shape first:
    // a wrong guess fails the test's assertions, which is the check that matters there.
    files: ['__tests__/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // marked's Token union includes Tokens.Generic ({ [key: string]: any }), so a switch on `type`
    // does not narrow a token's fields away from `any`.
    files: ['src/render/blocks.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // `err instanceof APIError` narrows to openai's generic APIError<any, ...>, so `err.status` is `any`.
    files: ['src/generate/llm.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
