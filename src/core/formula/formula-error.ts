// The one error type for input a formula cannot use; its message is written for the sheet's user.

/**
 * Thrown when an argument cannot be used: a required argument is missing, a range has the
 * wrong shape, or a cell holds something that is not the expected kind of value. The message
 * names the argument and is shown to the user as it is (after "CRM_NAME: " or "row N: ").
 */
export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaError';
  }
}
