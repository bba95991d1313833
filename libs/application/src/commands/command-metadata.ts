/**
 * What the edge (HTTP, CLI) knows about a command besides its payload. The actor is resolved by the
 * edge from the request's principal; handlers never look at headers or tokens, so switching to a
 * verified identity changes no handler.
 */
export interface CommandMetadata {
  actor: string;
  /** Client-chosen idempotency key (Idempotency-Key header) or a fresh UUID. */
  commandId: string;
  correlationId: string;
  causationId: string;
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

/** A command for the CommandBus: a domain payload plus its metadata. */
export abstract class ApplicationCommand<Payload> {
  constructor(
    readonly payload: Payload,
    readonly metadata: CommandMetadata,
  ) {}
}
