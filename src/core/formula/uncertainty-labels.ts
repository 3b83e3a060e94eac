// The row labels of the uncertainty rows a fit table can carry, shared by the writer and the reader.

/** Labels the values row when a fit table carries uncertainty rows. */
export const ESTIMATE_LABEL = 'estimate';

/** Labels the row of standard errors under the values row. */
export const STANDARD_ERROR_LABEL = 'standard error';

/** Labels the row of correlations of every parameter with `name`. */
export const correlationLabel = (name: string): string => `correlation with ${name}`;
