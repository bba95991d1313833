// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import tsApi from 'typescript';

/** Libraries are imported through their public index only (`@ct/<lib>`), never by deep path. */
const noDeepImports = [
  { group: ['@ct/*/*'], message: 'Import a library through its public index (@ct/<lib>).' },
  { group: ['**/libs/*', '**/libs/**'], message: 'Import a library through its alias (@ct/<lib>).' },
  { group: ['**/test/**', '@ct/testing'], message: 'Product code never imports test tools.' },
];

/** Dependencies point one way: apps -> application -> reports -> (read-models, event-store) -> domain. */
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [...noDeepImports, ...groups.map(([group, message]) => ({ group, message }))],
    },
  ],
});

/**
 * With legacy decorators, TypeScript and swc record a decorated member's parameter and property
 * types as runtime metadata (`design:paramtypes`, `design:type`); Nest reads them to inject
 * services and the ValidationPipe reads them to pick the DTO class it validates against. A class
 * brought in by `import { type X }` has no runtime value, so the emitted type degrades to
 * `Object` (swc) or `Function` (tsc), and validation is silently skipped or every request refused.
 * consistent-type-imports cannot see this (it stands down in files with decorator metadata), so
 * this rule reports a type-only import of a class or enum used where metadata is emitted.
 */
const decoratorMetadata = {
  rules: {
    'no-type-only-import-in-metadata': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          typeOnly:
            "'{{name}}' is used as a decorated member's type, so its class must exist at run time: import it as a value, not with `type`.",
        },
      },
      create(context) {
        const services = context.sourceCode.parserServices;
        if (!services?.program) return {};
        const checker = services.program.getTypeChecker();
        const ts = tsApi;
        /** The type-only import binding `name` resolves to at `node`, if any. */
        const typeOnlyImport = (node, name) => {
          for (let scope = context.sourceCode.getScope(node); scope; scope = scope.upper) {
            const variable = scope.set.get(name);
            if (!variable) continue;
            const def = variable.defs[0];
            if (def?.type !== 'ImportBinding') return undefined;
            const typeOnly = def.parent?.importKind === 'type' || def.node?.importKind === 'type';
            return typeOnly ? def.node : undefined;
          }
          return undefined;
        };
        const isRuntimeValue = (specifier) => {
          const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(specifier.local));
          if (!symbol) return false;
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          return (target.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) !== 0;
        };
        const check = (annotated) => {
          const type = annotated?.typeAnnotation?.typeAnnotation;
          // Metadata records only a top-level reference; arrays, unions and generics emit Array/Object.
          if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return;
          const specifier = typeOnlyImport(type, type.typeName.name);
          if (specifier && isRuntimeValue(specifier))
            context.report({ node: type, messageId: 'typeOnly', data: { name: type.typeName.name } });
        };
        const param = (p) =>
          check(p.type === 'TSParameterProperty' ? p.parameter : p.type === 'AssignmentPattern' ? p.left : p);
        const decorated = (node) => (node.decorators?.length ?? 0) > 0;
        return {
          MethodDefinition(node) {
            const params = node.value.params;
            // A decorated class records its constructor's parameters; a method records its own
            // when it or one of its parameters is decorated.
            const emits =
              node.kind === 'constructor'
                ? decorated(node.parent.parent)
                : decorated(node) || params.some(decorated);
            if (emits) params.forEach(param);
          },
          PropertyDefinition(node) {
            if (decorated(node)) check(node);
          },
        };
      },
    },
  },
};

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
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // Both compilers (swc for jest and `nest build`) emit decorator metadata: told so, the
        // parser keeps consistent-type-imports from turning a class used as a decorated
        // parameter's type (a DTO, an injected service) into a type-only import, which would
        // emit `Object` as its design type and silently switch off validation or injection.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    plugins: { 'decorator-metadata': decoratorMetadata },
    rules: {
      'decorator-metadata/no-type-only-import-in-metadata': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
      ['@ct/application', '@ct/reports', '@nestjs/*'],
      'read-models depend on the domain and the event-store port only.',
    ]),
  },
  {
    files: ['libs/reports/**/*.ts'],
    rules: restrict([
      ['@ct/application', '@ct/event-store', '@nestjs/*'],
      'reports read the read models (and the domain) only; the application runs them as queries.',
    ]),
  },
  {
    files: ['libs/application/**/*.ts'],
    rules: restrict([['**/apps/**'], 'application never imports an app.']),
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
      'libs/testing/**/*.ts',
    ],
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
  {
    // Test support is a library like the others: it reaches them through their index only, and
    // never back into test/, whose suites depend on it.
    files: ['libs/testing/**/*.ts'],
    rules: restrict(),
  },
  {
    // One door (issue #16 item 2): an app reads through the QueryBus and acts through the services
    // of @ct/application, which re-exports the few constants, error classes and port types the
    // apps need (libs/application/src/for-apps.ts); domain types come from @ct/domain.
    files: ['apps/**/*.ts'],
    rules: restrict([
      ['@ct/*', '!@ct/application', '!@ct/domain'],
      'Apps import @ct/application and @ct/domain only: reads go through the QueryBus, the rest through the application.',
    ]),
  },
  prettier,
);
