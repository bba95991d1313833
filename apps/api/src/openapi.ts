import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_MEDIA_TYPE } from './dto/api-operations';
import { ProblemDto } from './dto/problem.dto';
import { REFERENCED_ONLY_SCHEMAS } from './dto/responses.dto';

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ResponseObject = Exclude<OperationObject['responses'][string], { $ref: string }>;

/** Where the document says the API is; clients pass their own base URL. */
export const OPENAPI_SERVERS = [
  { url: '/', description: 'The server this document is served from (`npm start`: http://localhost:3000)' },
];

const TAGS: { name: string; description: string }[] = [
  { name: 'frameworks', description: 'Declarations and plans of action: adoption, revisions.' },
  { name: 'processes', description: 'Processes (e.g. the Dushanbe process) and their conferences.' },
  {
    name: 'deliverables',
    description: 'Deliverables: definition, assignment to States, progress, cancellation.',
  },
  { name: 'assistance', description: 'Assistance provided by UN entities and partners to States.' },
  {
    name: 'read models',
    description: 'Projections for dashboards: scorecards, tracker, ledger, timeline, catalogue.',
  },
  { name: 'reports', description: 'Reports as JSON, CSV, Markdown, HTML and IATI XML.' },
  {
    name: 'audit',
    description: 'History for auditors: the event log, as-of views, hash-chain verification.',
  },
  { name: 'operations', description: 'Health probes and metrics.' },
];

/**
 * Schemas whose objects may carry more keys than listed: RFC 9457 problems have extension members,
 * event metadata is open, and each report kind adds its own tables to the common envelope.
 */
const OPEN_SCHEMAS = ['Problem', 'EventMetadata', 'Report'];

/**
 * The API's OpenAPI document, built from the explicit decorators of the controllers and DTOs only
 * (no compiler plugin), so that the served document, the tests and the generated client agree.
 * Served at /docs-json; `npm run openapi:client` writes it to docs/openapi/.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Central Asia counter-terrorism commitments tracker')
    .setDescription(
      'Records the implementation of the Dushanbe Declaration (2019) and the Joint Plan of Action for the UN Global Counter-Terrorism Strategy in Central Asia as events. Every route needs a bearer token except the public health probes; errors are RFC 9457 problem+json (the `Problem` schema).',
    )
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', 'https://spdx.org/licenses/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer');
  for (const server of OPENAPI_SERVERS) builder.addServer(server.url, server.description);
  for (const tag of TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDto, ...REFERENCED_ONLY_SCHEMAS],
    // `frameworks_adopt`: stable names a generated client can use.
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`,
  });
  const schemas = document.components?.schemas ?? {};
  for (const name of OPEN_SCHEMAS) {
    const schema = schemas[name];
    if (schema && !('$ref' in schema)) schema.additionalProperties = true;
  }
  shareProblemResponses(document);
  return document;
}

/**
 * Every route documents its problems with the same response per status: declared once under
 * `components.responses` (`Problem400`…) and referenced, so the document and the generated client
 * stay small and a change to a problem's description changes it everywhere.
 */
function shareProblemResponses(document: OpenAPIObject): void {
  const shared: Record<string, ResponseObject | { $ref: string }> = {};
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations as Record<string, OperationObject>)) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || '$ref' in response || !response.content?.[PROBLEM_MEDIA_TYPE]) continue;
        const name = `Problem${status}`;
        shared[name] ??= response;
        operation.responses[status] = { $ref: `#/components/responses/${name}` };
      }
    }
  }
  document.components = {
    ...document.components,
    responses: { ...document.components?.responses, ...shared } as NonNullable<
      NonNullable<OpenAPIObject['components']>['responses']
    >,
  };
}
