// Lines up the per-row arguments of a vectorised formula: ranges row by row, single values repeated.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { toColumn } from './to-column';

/** One per-row argument as the formula received it. */
export interface ColumnArgument {
  name: string;
  value: unknown;
  /** A required argument passed as a single blank value is a missing argument. */
  required: boolean;
}

/** The per-row arguments of one call, aligned. */
export interface AlignedColumns {
  /** How many output rows the call has. */
  rows: number;
  /** True when no argument was a range: the formula then returns a single value. */
  single: boolean;
  /** The cell of argument `name` in row `row` (0-based); single values repeat on every row. */
  cell(name: string, row: number): unknown;
  /** True when every argument that varies by row is blank in that row. */
  isBlankRow(row: number): boolean;
}

/**
 * Aligns per-row arguments. Each is a single value (used on every row) or a one-column range;
 * ranges must all have the same number of rows, except a one-row range, which repeats like a
 * single value. Throws FormulaError when a required argument is omitted ("frequency is
 * required"), when a range has several columns, or when two ranges differ in length.
 */
export function alignColumns(args: readonly ColumnArgument[]): AlignedColumns {
  const columns = new Map<string, unknown[]>();
  let rows = 1;
  let single = true;
  let longest = '';
  for (const arg of args) {
    if (!Array.isArray(arg.value)) {
      if (arg.required && isBlank(arg.value)) throw new FormulaError(`${arg.name} is required`);
      columns.set(arg.name, [arg.value]);
      continue;
    }
    single = false;
    const cells = toColumn(arg.value, arg.name);
    if (cells.length === 0) throw new FormulaError(`${arg.name} is an empty range`);
    columns.set(arg.name, cells);
    if (cells.length > 1 && rows > 1 && cells.length !== rows)
      throw new FormulaError(`${arg.name} has ${cells.length} rows but ${longest} has ${rows}`);
    if (cells.length > rows) {
      rows = cells.length;
      longest = arg.name;
    }
  }
  // The columns whose blankness makes a row blank: ranges that run the full length.
  const varying = args
    .filter((arg) => Array.isArray(arg.value))
    .map((arg) => columns.get(arg.name)!)
    .filter((cells) => cells.length === rows);
  return {
    rows,
    single,
    cell(name, row) {
      const cells = columns.get(name);
      if (cells === undefined) throw new Error(`no argument named ${name}`);
      return cells.length === 1 ? cells[0] : cells[row];
    },
    isBlankRow(row) {
      return varying.length > 0 && varying.every((cells) => isBlank(cells[row]));
    },
  };
}
