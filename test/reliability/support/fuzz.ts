import fc from 'fast-check';

/**
 * The fast-check seed of this run: `FC_SEED` when set (to replay a failure), a fixed one in CI
 * (`CI=true`, so that CI is reproducible), a fresh random one otherwise (so that local runs keep
 * exploring). A failure names the seed to replay it with.
 */
export const FC_SEED: number =
  process.env.FC_SEED !== undefined && process.env.FC_SEED !== ''
    ? Number(process.env.FC_SEED)
    : process.env.CI === 'true' || process.env.CI === '1'
      ? 20_190_517
      : Math.floor(Math.random() * 2 ** 31);

if (!Number.isSafeInteger(FC_SEED)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);

/** fc.assert with this run's seed; a failure says how to replay it (fast-check adds the path). */
export async function assertProperty<T>(
  property: fc.IAsyncPropertyWithHooks<T>,
  params: fc.Parameters<T> = {},
): Promise<void> {
  try {
    await fc.assert(property, { seed: FC_SEED, endOnFailure: true, ...params });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`fast-check failed (replay with FC_SEED=${FC_SEED}):\n${message}`, { cause: error });
  }
}
