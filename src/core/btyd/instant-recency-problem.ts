// Explains a BG/NBD fit that ran off because some repeat purchases all fall at the first purchase.

/**
 * Why a BG/NBD fit with rows of repeat purchases and recency 0 can fail to converge. Such a row's
 * likelihood term has the factor α^r · (α + tx)^−(r+x) = α^−x (Fader, Hardie & Lee 2005, eq. 6
 * with tx = 0), which grows without bound as α → 0 while r → 0 keeps the other customers' cost
 * down: the likelihood's supremum lies at that boundary. A few such rows with small x still leave
 * a local maximum the optimiser finds (simulated data rounded to whole days has them), but one row
 * with a large x drowns it and the optimiser runs α down to the smallest number, where a penalty
 * on α² does not help. Summaries never produce such rows (a repeat purchase is on a later day), so
 * they are typing or unit errors. `first` is 0-based.
 *
 * @example instantRecencyProblem(2, 1) // => 'row 3 has repeat purchases but a recency of 0, …'
 */
export function instantRecencyProblem(first: number, count: number): string {
  const others = count > 1 ? ` (and ${count - 1} more)` : '';
  return (
    `row ${first + 1}${others} has repeat purchases but a recency of 0, which lets the likelihood grow ` +
    'without bound as alpha falls to 0 (recency is the time from the first to the last purchase)'
  );
}
