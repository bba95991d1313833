/** Every retry of a command lost the race for its stream; the client may retry later. */
export class ConcurrencyConflictError extends Error {
  override readonly name = 'ConcurrencyConflictError';
  constructor(
    readonly streamName: string,
    readonly attempts: number,
  ) {
    super(`stream '${streamName}' kept changing: gave up after ${attempts} attempts`);
  }
}

/** The same idempotency key was used for a different command. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  constructor(
    readonly commandId: string,
    readonly originalCommand: string,
  ) {
    super(`command id '${commandId}' was already used for ${originalCommand}`);
  }
}
