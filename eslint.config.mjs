// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Libraries are imported through their public index only (`@ct/<lib>`), never by deep path. */
const noDeepImports = [
  { group: ['@ct/*/*'], message: 'Import a library through its public index (@ct/<lib>).' },
  { group: ['**/libs/*', '**/libs/**'], message: 'Import a library through its alias (@ct/<lib>).' },
  { group: ['**/test/**', '**/esdb-emulator/**'], message: 'Product code never imports test tools.' },
];

/** Dependencies point one way: apps -> application -> (read-models, event-store) -> domain. */
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [...noDeepImports, ...groups.map(([group, message]) => ({ group, message }))],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'bench/results/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest injects by decorator metadata: a type-only import of an injected class breaks DI.
      '@typescript-eslint/no-extraneous-class': 'off',
      ...restrict(),
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: restrict(
      [['@ct/*'], 'The domain imports nothing from other libraries.'],
      [
        ['@nestjs/*', '@eventstore/*', 'node:*', 'better-sqlite3', 'kysely', 'pg', 'fs', 'crypto', 'path'],
        'The domain is pure: no framework, I/O or clock.',
      ],
    ),
  },
  {
    files: ['libs/event-store/**/*.ts'],
    rules: restrict([
      ['@ct/application', '@ct/read-models', '@nestjs/*'],
      'event-store depends on the domain only.',
    ]),
  },
  {
    files: ['libs/read-models/**/*.ts'],
    rules: restrict([
      ['@ct/application', '@nestjs/*'],
      'read-models depend on the domain and the event-store port only.',
    ]),
  },
  {
    files: ['libs/application/**/*.ts'],
    rules: restrict([['**/apps/**'], 'application never imports an app.']),
  },
  {
    // Consistent-type-imports would turn injected classes into type imports in Nest code.
    files: ['apps/**/*.ts', 'libs/application/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@ct/*/*'], message: 'Import a library through its public index.' }] },
      ],
    },
  },
  prettier,
);
