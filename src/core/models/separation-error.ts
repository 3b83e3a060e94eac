// The error a logistic regression raises when the data leave its coefficients without a finite estimate.

/**
 * Thrown when churned and retained customers can be told apart perfectly by one feature or a
 * combination of features. The likelihood then keeps rising as the coefficients grow without
 * bound, so no maximum likelihood estimate exists (Albert & Anderson, "On the existence of maximum
 * likelihood estimates in logistic regression models", Biometrika 71(1), 1984).
 *
 * `kind` is 'complete' when every customer lies strictly on their side of the separating
 * boundary and 'quasi-complete' when some lie on the boundary itself; `features` lists the
 * 1-based feature columns involved.
 */
export class SeparationError extends Error {
  readonly kind: 'complete' | 'quasi-complete';
  readonly features: readonly number[];

  constructor(message: string, kind: 'complete' | 'quasi-complete', features: readonly number[]) {
    super(message);
    this.name = 'SeparationError';
    this.kind = kind;
    this.features = Object.freeze([...features]);
  }
}
