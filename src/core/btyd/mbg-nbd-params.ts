// Parameters of the modified BG/NBD model (Batislam, Denizel & Filiztekin 2007).

/**
 * MBG/NBD parameters: purchase rates λ ~ Gamma(shape r, rate alpha) and drop-out probabilities
 * p ~ Beta(a, b) across customers, as in BG/NBD; the coin with P(drop) = p is tossed at the first
 * purchase too, so a customer may leave without buying again. alpha is in the data's time unit.
 */
export type MbgNbdParams = { r: number; alpha: number; a: number; b: number };
