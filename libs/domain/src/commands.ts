import { assistanceAggregate } from './assistance/assistance.commands';
import { type AssistanceCommand } from './assistance/assistance.decide';
import { deliverableAggregate } from './deliverable/deliverable.commands';
import { type DeliverableCommand } from './deliverable/deliverable.decide';
import { type DeliverableState } from './deliverable/deliverable.events';
import { type DomainEvent } from './events';
import { frameworkAggregate } from './framework/framework.commands';
import { type FrameworkCommand } from './framework/framework.decide';
import { type FrameworkState } from './framework/framework.events';
import { processAggregate } from './process/process.commands';
import { organisationAggregate } from './organisation/organisation.commands';
import { type OrganisationCommand } from './organisation/organisation.decide';
import { type ProcessCommand } from './process/process.decide';
import { type AggregateDefinition, type CommandRow, type PayloadOf } from './kernel/command-table';

/** Every command the domain decides. */
export type DomainCommand =
  FrameworkCommand | ProcessCommand | DeliverableCommand | AssistanceCommand | OrganisationCommand;
export type CommandName = DomainCommand['type'];
export type CommandPayload<N extends CommandName> = PayloadOf<Extract<DomainCommand, { type: N }>>;

/** The aggregates whose command tables make up the write side; a new aggregate is one entry here. */
export const AGGREGATES = [
  frameworkAggregate,
  processAggregate,
  deliverableAggregate,
  assistanceAggregate,
  organisationAggregate,
];

/** An aggregate and one of its rows, with the types erased: what the generic pipeline works with. */
export interface CommandRoute {
  name: CommandName;
  aggregate: AggregateDefinition<
    { type: string },
    DomainEvent,
    unknown,
    unknown,
    FrameworkState,
    DeliverableState
  >;
  row: CommandRow<unknown, unknown, FrameworkState, DeliverableState>;
}

const ROUTES = new Map<string, CommandRoute>(
  AGGREGATES.flatMap((aggregate) =>
    Object.entries(aggregate.commands).map(([name, row]) => [
      name,
      {
        name: name as CommandName,
        aggregate: aggregate as unknown as CommandRoute['aggregate'],
        row: row as CommandRoute['row'],
      },
    ]),
  ),
);

export const COMMAND_NAMES = [...ROUTES.keys()] as CommandName[];

export const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && ROUTES.has(name);

export function commandRoute(name: CommandName): CommandRoute {
  const route = ROUTES.get(name);
  if (!route) throw new Error(`no command table row for '${name}'`);
  return route;
}
