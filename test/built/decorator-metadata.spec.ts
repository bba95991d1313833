import { createLogger, loadConfig } from '@ct/application';
import { type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { ApiModule } from '../../apps/api/src/app.module';

/**
 * Nest's ValidationPipe validates a @Body/@Query/@Param argument against the class that decorator
 * metadata names as its design type. When that class is brought in by a type-only import, the
 * compiler emits `Object` (swc) or `Function` (tsc) instead, and validation is silently skipped or
 * every request refused. jest compiles with the same swc settings as `nest build`, so what this
 * test reads is what ships: every such argument's emitted type must be the class (or primitive)
 * its source declares.
 */

const CONTROLLERS_DIR = join(__dirname, '../../apps/api/src/controllers');
const VALIDATED = new Map([
  [RouteParamtypes.BODY, '@Body'],
  [RouteParamtypes.QUERY, '@Query'],
  [RouteParamtypes.PARAM, '@Param'],
]);
const PRIMITIVES: Record<string, unknown> = { string: String, number: Number, boolean: Boolean };

/** `Class.method` -> the type each parameter is declared with, as written in the source. */
function declaredParameterTypes(): Map<string, (string | undefined)[]> {
  const declared = new Map<string, (string | undefined)[]>();
  for (const file of readdirSync(CONTROLLERS_DIR).filter((name) => name.endsWith('.controller.ts'))) {
    const path = join(CONTROLLERS_DIR, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members)
        if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name))
          declared.set(
            `${node.name.text}.${member.name.text}`,
            member.parameters.map((parameter) => parameter.type?.getText(source)),
          );
    });
  }
  return declared;
}

const controllers = (): Type[] => {
  const config = loadConfig({ DATA_DIR: join(tmpdir(), 'ct-decorator-metadata-unused') });
  return ApiModule.forRoot(config, createLogger('silent')).controllers ?? [];
};

describe('decorator metadata of every validated controller argument', () => {
  const declared = declaredParameterTypes();
  /** Own and inherited methods: CommandRoutes writes a table's routes on the controller's base class. */
  const methodsOf = (prototype: object | null): string[] =>
    prototype === null || prototype === Object.prototype
      ? []
      : [
          ...Object.getOwnPropertyNames(prototype),
          ...methodsOf(Object.getPrototypeOf(prototype) as object | null),
        ];
  const cases = controllers().flatMap((controller) =>
    [...new Set(methodsOf(controller.prototype))].flatMap((method) => {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
        string,
        { index: number; data?: unknown }
      >;
      return Object.entries(args).flatMap(([key, arg]) => {
        const decorator = VALIDATED.get(Number(key.split(':')[0]));
        return decorator
          ? [{ controller, method, decorator, index: arg.index, whole: arg.data === undefined }]
          : [];
      });
    }),
  );

  it('finds the handlers of every controller registered in ApiModule', () => {
    expect(controllers().length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.decorator === '@Body').length).toBeGreaterThanOrEqual(9);
    expect(cases.filter((c) => c.decorator === '@Query').length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [`${c.controller.name}.${c.method} ${c.decorator} #${c.index}`, c] as const))(
    '%s is emitted as the type its source declares',
    (_name, { controller, method, index, whole }) => {
      const emitted = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) as unknown[])[
        index
      ];
      // The class that declares the method: the controller, or a base class it extends.
      let owner = controller.prototype as object;
      while (!Object.prototype.hasOwnProperty.call(owner, method))
        owner = Object.getPrototypeOf(owner) as object;
      const written = declared.get(`${(owner.constructor as { name: string }).name}.${method}`);
      if (written === undefined) {
        // A route of a CommandRoutes table: no source to compare with; its types come from the
        // row (the body class is a value there, never a type-only import): a path segment is a
        // String, a body its DTO class.
        expect(Object.getOwnPropertyNames(controller.prototype)).not.toContain(method);
        if (whole) expect((emitted as { name?: string }).name).toMatch(/^[A-Z]\w*Dto$/);
        else expect(emitted).toBe(String);
        return;
      }
      const source = written[index];
      expect(source).toBeDefined();
      const primitive = PRIMITIVES[source!];
      if (primitive) {
        // A whole body or query is an object with validated fields, never a bare primitive.
        expect(whole).toBe(false);
        expect(emitted).toBe(primitive);
      } else {
        expect(emitted).not.toBe(Object);
        expect(emitted).not.toBe(Function);
        expect((emitted as { name?: string }).name).toBe(source);
      }
    },
  );
});
