import { AGGREGATES, AggregateNotFound, type Category, type DomainEvent, streamName } from '@ct/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AggregateStore, type StateFolder } from '../commands/aggregate-store';

export interface AggregateView {
  id: string;
  streamName: string;
  /** Revision of the last event folded (decimal string). */
  revision: string;
  state: unknown;
}

/**
 * The authoritative current state of one aggregate, folded from its stream: always up to date,
 * unlike read models, and what a coordinator checks right after a command.
 */
export class GetAggregateQuery extends Query<AggregateView> {
  constructor(
    readonly category: Category,
    readonly id: string,
  ) {
    super();
  }
}

// Each stream only ever holds its own aggregate's events, so folding them as DomainEvent is safe.
const DECIDERS = new Map<string, StateFolder<DomainEvent, unknown>>(
  AGGREGATES.map((aggregate) => [aggregate.category, aggregate.decider as StateFolder<DomainEvent, unknown>]),
);

@QueryHandler(GetAggregateQuery)
export class GetAggregateHandler implements IQueryHandler<GetAggregateQuery, AggregateView> {
  constructor(private readonly aggregates: AggregateStore) {}

  async execute({ category, id }: GetAggregateQuery): Promise<AggregateView> {
    const stream = streamName(category, id);
    const { state, revision } = await this.aggregates.load(DECIDERS.get(category)!, stream);
    if (revision === undefined) throw new AggregateNotFound(category, id);
    return { id, streamName: stream, revision: revision.toString(), state };
  }
}
