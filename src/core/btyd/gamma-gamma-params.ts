// Parameters of the Gamma-Gamma spend model (Fader, Hardie & Lee 2005; Fader & Hardie 2013).

/**
 * Transaction values are Gamma(p, ν) with ν ~ Gamma(q, gamma) across customers; the mean spend of
 * a new customer is p·gamma / (q − 1) when q > 1.
 */
export type GammaGammaParams = { p: number; q: number; gamma: number };
