// Reads CRM_CLV's revenue and periods arguments: one row of period revenues per customer.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { parseNumber } from './parse-number';
import { toMatrix } from './to-matrix';
import { toScalar } from './to-scalar';
import { wholeNumber } from './whole-number';

/** The revenue rows of a CRM_CLV call. */
export interface RevenueRows {
  /** One row per customer, one cell per period (cells not yet read). */
  rows: unknown[][];
  /** How many periods each row spans. */
  periods: number;
  /** True when revenue was one value, so the formula returns one value. */
  single: boolean;
  /** One row's revenue per period; a blank period earns nothing, as a blank cell adds 0 to a SUM. */
  readRow(cells: readonly unknown[]): number[];
}

/**
 * The revenue rows and the periods they span: as many periods as revenue has columns, or, with
 * `periods` given, one column of revenue repeated for that many periods. Throws FormulaError
 * when revenue is omitted, periods is not a whole number of 1 or more, or periods is given for
 * a revenue of several columns that are not that many.
 *
 * @example readRevenueRows(1000, 3).rows // => [[1000, 1000, 1000]]
 */
export function readRevenueRows(revenue: unknown, periods: unknown): RevenueRows {
  const rows = toMatrix(revenue, 'revenue');
  if (rows.length === 0 || rows.every((row) => row.every(isBlank)))
    throw new FormulaError('revenue is required');
  const width = rows[0].length;
  const single = !Array.isArray(revenue);
  const periodsCell = toScalar(periods, 'periods');
  if (isBlank(periodsCell)) return { rows, periods: width, single, readRow };
  const count = wholeNumber(1)(periodsCell, 'periods');
  if (width !== 1 && width !== count)
    throw new FormulaError(
      `periods (${count}) repeats a single column of revenue, but revenue has ${width} columns`,
    );
  // One column with `periods`: the same revenue in every period.
  const spread = width === 1 ? rows.map((row) => new Array(count).fill(row[0])) : rows;
  return { rows: spread, periods: count, single, readRow };
}

/** The revenue of each period of one customer's row. */
function readRow(cells: readonly unknown[]): number[] {
  return cells.map((cell, i) => (isBlank(cell) ? 0 : parseNumber(cell, `revenue in period ${i + 1}`)));
}
