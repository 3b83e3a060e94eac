// Parameters of the BG/NBD model (Fader, Hardie & Lee 2005).

/**
 * BG/NBD parameters: purchase rates λ ~ Gamma(shape r, rate alpha) and drop-out probabilities
 * p ~ Beta(a, b) across customers. alpha is in the time unit of the data it was fitted on.
 */
export type BgNbdParams = { r: number; alpha: number; a: number; b: number };
