// The estimated sampling covariance of a fit's parameters, or the reason there is none.

/** Standard errors and covariance of fitted parameters, in the parameters' own (natural) units. */
export type ParameterCovariance = {
  readonly kind: 'covariance';
  /** Parameter names in the fit table's order ("r", "alpha", …). */
  readonly names: readonly string[];
  /** The estimates the covariance belongs to. */
  readonly estimates: readonly number[];
  /** Symmetric, names.length × names.length. */
  readonly covariance: readonly (readonly number[])[];
  /** Square roots of the covariance's diagonal. */
  readonly standardErrors: readonly number[];
};

/** Why no covariance could be given, in words for a spreadsheet cell. */
export type NoCovariance = {
  readonly kind: 'none';
  /** The parameters that have no standard errors, in the fit table's order. */
  readonly names: readonly string[];
  readonly reason: string;
};

/** What the covariance functions of the fits return. */
export type ParameterCovarianceResult = ParameterCovariance | NoCovariance;
