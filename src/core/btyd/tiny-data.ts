// When there are too few customers to fit a purchase model freely, and the penalty the fit then gets.

/**
 * Below either threshold a maximum-likelihood fit runs off to a boundary (r and α to millions, a or
 * s to 0) because a handful of histories cannot tell the spread of purchase and drop-out rates.
 */
export const TINY_DATA = {
  /** Fewer customers than this is tiny data. */
  customers: 30,
  /** Fewer customers with a repeat purchase than this is tiny data. */
  repeaters: 10,
  /** The L2 penalty on the log-parameters a tiny fit gets (withLogPenalty), per customer. */
  logPenalizer: 0.1,
} as const;

/** Whether a fit's customers are tiny data, and what is said of the penalised fit. */
export interface TinyData {
  tiny: boolean;
  customers: number;
  repeaters: number;
  /** TINY_DATA.logPenalizer when tiny, else 0. */
  logPenalizer: number;
  /** "penalised: only 2 customers" (or "… only 4 customers with repeat purchases"); '' when not tiny. */
  note: string;
}

/**
 * Counts the customers and repeat buyers among the frequencies and says whether the fit must be
 * penalised (fewer than 30 customers or fewer than 10 with a repeat purchase). O(n).
 * @example tinyData([3, 0]).note // => 'penalised: only 2 customers'
 */
export function tinyData(frequency: ArrayLike<number>): TinyData {
  const customers = frequency.length;
  let repeaters = 0;
  for (let i = 0; i < customers; i++) if (frequency[i] > 0) repeaters++;
  const fewCustomers = customers < TINY_DATA.customers;
  const tiny = fewCustomers || repeaters < TINY_DATA.repeaters;
  const note = !tiny
    ? ''
    : fewCustomers
      ? `penalised: only ${customers} ${customers === 1 ? 'customer' : 'customers'}`
      : `penalised: only ${repeaters} ${repeaters === 1 ? 'customer' : 'customers'} with repeat purchases`;
  return { tiny, customers, repeaters, logPenalizer: tiny ? TINY_DATA.logPenalizer : 0, note };
}
