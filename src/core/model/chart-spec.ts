// An embedded chart as the workbook holds it: kind, title, the block it plots and where it sits.

/** A rectangle of a tab, 1-based. */
export interface TabRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * A column, bar, pie or line chart of a block whose first column holds the labels, whose other
 * columns the values and whose first row the headers, with its top-left corner on a cell.
 */
export interface ChartSpec {
  kind: 'column' | 'bar' | 'pie' | 'line';
  title: string;
  source: TabRange;
  anchor: { row: number; column: number };
  /** Size in pixels. */
  width: number;
  height: number;
}
