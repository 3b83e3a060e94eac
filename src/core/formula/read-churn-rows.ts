// Reads CRM_CHURN_MODEL's arguments: each customer's features with whether they churned.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { parseFlag } from './parse-flag';
import { type FeatureTable, readFeatureTable } from './read-feature-table';
import { type RowRead, readRows } from './read-rows';
import { toColumn } from './to-column';

/** One customer to fit on: features x and outcome y (1 = churned). */
export interface ChurnRow {
  x: number[];
  y: 0 | 1;
}

/**
 * The features table and every customer row below its header (when it has one), a blank row
 * blank and a bad row its reason. Throws FormulaError when features is omitted or churned has
 * a different number of rows ("churned has 1 rows but features has 2").
 */
export function readChurnRows(
  features: unknown,
  churned: unknown,
): { table: FeatureTable; reads: RowRead<ChurnRow>[] } {
  const table = readFeatureTable(features);
  const outcomes = toColumn(churned, 'churned');
  if (outcomes.length !== table.rows.length)
    throw new FormulaError(`churned has ${outcomes.length} rows but features has ${table.rows.length}`);
  const first = table.header ? 1 : 0;
  const reads = readRows(
    table.rows.length - first,
    (row) => table.rows[row + first].every(isBlank) && isBlank(outcomes[row + first]),
    (row) => ({ x: table.readRow(table.rows[row + first]), y: parseFlag(outcomes[row + first], 'churned') }),
  );
  return { table, reads };
}
