// @ts-check
/**
 * Lint rules: recommended JS, TypeScript and Astro rules; zero warnings allowed (see `npm run check`).
 *
 * Client code (`src/scripts/`) runs in the reader's browser: it may not import build-only modules
 * (content reading, the static-map renderer, build data, Node built-ins). Type-only imports are
 * fine: they vanish from the bundle.
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info', 'table'] }],
    },
  },
  {
    files: ['src/scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/build-data/**', '**/lib/static-map/**', '**/lib/content/**', '**/integrations/**'],
              allowTypeImports: true,
              message: 'Client code may not import build-only modules (type-only imports are fine).',
            },
            { group: ['node:*', 'astro:content'], message: 'Client code runs in the browser, not in Node or Astro.' },
          ],
        },
      ],
    },
  },
);
