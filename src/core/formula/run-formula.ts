// Runs a custom function's body so that any failure becomes readable text in the cell.

/**
 * The value of `body()`, or, when it throws, the text "NAME: message". A custom function
 * never throws: Sheets would show only #ERROR! and hide the reason behind a hover, while a
 * text value states it in the cell ("CRM_PALIVE: params is required (the output of
 * CRM_BGNBD_FIT)"). Errors of a single row never reach here; they stay in their row.
 */
export function runFormula(name: string, body: () => unknown): unknown {
  try {
    return body();
  } catch (error) {
    return `${name}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
