import {
  type Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type SchemableIdentifierNode,
  type UnknownRow,
  IdentifierNode,
} from 'kysely';
import { DOMAIN_EVENT_TYPES, type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, type TableName } from './database';

export const PROJECTION_NAMES = [
  'activity-timeline',
  'assistance-ledger',
  'catalogue',
  'deliverable-tracker',
  'organisations',
  'review-queue',
  'state-scorecard',
] as const;
export type ProjectionName = (typeof PROJECTION_NAMES)[number];

/**
 * A read model's write side. `apply` turns one event into row changes through the transaction it
 * is given; the projector owns the transaction (and the checkpoint written in it), so `apply` never
 * commits, never reads a clock and never reads the event log. A projection may hold some row
 * changes back within the transaction (see PendingByTransaction): the owner of the transaction
 * calls `flush` (flushProjections) after the last `apply` and before committing.
 */
export interface Projection {
  readonly name: ProjectionName;
  readonly tables: readonly TableName[];
  /** Creates the tables under `<name><suffix>`: '' for the live ones, a generation for a rebuild. */
  createTables(db: Kysely<unknown>, suffix: string): Promise<void>;
  apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void>;
  /** Writes what `apply` held back in this transaction. */
  flush?(trx: Kysely<Database>): Promise<void>;
}

/** Writes every projection's held-back changes: call it before committing a transaction of applies. */
export async function flushProjections(
  trx: Kysely<Database>,
  projections: readonly Projection[],
): Promise<void> {
  for (const p of projections) await p.flush?.(trx);
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(DOMAIN_EVENT_TYPES);

/** Events of types this build does not know (newer writers, system events) are skipped, not fatal. */
export const asDomainEvent = (recorded: RecordedEvent): DomainEvent | undefined =>
  KNOWN_TYPES.has(recorded.type) ? ({ type: recorded.type, data: recorded.data } as DomainEvent) : undefined;

class RenameTransformer extends OperationNodeTransformer {
  constructor(private readonly names: ReadonlyMap<string, string>) {
    super();
  }

  protected override transformSchemableIdentifier(node: SchemableIdentifierNode): SchemableIdentifierNode {
    const renamed = this.names.get(node.identifier.name);
    const base = super.transformSchemableIdentifier(node);
    return renamed ? { ...base, identifier: IdentifierNode.create(renamed) } : base;
  }
}

/**
 * Points the typed queries of a projection at other tables (a rebuild's shadow generation), so the
 * same projection code writes the live and the rebuilt tables.
 */
export class RenameTablesPlugin implements KyselyPlugin {
  private readonly transformer: RenameTransformer;

  constructor(names: ReadonlyMap<string, string>) {
    this.transformer = new RenameTransformer(names);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
