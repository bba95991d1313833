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

/**
 * The principal already used this Idempotency-Key for another request (another command, stream or
 * body). Nothing is written: answering the first request's result would acknowledge a write that
 * never happened.
 */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly rule = 'idempotency-key-reused';
  constructor(readonly originalCommand: string) {
    super(
      `this Idempotency-Key was already used for another request (${originalCommand}); use a new key for a new request`,
    );
  }
}

/** The command acts for a State that the actor's token does not cover. */
export class StateNotCoveredError extends Error {
  override readonly name = 'StateNotCoveredError';
  constructor(
    readonly stateCode: string,
    readonly field: string,
    readonly covered: readonly string[],
  ) {
    super(
      `Your token does not cover State '${stateCode}' (${field}); it covers: ${covered.join(', ') || 'none'}`,
    );
  }
}
