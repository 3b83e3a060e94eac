// Reads and checks the log-parameter penalty a fit was given.

/**
 * The fit option's logPenalizer, 0 when absent.
 * Throws RangeError when it is negative or not finite.
 * @example logPenalizerOf({ logPenalizer: 0.1 }) // => 0.1
 */
export function logPenalizerOf(options: { logPenalizer?: number }): number {
  const weight = options.logPenalizer ?? 0;
  if (!(weight >= 0 && weight < Number.POSITIVE_INFINITY))
    throw new RangeError(`the log penalizer must be a number ≥ 0, got ${weight}`);
  return weight;
}
