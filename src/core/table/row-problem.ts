// A problem found in one row of a tab or file, as the user sees it in the Log.

/** A skipped row: `row` is the 1-based sheet (or file line) row, `column` the header concerned ('' for the row). */
export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}
