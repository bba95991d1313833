import Ajv, { type ValidateFunction } from 'ajv';

/** The parts of an OpenAPI 3.0 document these checks read. */
export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    responses?: Record<string, Response>;
    securitySchemes?: Record<string, unknown>;
  };
}
export interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, Response | { $ref: string }>;
}
export interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Schema }>;
}
export type Schema = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, with its method and path template. */
export function operationsOf(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

/** A response object, following a `#/components/responses/…` reference. */
export function resolveResponse(document: OpenApiDocument, response: Response | { $ref: string }): Response {
  if (!('$ref' in response)) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const resolved = document.components.responses?.[name];
  if (!resolved) throw new Error(`unresolved response ${response.$ref}`);
  return resolved;
}

/**
 * The document's schemas with every object that lists its properties closed to other keys (unless
 * the schema says otherwise): an answer carrying a field the contract does not name fails, so the
 * documented schemas cannot silently fall behind what the API sends.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'example' ? value : closed(value);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

/**
 * Checks answers against the document: the status must be documented, the media type listed for
 * it, and a JSON body valid against its schema (OpenAPI 3.0 `nullable` included).
 */
export class ResponseValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    // `example`, `format: date` and the like are documentation here, not constraints to enforce.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    this.ajv.addSchema({ components: closed(document.components) }, 'openapi');
  }

  /** Problems with one answer; empty when it matches the contract. */
  check(method: string, pathTemplate: string, status: number, contentType: string, body: unknown): string[] {
    const where = `${method.toUpperCase()} ${pathTemplate} -> ${status}`;
    const operation = this.document.paths[pathTemplate]?.[method.toLowerCase()];
    if (!operation) return [`${where}: no such operation in the document`];
    const declared = operation.responses[String(status)];
    if (!declared)
      return [`${where}: status not documented (${Object.keys(operation.responses).join(', ')})`];
    const response = resolveResponse(this.document, declared);
    const mediaType = contentType.split(';')[0]!.trim();
    const content = response.content?.[mediaType];
    if (!content)
      return [`${where}: ${mediaType} not documented (${Object.keys(response.content ?? {}).join(', ')})`];
    const schema = content.schema;
    if (!schema) return [`${where}: no schema for ${mediaType}`];
    if (schema.type === 'string') return typeof body === 'string' ? [] : [`${where}: body is not text`];
    const validate = this.validatorFor(schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '(body)'} ${e.message ?? ''}`);
  }

  private validatorFor(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      // Refs point into the document (`#/components/schemas/X`): resolve them against it.
      const rooted = JSON.parse(
        JSON.stringify(closed(schema)).replaceAll('"#/components/', '"openapi#/components/'),
      );
      validate = this.ajv.compile(rooted as Schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
