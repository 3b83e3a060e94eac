// Parameters of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987).

/**
 * Pareto/NBD parameters: purchase rates λ ~ Gamma(shape r, rate alpha) and drop-out rates
 * μ ~ Gamma(shape s, rate beta) across customers; alpha and beta are in the data's time unit.
 */
export type ParetoNbdParams = { r: number; alpha: number; s: number; beta: number };
