// The fit penalties of one purchase model in refresh: those of the data, and a floor for Pareto/NBD.

/**
 * Pareto/NBD's L2 penalizer is never below this in refresh. On data that cannot tell how fast
 * customers leave, its maximum-likelihood s and β run off along a flat ridge (to 5,000 and 160,000
 * weeks on 500 simulated customers over 14 weeks) where every evaluation sums a hypergeometric
 * series of millions of terms: that fit took 133 s, and 0.2 s with this floor. Added to the total
 * negative log-likelihood, it moves CDNOW's estimates in the fourth digit and ln L by 5e-8.
 */
export const PARETO_NBD_MIN_PENALIZER = 0.001;

/** The penalties fitPurchaseModel gets for `model`. */
export function penaltiesFor(
  model: string,
  penalties: { penalizer: number; logPenalizer: number },
): { penalizer: number; logPenalizer: number } {
  if (model !== 'paretonbd') return penalties;
  return { ...penalties, penalizer: Math.max(penalties.penalizer, PARETO_NBD_MIN_PENALIZER) };
}
