// Builds a per-row formula from its argument list: the documented parameters and the function Sheets calls.
import { type AlignedColumns, alignColumns, type ColumnArgument } from './align-columns';
import type { FormulaParam } from './formula-param';
import { goodRows } from './good-rows';
import { mapRowValues } from './map-row-values';
import { type RowRead, readRows } from './read-rows';
import { runFormula } from './run-formula';
import { writeRows } from './write-rows';

type Param = FormulaParam<string, unknown>;
type ValueOf<P> = P extends FormulaParam<string, infer V> ? V : never;

/** The values of one row, keyed by the names of the per-row arguments. */
export type RowValues<P extends readonly Param[]> = {
  [K in P[number] as K['scope'] extends 'row' ? K['name'] : never]: ValueOf<K>;
};

/** The values read once for the call, keyed by the names of the call arguments. */
export type CallValues<P extends readonly Param[]> = {
  [K in P[number] as K['scope'] extends 'call' ? K['name'] : never]: ValueOf<K>;
};

/** The rows a formula computes on together: the good rows, by row and by argument. */
export interface RowBatch<R> {
  /** The good rows' values, in order. */
  rows: R[];
  /** The same values by argument: `columns.frequency[i]` is `rows[i].frequency`. */
  columns: { [K in keyof R]: R[K][] };
  /** How many rows were bad. */
  invalid: number;
  /** Every row as read, blank and bad ones included, for a message that names a row. */
  reads: RowRead<R>[];
}

/**
 * What the formula does with its rows. `each` turns one row into its cells; `all` turns the good
 * rows together into the cells of each (quantiles, batched scores); `fit` turns them into the
 * formula's one value (a fit table). `check` throws for a row that `all` or `fit` must not see.
 * `width` is the cells per output row (default 1), or a function of the call's arguments when an
 * option adds columns.
 */
export type RowFormulaBody<R, C> =
  | { each: (row: R, call: C) => readonly unknown[]; width?: Width<C> }
  | { check?: (row: R, call: C) => void; all: (batch: RowBatch<R>, call: C) => unknown[][]; width?: Width<C> }
  | { check?: (row: R, call: C) => void; fit: (batch: RowBatch<R>, call: C) => unknown; width?: never };

/** Cells per output row: fixed, or chosen by the call's arguments. */
type Width<C> = number | ((call: C) => number);

/** A formula's documented parameters and the function Sheets calls. */
export interface RowFormula {
  params: { name: string; description: string }[];
  run: (...args: unknown[]) => unknown;
}

/**
 * The formula `formula` over `params`, in the order Sheets passes them. A call reads the 'call'
 * arguments first, in order, then aligns the 'row' arguments (alignColumns: "frequency is
 * required", ranges of different lengths), reads each non-blank row's cells in order and runs
 * `body`. A bad row keeps its reason in its own row; any other problem becomes the formula's
 * value "CRM_NAME: reason" (runFormula). With `width` 1 and no range given, one value is returned.
 */
export function rowFormula<const P extends readonly Param[]>(
  formula: string,
  params: P,
  body: RowFormulaBody<RowValues<P>, CallValues<P>>,
): RowFormula {
  return {
    params: params.map(({ name, description }) => ({ name, description })),
    run: (...args) =>
      runFormula(formula, () => {
        const call = readCall(params, args) as CallValues<P>;
        const columns = alignColumns(rowArguments(params, args));
        const readRow = (row: number) => readRowValues(params, columns, row) as RowValues<P>;
        const width = typeof body.width === 'function' ? body.width(call) : (body.width ?? 1);
        const single = width === 1 && columns.single;
        if ('each' in body)
          return writeRows(
            readRows(columns.rows, columns.isBlankRow, (row) => body.each(readRow(row), call)),
            width,
            single,
          );
        const reads = readRows(columns.rows, columns.isBlankRow, (row) =>
          checked(readRow(row), body.check, call),
        );
        const batch = batchOf(params, reads) as RowBatch<RowValues<P>>;
        if ('fit' in body) return body.fit(batch, call);
        return writeRows(
          mapRowValues(reads, () => body.all(batch, call)),
          width,
          single,
        );
      }),
  };
}

/** The 'row' arguments as alignColumns takes them; every one is required. */
function rowArguments(params: readonly Param[], args: readonly unknown[]): ColumnArgument[] {
  return params.flatMap((param, i) =>
    param.scope === 'row' ? [{ name: param.name, value: args[i], required: true }] : [],
  );
}

/** A row's values once `check` (if any) has accepted them. */
function checked<R, C>(values: R, check: ((row: R, call: C) => void) | undefined, call: C): R {
  check?.(values, call);
  return values;
}

/** The 'call' arguments, read in order. */
function readCall(params: readonly Param[], args: readonly unknown[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  params.forEach((param, i) => {
    if (param.scope === 'call') values[param.name] = param.read(args[i], param.name);
  });
  return values;
}

/** One row's 'row' arguments, read in order, each followed by its check. */
function readRowValues(
  params: readonly Param[],
  columns: AlignedColumns,
  row: number,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const param of params) {
    if (param.scope !== 'row') continue;
    values[param.name] = param.read(columns.cell(param.name, row), param.name);
    param.check?.(values);
  }
  return values;
}

/** The good rows of `reads`, also by argument. */
function batchOf(
  params: readonly Param[],
  reads: RowRead<Record<string, unknown>>[],
): RowBatch<Record<string, unknown>> {
  const { values: rows, invalid } = goodRows(reads);
  const columns: Record<string, unknown[]> = {};
  for (const param of params)
    if (param.scope === 'row') columns[param.name] = rows.map((row) => row[param.name]);
  return { rows, columns, invalid, reads };
}
