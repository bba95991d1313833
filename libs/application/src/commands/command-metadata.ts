import { type CommandName, type CommandPayload } from '@ct/domain';

/**
 * What the edge (HTTP, CLI) knows about a command besides its payload. The actor is resolved by the
 * edge from the request's principal; handlers never look at headers or tokens.
 */
export interface CommandMetadata {
  /** The verified principal's id: the only source of the actor recorded in events. */
  actor: string;
  /**
   * The command's id: derived from the principal and its Idempotency-Key (`commandIdFor`), or a
   * fresh UUID when the client gave no key.
   */
  commandId: string;
  /** True when `commandId` comes from a client's key: a retry is possible and the key is claimed. */
  idempotent: boolean;
  /** The server's own correlation id (one request, or one CLI batch). */
  correlationId: string;
  causationId: string;
  /** A correlation id the client sent (X-Correlation-Id), kept for the client's own tracing only. */
  clientCorrelationId?: string;
  /**
   * The States the actor may act for, for commands that act for a State (progress reports,
   * assistance); undefined: any (operators at the CLI).
   */
  actsForStates?: readonly string[];
  /** ISO 8601 instant the command is handled at: the domain's only clock. */
  now: string;
}

/** The answer to every command: where its events landed, for read-your-writes. */
export interface CommandResult {
  streamName: string;
  /** Revision of the stream's last event after the command (decimal string: revisions are 64-bit). */
  revision: string;
  /** Global position of the command's last event (decimal string). */
  position: string;
  eventIds: string[];
  /** True when this command id had already been handled and the original answer is returned. */
  replayed: boolean;
}

/** The one message on the CommandBus: any command of the domain's tables, with its metadata. */
export class CommandEnvelope<N extends CommandName = CommandName> {
  constructor(
    readonly name: N,
    readonly payload: CommandPayload<N>,
    readonly metadata: CommandMetadata,
  ) {}
}
