// Whether there is too little repeat buying to fit the models freely, and the penalty and note that follow.
import type { CustomerSummary } from '../btyd/customer-summary';

/** Fewer customers with a repeat purchase than this and the business counts as young. */
const YOUNG_REPEATERS = 30;
/** L2 penalizer of a young business's fit (lifetimes' documentation suggests 0.001–0.1). */
const YOUNG_PENALIZER = 0.01;

/** How much repeat buying the data holds, and what that means for the fit. */
export interface DataMaturity {
  /** Customers with at least one repeat purchase day. */
  repeaters: number;
  young: boolean;
  /** L2 penalizer of the BG/NBD fit: 0.01 for a young business, else 0. */
  penalizer: number;
  /** Appended to every model-based note: '' unless young. */
  rough: string;
}

/**
 * With fewer than 30 repeat customers the maximum-likelihood fit can run off to extreme parameters,
 * so it gets a small L2 penalty and every model-based number is said to be rough.
 */
export function dataMaturity(summaries: readonly CustomerSummary[]): DataMaturity {
  const repeaters = summaries.filter((s) => s.frequency > 0).length;
  const young = repeaters < YOUNG_REPEATERS;
  return {
    repeaters,
    young,
    penalizer: young ? YOUNG_PENALIZER : 0,
    rough: young ? ` (estimates are rough: only ${repeaters} customers with repeat orders)` : '',
  };
}
